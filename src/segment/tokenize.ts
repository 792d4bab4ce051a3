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

// The characters String.prototype.trim removes, by UTF-16 code: a word that starts with none of them is not blank,
// and most words are told so by one table read instead of a trimmed copy.
const TRIMMED = new Uint8Array(0x10000);
for (const c of '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff') TRIMMED[c.charCodeAt(0)] = 1;

function isBlank(word: string): boolean {
  return TRIMMED[word.charCodeAt(0)] === 1 ? word.trim() === '' : word.length === 0;
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
    if (isBlank(word)) continue;
    tokens.push(new LazyToken(word, start, end));
  }
  return tokens;
}
