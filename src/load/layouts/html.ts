import type { CheerioAPI } from 'cheerio';
import { cleanParagraphs } from '../clean-paragraphs.ts';
import { extractBlocks } from '../extract-blocks.ts';
import { findBylines } from '../find-bylines.ts';
import { findDateline } from '../find-dateline.ts';
import { outletFromName, outletFromUrl } from '../find-outlet.ts';
import { dateFromTimestamp, dateFromUrl } from '../parse-dates.ts';
import { parseHtml } from '../parse-html.ts';
import { readableContent } from '../readable-content.ts';
import { tagHints } from '../tag-hints.ts';
import type { Layout, ParsedPage } from './layout.ts';

const DATE_META = [
  'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish_date',
  'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date',
];

function meta($: CheerioAPI, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = $(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`).first().attr('content');
    if (value && value.trim()) return value.trim();
  }
  return undefined;
}

function parseHtmlPage(text: string): ParsedPage {
  const $ = parseHtml(text);
  const url = $('link[rel="canonical"]').attr('href') ?? meta($, ['og:url']);
  const title =
    meta($, ['og:title', 'twitter:title']) ?? ($('title').first().text().trim() || $('h1').first().text().trim());
  const timeAttr = $('time[datetime]').first().attr('datetime');
  const readable = readableContent(text);
  const blocks = readable
    ? extractBlocks(parseHtml(readable.html).root().contents().toArray())
    : extractBlocks($('body').length ? $('body').toArray() : $.root().contents().toArray());
  const finalTitle = title || readable?.title || '';
  // Readability keeps the headline when it is part of the article element; it is the title, not body text.
  if (blocks.paragraphs[0] === finalTitle) blocks.paragraphs.shift();
  const dateline = findDateline(blocks.paragraphs, text);
  const bylines = findBylines(blocks.paragraphs);
  return {
    title: finalTitle,
    outlet: dateline.outlet ?? outletFromUrl(url) ?? outletFromName(meta($, ['og:site_name'])),
    date:
      dateline.date ?? dateFromTimestamp(meta($, DATE_META)) ?? dateFromTimestamp(timeAttr) ??
      dateFromTimestamp(readable?.publishedTime) ?? dateFromUrl(url),
    url,
    reporters: bylines.reporters,
    editors: bylines.editors,
    paragraphs: cleanParagraphs(blocks.paragraphs),
    captions: blocks.captions,
    hints: tagHints($),
  };
}

/** Any other HTML page: metadata from <meta>/<title>/<time>, main text by Readability. */
export const html: Layout = {
  name: 'html',
  matches(text) {
    return /<(?:!doctype\s+html|html|head|body|article|p|div)[\s>]/i.test(text.slice(0, 4096));
  },
  parse: parseHtmlPage,
};
