import type { Token } from '../types.ts';
import { addedWordTag, cutWords, isAddedWord, mayEndAddedWord, mayStartAddedWord, wordPos } from './jieba.ts';

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
    const cut = word.length >= 3 && word.length <= 8 ? gluedNameCut(word) || placeKindCut(word) : 0;
    if (cut > 0) {
      tokens.push(new LazyToken(word.slice(0, cut), start, start + cut), new LazyToken(word.slice(cut), start + cut, end));
      continue;
    }
    tokens.push(new LazyToken(word, start, end));
  }
  return tokens;
}

/**
 * Where to cut an unknown word that is a known name glued to one or two characters (中共在, 对美国, 用佳能):
 * the segmenter's statistics sometimes prefer single characters over a user word and its unknown-word model then
 * joins them. 0 when the word is not such a glue. Known names are never to be lost inside another token.
 */
export function gluedNameCut(word: string): number {
  const first = word.charCodeAt(0);
  if (first < 0x4e00 || first > 0x9fff) return 0;
  for (let piece = 1; piece <= 2; piece++) {
    if (word.length - piece < 2) break;
    // Cheap tests first: a known name must start right after the piece, or end right before it.
    const nameAfter = mayStartAddedWord(word.charCodeAt(piece)) && mayEndAddedWord(word.charCodeAt(word.length - 1));
    const nameBefore = mayEndAddedWord(word.charCodeAt(word.length - 1 - piece)) && mayStartAddedWord(first);
    if (!nameAfter && !nameBefore) continue;
    if (nameBefore) {
      const tag = addedWordTag(word.slice(0, word.length - piece));
      // 张勇军 is a three-character name, not 张勇 and 军: a person's name keeps a one-character tail unless it
      // is a function or speech character (习近平说, 王毅在).
      const nameTail = piece === 1 && tag === 'nr' && !FUNCTION_TAIL.test(word.slice(-1));
      if (tag !== undefined && !nameTail && isUnknownCjkWord(word)) return word.length - piece;
    }
    if (nameAfter && isAddedWord(word.slice(piece)) && isUnknownCjkWord(word)) return piece;
  }
  return 0;
}

// Kinds the segmenter's dictionary joins to a country or city (英国公司, 日本政府, 美国官员).
const KIND_TAIL = /(?:公司|企业|集团|银行|当局|方面|官员|媒体|军方|政府|总统|首相|总理|外长|大使馆|使馆)$/;
const KIND_TAIL_LAST = new Set([...'司业团行局面员体方府统相理长馆'].map((c) => c.charCodeAt(0)));

/**
 * Where to cut a dictionary word that is a known place and a kind (英国公司 → 英国 + 公司): the place is a
 * name the lexicon knows, and must not disappear inside the word. 0 when the word is not such a compound,
 * or is itself a known name (美国政府 as an alias).
 */
export function placeKindCut(word: string): number {
  if (!KIND_TAIL_LAST.has(word.charCodeAt(word.length - 1)) || isAddedWord(word)) return 0;
  const kind = KIND_TAIL.exec(word);
  if (!kind || kind.index < 2) return 0;
  return addedWordTag(word.slice(0, kind.index)) === 'ns' ? kind.index : 0;
}

const FUNCTION_TAIL = /^[说称在的是和与对等也将已曾就都又还被把向从给为了着过而却]$/;

/** True when the word is all Chinese characters and the segmenter's dictionary does not know it. */
function isUnknownCjkWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return wordPos(word) === 'x';
}
