import type { CheerioAPI } from 'cheerio';
import { cleanParagraphs } from '../clean-paragraphs.ts';
import { cleanTitle } from '../clean-title.ts';
import { cleanWebParagraphs } from '../clean-web-paragraphs.ts';
import { extractBlocks } from '../extract-blocks.ts';
import { findBylines, findCreditLines, plausibleName, reportersFromByline } from '../find-bylines.ts';
import { findDateline } from '../find-dateline.ts';
import { outletFromName, outletFromPath, outletFromUrl } from '../find-outlet.ts';
import { findRepost } from '../find-repost.ts';
import { publishers } from '../page-metadata.ts';
import { readJsonLd } from '../json-ld.ts';
import { dateFromTimestamp, dateFromUrl } from '../parse-dates.ts';
import { parseHtml, parseHtmlWithShape } from '../parse-html.ts';
import { elementText } from '../element-text.ts';
import { withinReadabilityBudget } from '../html-budget.ts';
import { readableContent, type ReadableContent } from '../readable-content.ts';
import { tagHints } from '../tag-hints.ts';
import { platformAccount } from '../platform-account.ts';
import { headerLines } from '../header-lines.ts';
import type { Layout, ParsedPage } from './layout.ts';

const DATE_META = [
  'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish_date',
  'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'apub:time',
];
/** A full date at the start of a short line: `2023-06-23 10:20`, `2023年06月23日 09:15 来源：…`, `2023/06/23`. */
const LINE_DATE = /^(?:(?:发布|發佈|發布|更新)?(?:时间|時間|日期)[：:]\s*)?((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

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

/** Readability on a page it cannot handle (a DOM it trips over) gives nothing: the page's own blocks are read. */
function safeReadable(text: string): ReadableContent | undefined {
  try {
    return readableContent(text);
  } catch {
    return undefined;
  }
}

/** Portal header lines that carry the date and the source: `2019-06-06 10:43:20 来源: 新京报`, `2019-09-26 10:56 证券时报网`. */
const DATED_SOURCE = /^(?:19|20)\d{2}[-/.年].{0,40}(?:来源|來源|来自)|^(?:19|20)\d{2}[-/.年][^。！？]{0,40}$/;

function parseHtmlPage(text: string, source = ''): ParsedPage {
  const { $, shape } = parseHtmlWithShape(text);
  const ld = readJsonLd($);
  const url = $('link[rel="canonical"]').attr('href') ?? meta($, ['og:url']) ?? ld?.url;
  const siteName = meta($, ['og:site_name', 'application-name']) ?? ld?.publisher;
  const headline = elementText($('h1').first()).replace(/\s+/g, ' ').trim() || undefined;
  const docTitle = elementText($('title').first()).trim();
  const rawTitle = meta($, ['og:title', 'twitter:title']) ?? ld?.headline ?? (docTitle || headline || '');
  const timeEl = $('time').first();
  const timeAttr = timeEl.attr('datetime') ?? (elementText(timeEl).trim() || undefined);
  // Past its budget Readability would take minutes; the block walk over <body> below is linear.
  const readable = withinReadabilityBudget(shape) ? safeReadable(text) : undefined;
  const page = extractBlocks($('body').length ? $('body').toArray() : $.root().contents().toArray());
  const blocks = readable ? extractBlocks(parseHtml(readable.html).root().contents().toArray()) : page;
  const cleaned = cleanTitle(rawTitle || readable?.title || '', siteName, headline);
  // The <title> element names the site when og:title does not (`标题_网易新闻` beside a bare og:title).
  const titleOutlet = cleaned.outlet ?? (docTitle && docTitle !== rawTitle ? cleanTitle(docTitle, siteName, headline).outlet : undefined);
  // An og:title cut short by a quote inside its attribute (`content="奖金711万元！" 中国…"`) is a prefix of the headline.
  const finalTitle = headline && headline.length > cleaned.title.length && cleaned.title.length > 0 && headline.startsWith(cleaned.title) ? headline : cleaned.title;
  // Readability keeps the headline when it is part of the article element; it is the title, not body text.
  while (blocks.paragraphs[0] === finalTitle || blocks.paragraphs[0] === headline) blocks.paragraphs.shift();
  const dateline = findDateline(blocks.paragraphs, text);
  const inline = findBylines(blocks.paragraphs);
  // Credit lines that sites print outside the article element (`<div class="author">`, `<div class="editor">`).
  const credits = findCreditLines([...page.paragraphs, ...(readable?.byline ? [readable.byline] : [])]);
  const pageDate =
    dateFromTimestamp(meta($, DATE_META)) ?? dateFromTimestamp(ld?.datePublished) ?? dateFromTimestamp(timeAttr) ??
    dateFromTimestamp(readable?.publishedTime) ?? dateFromUrl(url);
  // A month-day dateline (`新华社北京6月23日电`) takes its year from the page text; the page's own date is surer.
  const datelineDate = dateline.date && pageDate?.slice(4) === dateline.date.slice(4) ? pageDate : dateline.date;
  // The host is the site the page is from; a wire dateline or a source line on it names the original.
  // On a platform of accounts (WeChat, 百家号, 头条号, 企鹅号) the account that posted the page is its publisher.
  const platform = outletFromUrl(url) ?? outletFromName(siteName) ?? titleOutlet;
  const site = platformAccount($, platform)?.account ?? platform;
  const host = site ?? dateline.outlet;
  const repost =
    findRepost(blocks.paragraphs, host) ?? findRepost(page.paragraphs.filter((l) => DATED_SOURCE.test(l)), host) ??
    findRepost(headerLines(page.paragraphs, blocks.paragraphs, headline), host);
  // `<a rel="author">`, `itemprop="author"`: the page's own markup for its writers.
  const marked = $('a[rel="author"], [itemprop="author"]').toArray().slice(0, 5).map((el) => elementText($(el)).trim()).filter((t) => t.length > 0 && t.length <= 20);
  const authors = [...(ld?.authors ?? []), meta($, ['author', 'article:author', 'byl', 'dc.creator']), ...marked].filter((a): a is string => !!a && !/^https?:/.test(a));
  return {
    title: finalTitle,
    // A page that names no host of its own is from the site its folder is named after, even when it names its original.
    ...publishers(site, dateline.outlet, outletFromPath(source), repost?.outlet),
    date: datelineDate ?? pageDate ?? dateFromLines(page.paragraphs),
    url,
    reporters: unique([...inline.reporters, ...credits.reporters, ...reportersFromByline(readable?.byline).filter(plausibleName), ...authors.flatMap((a) => reportersFromByline(a)).filter(plausibleName)]),
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
