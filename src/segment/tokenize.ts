import type { Token } from '../types.ts';
import { tagWords } from './jieba.ts';

/**
 * Tokens with POS tags and offsets. Tags the normalised text (the dictionary is simplified Chinese)
 * and maps each word back to its position, so `text.slice(start, end)` is the original surface.
 */
export function tokenize(norm: string): Token[] {
  const words = tagWords(norm);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of words) {
    let start = norm.startsWith(word, cursor) ? cursor : norm.indexOf(word, cursor);
    if (start < 0) continue; // the segmenter dropped or altered something: skip it rather than lie about offsets
    const end = start + word.length;
    cursor = end;
    if (tag === 'x' && word.trim() === '') continue;
    tokens.push({ text: word, pos: tag, start, end });
  }
  return tokens;
}
