import type { LoadedArticle } from '../types.ts';
import { documentText } from './prepare-doc.ts';

/** Documents longer than this are analysed in parts, so one huge file is processed in bounded memory. */
export const DEFAULT_MAX_CHUNK_CHARS = 200_000;

/**
 * Splits an article into parts at paragraph boundaries such that the parts' document texts, joined with
 * newlines, are exactly the whole article's document text: the title goes with the first part, captions and
 * credit lines with the last. Each part's offset in the whole text is returned with it.
 */
export function splitArticle(article: LoadedArticle, maxChars = DEFAULT_MAX_CHUNK_CHARS): Array<{ part: LoadedArticle; offset: number }> {
  const groups: string[][] = [];
  let current: string[] = [];
  let size = article.title.length;
  for (const p of article.paragraphs) {
    if (current.length > 0 && size + p.length > maxChars) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += p.length + 1;
  }
  groups.push(current);
  const parts: Array<{ part: LoadedArticle; offset: number }> = [];
  let offset = 0;
  groups.forEach((paragraphs, i) => {
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
    offset += documentText(part).length + 1;
  });
  return parts;
}
