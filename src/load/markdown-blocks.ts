import { collapseWhitespace } from './collapse-whitespace.ts';
import type { TextBlocks } from './extract-blocks.ts';

const COMMENT = /<!--[\s\S]*?-->/g;
const FIGCAPTION = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/gi;
const FIGURE = /<figure[\s\S]*?<\/figure>/gi;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const TAG = /<\/?[a-zA-Z][^>]*>/g;
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|blockquote|tr)(?:\s[^>]*)?\/?>/gi;
const EMPHASIS = /~~|\*\*|__/g;
const LINE_MARK = /^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+\.\s+)/;
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
 * Paragraphs and captions of a markdown body (front-matter pages): blank lines separate paragraphs, headings and
 * list items stand alone, images and HTML figures are dropped (their captions kept), links keep their text.
 * Linear in the size of the text.
 */
export function markdownBlocks(markdown: string): TextBlocks {
  const captions: string[] = [];
  let text = markdown.replace(/\r\n?/g, '\n').replace(COMMENT, '');
  text = text.replace(FIGCAPTION, (_, inner: string) => {
    const caption = collapseWhitespace(plain(inner));
    if (caption) captions.push(caption);
    return '';
  });
  text = text.replace(FIGURE, '\n\n').replace(BLOCK_TAG, '\n\n');
  const paragraphs: string[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let current: string[] = [];
    const flush = (): void => {
      const p = collapseWhitespace(plain(current.join('\n')));
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
