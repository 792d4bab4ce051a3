import { cleanParagraphs } from '../clean-paragraphs.ts';
import { collapseWhitespace } from '../collapse-whitespace.ts';
import { findBylines, findCreditLines } from '../find-bylines.ts';
import { findDateline } from '../find-dateline.ts';
import { outletFromUrl } from '../find-outlet.ts';
import { creditOutlet } from '../page-metadata.ts';
import { dateFromUrl } from '../parse-dates.ts';
import type { Layout, ParsedPage } from './layout.ts';

const URL_LINE = /^\s*(?:原文链接|原文網址|原文网址|来源|來源|Source|URL)[^：:]{0,8}[：:]\s*(https?:\/\/\S+)\s*$/im;


function parseText(text: string): ParsedPage {
  const url = URL_LINE.exec(text)?.[1];
  const lines = text.replace(URL_LINE, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  const title = collapseWhitespace((lines[first] ?? '').replace(/^#+\s*/, ''));
  const body = lines.slice(first + 1).join('\n');
  // Blank lines separate paragraphs when the text has them; otherwise every line is a paragraph.
  const chunks = /\n\s*\n/.test(body.trim()) ? body.split(/\n\s*\n/) : body.split('\n');
  const raw = chunks.map((c) => collapseWhitespace(c)).filter(Boolean);
  const dateline = findDateline(raw, text);
  const bylines = findBylines(raw);
  // A credit line under the title (澎湃新闻记者 李明华) names the reporters, and the outlet before 记者.
  const head = raw.slice(0, 3);
  const credits = findCreditLines(head);
  const credited = credits.reporters.length > 0 ? creditOutlet(head) : undefined;
  return {
    title,
    outlet: dateline.outlet ?? credited ?? outletFromUrl(url),
    date: dateline.date ?? dateFromUrl(url),
    url,
    reporters: [...new Set([...bylines.reporters, ...credits.reporters])],
    editors: [...new Set([...bylines.editors, ...credits.editors])],
    paragraphs: cleanParagraphs(raw),
    captions: [],
    hints: [],
  };
}

/** Plain text: the first non-empty line is the title. */
export const text: Layout = {
  name: 'text',
  matches: () => true,
  parse: parseText,
};
