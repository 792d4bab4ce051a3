import { surnameClass } from '../recognize/surnames.ts';
import { CHAR_CLASS, charClass, featureCode } from './char-class.ts';
import { finish, hashRange, hashString, mix } from './feature-hash.ts';
import { markNames, markSuffixes, type NameGazetteer } from './name-gazetteer.ts';

/** A segmenter word of the sentence: offsets relative to the sentence, and its POS tag. */
export interface NerWord {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
}

/** How many features every character has (the templates below). */
export const FEATURES_PER_CHAR = 26;

/**
 * The hashed features of every character of a sentence, computed once per sentence: `FEATURES_PER_CHAR` bucket
 * numbers per character, each in [0, buckets). `buckets` is a power of two.
 */
export function extractFeatures(text: string, words: readonly NerWord[], gazetteer: NameGazetteer, buckets: number): Int32Array {
  const n = text.length;
  const mask = buckets - 1;
  // Padded per-character arrays, two places each side, so the window needs no bounds checks.
  const code = new Int32Array(n + 4);
  const cls = new Int32Array(n + 4);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    code[i + 2] = featureCode(c);
    cls[i + 2] = charClass(c);
  }
  code[0] = code[1] = code[n + 2] = code[n + 3] = 1;
  // Word of each character: index into words, -1 for characters no word covers (blanks).
  const wordOf = new Int32Array(n).fill(-1);
  const wordHash = new Int32Array(words.length + 2); // padded: [0] before the first word, [len+1] after the last
  const posHash = new Int32Array(words.length + 2);
  wordHash[0] = posHash[0] = 11;
  wordHash[words.length + 1] = posHash[words.length + 1] = 13;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    for (let i = word.start; i < word.end; i++) wordOf[i] = w;
    wordHash[w + 1] = hashRange(text, word.start, word.end);
    posHash[w + 1] = hashString(word.pos);
  }
  const names = markNames(gazetteer, text);
  const suffixes = markSuffixes(text);
  const ahead = endingAhead(suffixes, cls);

  const out = new Int32Array(n * FEATURES_PER_CHAR);
  let k = 0;
  const put = (h: number) => {
    out[k++] = finish(h) & mask;
  };
  for (let i = 0; i < n; i++) {
    const p = i + 2;
    const c0 = code[p]!, cm1 = code[p - 1]!, cm2 = code[p - 2]!, c1 = code[p + 1]!, c2 = code[p + 2]!;
    const w = wordOf[i]!;
    const word = w >= 0 ? words[w]! : undefined;
    // Place in the word: 0 begin, 1 middle, 2 end, 3 single, 4 no word.
    const len = word ? word.end - word.start : 0;
    const place = !word ? 4 : len === 1 ? 3 : i === word.start ? 0 : i === word.end - 1 ? 2 : 1;
    const wp = w + 1; // index into the padded word arrays
    put(1);
    put(mix(2, cm2));
    put(mix(3, cm1));
    put(mix(4, c0));
    put(mix(5, c1));
    put(mix(6, c2));
    put(mix(mix(7, cm2), cm1));
    put(mix(mix(8, cm1), c0));
    put(mix(mix(9, c0), c1));
    put(mix(mix(10, c1), c2));
    put(mix(mix(mix(11, cm1), c0), c1));
    put(mix(mix(mix(12, cls[p - 1]!), cls[p]!), cls[p + 1]!));
    put(mix(mix(13, word ? posHash[wp]! : 0), place));
    put(mix(mix(14, word ? wordHash[wp]! : 0), place));
    put(mix(mix(15, word ? posHash[wp - 1]! : 0), place));
    put(mix(mix(16, word ? posHash[wp + 1]! : 0), place));
    put(mix(mix(17, word ? wordHash[wp - 1]! : 0), place));
    put(mix(mix(18, word ? wordHash[wp + 1]! : 0), place));
    put(mix(19, names[i]!));
    put(mix(mix(20, i > 0 ? names[i - 1]! : 255), i + 1 < n ? names[i + 1]! : 255));
    put(mix(mix(mix(21, surnameClass(text.charCodeAt(i))), i > 0 ? surnameClass(text.charCodeAt(i - 1)) : 4), Math.min(len, 5)));
    put(mix(21 + 1, suffixes[i]!));
    put(mix(mix(23, i + 1 < n ? suffixes[i + 1]! : 255), cls[p]!));
    put(mix(mix(24, c0), place));
    put(mix(mix(mix(25, Math.min(len, 5)), place), cls[p]!));
    put(mix(26, ahead[i]!));
  }
  return out;
}

// Distance buckets to the next organisation ending: 0-4 exact, 5-6, 7-10; farther counts as none.
const AHEAD_BUCKET = [0, 1, 2, 3, 4, 5, 5, 6, 6, 6, 6];

/**
 * Per character: the class of the next organisation ending at or after it in the same clause (no punctuation or
 * blank between) and how far away its last character is, bucketed (class * 8 + bucket + 1; 0 for none within ten
 * characters). 钟祥市工业局: every character of 钟祥市 sees the government ending 局 ahead.
 */
export function endingAhead(suffixes: Uint8Array, paddedClass: Int32Array): Uint8Array {
  const n = suffixes.length;
  const out = new Uint8Array(n);
  let end = -1;
  let endCls = 0;
  for (let i = n - 1; i >= 0; i--) {
    const c = paddedClass[i + 2]!;
    if (c === CHAR_CLASS.punct || c === CHAR_CLASS.space) {
      end = -1;
      continue;
    }
    const v = suffixes[i]!;
    if (v !== 0 && (v & 3) === 0) {
      end = i;
      endCls = v >> 2;
    }
    if (end >= 0 && end - i <= 10) out[i] = endCls * 8 + AHEAD_BUCKET[end - i]! + 1;
  }
  return out;
}
