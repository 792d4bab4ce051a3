import type { CheerioAPI } from 'cheerio';
import { cleanParagraphs } from '../clean-paragraphs.ts';
import { cleanTitle } from '../clean-title.ts';
import { cleanWebParagraphs } from '../clean-web-paragraphs.ts';
import { extractBlocks } from '../extract-blocks.ts';
import { findBylines, findCreditLines, reportersFromByline } from '../find-bylines.ts';
import { findDateline } from '../find-dateline.ts';
import { outletFromName, outletFromUrl } from '../find-outlet.ts';
import { dateFromTimestamp, dateFromUrl } from '../parse-dates.ts';
import { parseHtml, parseHtmlWithShape } from '../parse-html.ts';
import { elementText } from '../element-text.ts';
import { withinReadabilityBudget } from '../html-budget.ts';
import { readableContent } from '../readable-content.ts';
import { tagHints } from '../tag-hints.ts';
import type { Layout, ParsedPage } from './layout.ts';

const DATE_META = [
  'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish_date',
  'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date',
];
/** A full date at the start of a short line: `2023-06-23 10:20`, `2023年06月23日 09:15 来源：…`, `2023/06/23`. */
const LINE_DATE = /^(?:发布时间[：:]\s*|發佈時間[：:]\s*|更新时间[：:]\s*)?((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

function meta($: CheerioAPI, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = $(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`).first().attr('content');
    if (value && value.trim()) return value.trim();
  }
  return undefined;
}

/** The first short page line that starts with a full date (outside the article text, where sites print it). */
function dateFromLines(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (line.length > 60) continue;
    const m = LINE_DATE.exec(line);
    if (m) return dateFromTimestamp(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  }
  return undefined;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function parseHtmlPage(text: string): ParsedPage {
  const { $, shape } = parseHtmlWithShape(text);
  const url = $('link[rel="canonical"]').attr('href') ?? meta($, ['og:url']);
  const siteName = meta($, ['og:site_name', 'application-name']);
  const headline = elementText($('h1').first()).replace(/\s+/g, ' ').trim() || undefined;
  const rawTitle = meta($, ['og:title', 'twitter:title']) ?? (elementText($('title').first()).trim() || headline || '');
  const timeEl = $('time').first();
  const timeAttr = timeEl.attr('datetime') ?? (elementText(timeEl).trim() || undefined);
  // Past its budget Readability would take minutes; the block walk over <body> below is linear.
  const readable = withinReadabilityBudget(shape) ? readableContent(text) : undefined;
  const page = extractBlocks($('body').length ? $('body').toArray() : $.root().contents().toArray());
  const blocks = readable ? extractBlocks(parseHtml(readable.html).root().contents().toArray()) : page;
  const cleaned = cleanTitle(rawTitle || readable?.title || '', siteName, headline);
  const finalTitle = cleaned.title;
  // Readability keeps the headline when it is part of the article element; it is the title, not body text.
  while (blocks.paragraphs[0] === finalTitle || blocks.paragraphs[0] === headline) blocks.paragraphs.shift();
  const dateline = findDateline(blocks.paragraphs, text);
  const inline = findBylines(blocks.paragraphs);
  // Credit lines that sites print outside the article element (`<div class="author">`, `<div class="editor">`).
  const credits = findCreditLines([...page.paragraphs, ...(readable?.byline ? [readable.byline] : [])]);
  const pageDate =
    dateFromTimestamp(meta($, DATE_META)) ?? dateFromTimestamp(timeAttr) ??
    dateFromTimestamp(readable?.publishedTime) ?? dateFromUrl(url);
  // A month-day dateline (`新华社北京6月23日电`) takes its year from the page text; the page's own date is surer.
  const datelineDate = dateline.date && pageDate?.slice(4) === dateline.date.slice(4) ? pageDate : dateline.date;
  return {
    title: finalTitle,
    outlet:
      dateline.outlet ?? outletFromUrl(url) ?? outletFromName(siteName) ?? cleaned.outlet,
    date: datelineDate ?? pageDate ?? dateFromLines(page.paragraphs),
    url,
    reporters: unique([...inline.reporters, ...credits.reporters, ...reportersFromByline(readable?.byline)]),
    editors: unique([...inline.editors, ...credits.editors]),
    paragraphs: cleanWebParagraphs(cleanParagraphs(blocks.paragraphs)),
    captions: unique([...blocks.captions, ...page.captions]),
    hints: tagHints($),
  };
}

/** Any other HTML page: metadata from <meta>/<title>/<time>, main text by Readability (within its budget). */
export const html: Layout = {
  name: 'html',
  matches(text) {
    return /<(?:!doctype\s+html|html|head|body|article|p|div)[\s>]/i.test(text.slice(0, 4096));
  },
  parse: parseHtmlPage,
};
