import type { LoadedArticle } from '../types.ts';
import { cutPoint } from '../segment/split-sentences.ts';
import { documentText } from './prepare-doc.ts';

/** Documents longer than this are analysed in parts, so one huge file is processed in bounded memory. */
export const DEFAULT_MAX_CHUNK_CHARS = 200_000;
/**
 * A paragraph longer than this (news paragraphs: at most about 1,100 characters in the 2018 corpus) is analysed in
 * pieces of at most this size, each a part of its own: recognition compares mentions within a part, so a
 * 10 MB paragraph in one part would cost its mention count squared.
 */
export const MAX_PARAGRAPH_CHARS = 10_000;
const PIECE_MARKS: ReadonlySet<string> = new Set(['。', '！', '？', '；', '!', '?', ';', '，', '、', '：', ',', ':', ' ', '\u3000']);

/** Whether `analyzeArticle` must analyse the article in parts. */
export function needsParts(article: LoadedArticle, text: string, maxChars = DEFAULT_MAX_CHUNK_CHARS): boolean {
  return text.length > maxChars || article.paragraphs.some((p) => p.length > MAX_PARAGRAPH_CHARS);
}

function pieces(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (paragraph.length - start > MAX_PARAGRAPH_CHARS) {
    const cut = cutPoint(paragraph, start, start + MAX_PARAGRAPH_CHARS, PIECE_MARKS);
    out.push(paragraph.slice(start, cut));
    start = cut;
  }
  out.push(paragraph.slice(start));
  return out;
}

/**
 * Splits an article into parts at paragraph boundaries, and over-long paragraphs into pieces, such that the parts'
 * document texts, joined with newlines (pieces of one paragraph with nothing), are exactly the whole article's
 * document text: the title goes with the first part, captions and credit lines with the last. Each part's offset in
 * the whole text is returned with it.
 */
export function splitArticle(article: LoadedArticle, maxChars = DEFAULT_MAX_CHUNK_CHARS): Array<{ part: LoadedArticle; offset: number }> {
  const groups: Array<{ paragraphs: string[]; joinedToNext: boolean }> = [];
  let current: string[] = [];
  let size = article.title.length;
  const close = (joinedToNext: boolean): void => {
    groups.push({ paragraphs: current, joinedToNext });
    current = [];
    size = 0;
  };
  for (const p of article.paragraphs) {
    if (p.length > MAX_PARAGRAPH_CHARS) {
      if (current.length > 0) close(false);
      const list = pieces(p);
      list.forEach((piece, k) => {
        current.push(piece);
        close(k < list.length - 1);
      });
      continue;
    }
    if (current.length > 0 && size + p.length > maxChars) close(false);
    current.push(p);
    size += p.length + 1;
  }
  if (current.length > 0 || groups.length === 0) close(false);
  const parts: Array<{ part: LoadedArticle; offset: number }> = [];
  let offset = 0;
  groups.forEach(({ paragraphs, joinedToNext }, i) => {
    const first = i === 0;
    const last = i === groups.length - 1;
    const part: LoadedArticle = {
      ...article,
      title: first ? article.title : '',
      paragraphs,
      captions: last ? article.captions : [],
      reporters: last ? article.reporters : [],
      editors: last ? article.editors : [],
    };
    parts.push({ part, offset });
    offset += documentText(part).length + (joinedToNext ? 0 : 1);
  });
  return parts;
}
