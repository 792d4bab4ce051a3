import { collapseWhitespace } from './collapse-whitespace.ts';
import type { TextBlocks } from './extract-blocks.ts';

// Every pattern is bounded (a tag's attributes, a link's text and address have a maximum length) and the
// paired blocks (comments, figures) are cut by an indexOf scan: an opener without its closer costs no rescans.
const IMAGE = /!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g;
const LINK = /\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g;
const TAG = /<\/?[a-zA-Z][^<>]{0,2000}>/g;
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|blockquote|tr)(?:\s[^<>]{0,2000})?\/?>/gi;
const EMPHASIS = /~~|\*\*|__/g;
const LINE_MARK = /^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+\.\s+)/;
// A markdown hard line break: two or more spaces (or a backslash) at the end of a line.
const HARD_BREAK = /(?: {2,}|\\)$/;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#8211;': '–' };

function plain(text: string): string {
  return text
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(TAG, '')
    .replace(EMPHASIS, '')
    .replace(/\\([\\|*_[\]()#`~>-])/g, '$1')
    .replace(/&(?:nbsp|amp|lt|gt|quot|#39|#8211);/g, (e) => ENTITIES[e] ?? e);
}

/**
 * `text` with every `open … close` block replaced by what `replace` makes of its inside (case-insensitive open and
 * close, which are lower case). One pass: an open without its close ends the scan, leaving the rest as it is.
 */
function replaceBlocks(text: string, open: string, close: string, replace: (inner: string) => string): string {
  const lower = text.toLowerCase();
  let out = '';
  let from = 0;
  for (let at = lower.indexOf(open); at !== -1; at = lower.indexOf(open, from)) {
    const end = lower.indexOf(close, at + open.length);
    if (end === -1) break;
    out += text.slice(from, at) + replace(text.slice(at + open.length, end));
    from = end + close.length;
  }
  return out + text.slice(from);
}

/**
 * Paragraphs and captions of a markdown body (front-matter pages): blank lines separate paragraphs, headings and
 * list items stand alone, hard line breaks leave a space between the lines, images and HTML figures are dropped (their captions kept), links keep their text.
 * Linear in the size of the text.
 */
export function markdownBlocks(markdown: string): TextBlocks {
  const captions: string[] = [];
  let text = replaceBlocks(markdown.replace(/\r\n?/g, '\n'), '<!--', '-->', () => '');
  text = replaceBlocks(text, '<figcaption', '</figcaption>', (inner) => {
    const caption = collapseWhitespace(plain(inner.slice(inner.indexOf('>') + 1)));
    if (caption) captions.push(caption);
    return '';
  });
  text = replaceBlocks(text, '<figure', '</figure>', () => '\n\n').replace(BLOCK_TAG, '\n\n');
  const paragraphs: string[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let current: string[] = [];
    const flush = (): void => {
      // A hard break separates (lists of names one to a line stay apart); a soft break joins, as Chinese needs.
      const joined = current.map((line, i) => (i < current.length - 1 && HARD_BREAK.test(line) ? `${line.replace(HARD_BREAK, '')} ` : `${line}\n`)).join('');
      const p = collapseWhitespace(plain(joined));
      if (p && !/^[-=_*\s]+$/.test(p)) paragraphs.push(p);
      current = [];
    };
    for (const line of chunk.split('\n')) {
      if (LINE_MARK.test(line)) {
        flush();
        current.push(line.replace(LINE_MARK, ''));
        flush();
      } else current.push(line);
    }
    flush();
  }
  return { paragraphs, captions };
}
