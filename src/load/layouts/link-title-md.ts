import { collapseWhitespace } from '../collapse-whitespace.ts';
import { extractBlocks } from '../extract-blocks.ts';
import { outletFromName } from '../find-outlet.ts';
import { outletFromPath } from '../find-outlet.ts';
import { pageFromClues } from '../page-metadata.ts';
import { parseHtml } from '../parse-html.ts';
import type { Layout, ParsedPage } from './layout.ts';

/** `[title](url)`, a `---` rule, then `日期：<RFC 822 date>` (feed exports such as China Digital Times'). */
const HEAD = /^\ufeff?\s*\[((?:[^\]\n\\]|\\.)+)\]\((https?:\/\/[^)\s]+)\)[ \t]*\r?\n[ \t]*-{3,}[ \t]*\r?\n/;
const DATE_LINE = /^\s*(?:日期|时间|時間|Date)\s*[：:]\s*(.+)$/m;
/** `德国之声｜标题`, `端传媒 | 标题`: a feed that reposts names the source before a bar. */
const SOURCE_PREFIX = /^([^｜|丨【】\s]{2,12}?)\s*[｜|丨]\s*\S/;

function rfc822ToIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

function parseLinkTitlePage(text: string, source: string): ParsedPage {
  const head = HEAD.exec(text);
  if (!head) throw new Error('linkTitleMd: no link title');
  const title = collapseWhitespace(head[1]!.replace(/\\(.)/g, '$1'));
  const rest = text.slice(head[0].length);
  const dateLine = DATE_LINE.exec(rest.slice(0, 400));
  const body = dateLine ? rest.slice(dateLine.index + dateLine[0].length) : rest;
  const $ = parseHtml(body);
  const blocks = extractBlocks($.root().contents().toArray());
  const page = pageFromClues({
    title,
    paragraphs: blocks.paragraphs,
    captions: blocks.captions,
    url: head[2],
    dates: [rfc822ToIso(dateLine?.[1])],
    context: body,
    pathOutlet: outletFromPath(source),
  });
  const prefix = SOURCE_PREFIX.exec(title)?.[1];
  if (prefix && !page.originalOutlet && page.outlet) {
    const original = outletFromName(prefix) ?? prefix;
    if (original !== page.outlet) page.originalOutlet = original;
  }
  return page;
}

/** Markdown whose first line links the title to the original page, then HTML: feed and mirror exports. */
export const linkTitleMd: Layout = {
  name: 'link-title-md',
  matches(text) {
    return HEAD.test(text.slice(0, 4096));
  },
  parse: parseLinkTitlePage,
};
