import { cleanParagraphs } from './clean-paragraphs.ts';
import { findBylines, findCreditLines, reportersFromByline } from './find-bylines.ts';
import { findDateline } from './find-dateline.ts';
import { outletAtStart, outletFromName, outletFromUrl } from './find-outlet.ts';
import { findRepost } from './find-repost.ts';
import type { ParsedPage } from './layouts/layout.ts';
import { dateFromTimestamp, dateFromUrl } from './parse-dates.ts';

/** What a layout found on a page before the shared metadata readers run. */
export interface PageClues {
  title: string;
  paragraphs: readonly string[];
  captions: readonly string[];
  url?: string;
  /** Dates the page states outside its text (front matter, meta tags, JSON-LD), best first. */
  dates?: readonly (string | undefined)[];
  /** Author fields as printed (front matter `author`, JSON-LD author, `<meta name="author">`). */
  authors?: readonly string[];
  /** Site or publisher names as printed (og:site_name, JSON-LD publisher, front matter `source`). */
  siteNames?: readonly (string | undefined)[];
  /** The whole page, for a dateline that names month and day only. */
  context?: string;
  /** The outlet the input's folder is named after: the host when the page names none. */
  pathOutlet?: string;
}

/** `新华社记者 X`, `澎湃新闻记者 X`: the outlet before 记者 on a credit line. */
const CREDIT_OUTLET = /^(?:文\s*[|/／丨]\s*)?([^\s。，,！？|/／]{2,10}?)(?:记者|特派员|通讯员)/;

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** The outlet a credit line names before 记者, when the outlet table knows it. */
export function creditOutlet(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (line.length > 50) continue;
    const m = CREDIT_OUTLET.exec(line);
    const outlet = m ? outletFromName(m[1]) ?? outletAtStart(m[1]!) : undefined;
    if (outlet) return outlet;
  }
  return undefined;
}

/**
 * Who published a page: the host (the site it is from, else an outlet its text or path names), and on a repost the
 * original — a repost line, or a wire dateline on a site's page (新华社北京6月23日电 on 163.com). A page with no host
 * is published by its original. Shared by every layout that knows a site.
 */
export function publishers(site: string | undefined, datelineOutlet: string | undefined, otherHost: string | undefined, repost: string | undefined): Pick<ParsedPage, 'outlet' | 'originalOutlet'> {
  const host = site ?? datelineOutlet ?? otherHost;
  const original = repost ?? (site && datelineOutlet !== site ? datelineOutlet : undefined);
  return { outlet: host ?? original, ...(host && original && original !== host ? { originalOutlet: original } : {}) };
}

/**
 * The shared metadata readers over a page's blocks: dateline, credit lines, author fields, the outlet table and
 * repost lines. The host is the outlet whose site the page is from (URL, site name) or, failing those, the one its
 * dateline or credit line names; a repost line names the original. A page from no known host that says where it
 * comes from (an archive of deleted articles) is published by that original.
 */
export function pageFromClues(clues: PageClues): ParsedPage {
  const paragraphs = clues.paragraphs;
  const edges = paragraphs.length <= 10 ? paragraphs : [...paragraphs.slice(0, 5), ...paragraphs.slice(-5)];
  const dateline = findDateline(paragraphs, clues.context ?? '');
  const bylines = findBylines(paragraphs);
  const credits = findCreditLines(edges);
  const fromAuthors = (clues.authors ?? []).flatMap((a) => reportersFromByline(a));
  const site = outletFromUrl(clues.url) ?? (clues.siteNames ?? []).map((n) => outletFromName(n?.trim())).find(Boolean);
  const named = creditOutlet(edges) ?? (clues.authors ?? []).map((a) => creditOutlet([a])).find(Boolean) ?? clues.pathOutlet;
  const repost = findRepost(paragraphs, site ?? dateline.outlet ?? named);
  const stated = (clues.dates ?? []).map((d) => dateFromTimestamp(d)).find(Boolean);
  const page: ParsedPage = {
    title: clues.title,
    ...publishers(site, dateline.outlet, named, repost?.outlet),
    date: dateline.date ?? stated ?? dateFromUrl(clues.url),
    url: clues.url,
    reporters: unique([...bylines.reporters, ...credits.reporters, ...fromAuthors]),
    editors: unique([...bylines.editors, ...credits.editors]),
    paragraphs: cleanParagraphs(paragraphs),
    captions: [...clues.captions],
    hints: [],
  };
  return page;
}
