import type { Token } from '../types.ts';
import { cutWords, wordPos } from './jieba.ts';

/**
 * A token whose POS tag is looked up only when a rule asks for it: most tokens never need one, and the
 * lookup (a dictionary search per distinct word) is the costliest part of tagging.
 */
class LazyToken implements Token {
  private tag: string | undefined = undefined;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}
  get pos(): string {
    return (this.tag ??= wordPos(this.text));
  }
  toJSON(): Token {
    return { text: this.text, pos: this.pos, start: this.start, end: this.end };
  }
}

/**
 * Tokens with POS tags and offsets. Cuts the normalised text (the dictionary is simplified Chinese) exactly
 * as jieba's tagger does, tags each word as its tagger does (dictionary lookup), and maps each word back to
 * its position, so `text.slice(start, end)` is the original surface.
 */
export function tokenize(norm: string): Token[] {
  const words = cutWords(norm);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const word of words) {
    const start = norm.startsWith(word, cursor) ? cursor : norm.indexOf(word, cursor);
    if (start < 0) continue; // the segmenter dropped or altered something: skip it rather than lie about offsets
    const end = start + word.length;
    cursor = end;
    if (word.trim() === '') continue;
    tokens.push(new LazyToken(word, start, end));
  }
  return tokens;
}
