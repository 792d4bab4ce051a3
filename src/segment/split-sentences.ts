import type { Sentence } from '../types.ts';

const TERMINATOR_RE = /[。！？!?；;\n]/g;
// Closing quotes and brackets that follow a terminator belong to the sentence it ends.
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '》']);

/**
 * Sentences longer than this are cut into pieces before any rule sees them: rules and modality cues scan a sentence
 * once per candidate fact, so a text without sentence punctuation (a 10 MB line) would cost its length squared.
 * Real news sentences stay well below (the 2018 corpus: at most 414 characters).
 */
export const DEFAULT_MAX_SENTENCE_CHARS = 1_000;
/** Marks a long sentence is cut after, nearest the limit first: clause punctuation, then spaces. */
const CLAUSE_MARKS = new Set(['，', '、', '：', '﹐', '﹑', ',', ':', ' ', '\u3000', '\t']);

/**
 * Splits a text into sentences on Chinese and Latin terminators and line breaks; offsets into `text`. A sentence
 * longer than `maxChars` is cut into pieces of at most `maxChars` characters, after the last clause mark in a
 * piece's second half, or at the limit when there is none.
 */
export function splitSentences(text: string, maxChars = DEFAULT_MAX_SENTENCE_CHARS): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const add = (s: number, e: number): void => {
    while (s < e && isSpace(text[s]!)) s++;
    while (e > s && isSpace(text[e - 1]!)) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e });
  };
  const push = (end: number) => {
    let s = start;
    while (end - s > maxChars) {
      const cut = cutPoint(text, s, s + maxChars);
      add(s, cut);
      s = cut;
    }
    add(s, end);
    start = end;
  };
  TERMINATOR_RE.lastIndex = 0;
  for (let m = TERMINATOR_RE.exec(text); m; m = TERMINATOR_RE.exec(text)) {
    const i = m.index;
    if (i < start) continue;
    const ch = text[i]!;
    // Latin ! ? ; with no space after belong to a word or URL, not to the end of a sentence.
    if ((ch === '!' || ch === '?' || ch === ';') && i + 1 < text.length && !isSpace(text[i + 1]!)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end]!) && ch !== '\n') end++;
    push(end);
  }
  push(text.length);
  return sentences;
}

/**
 * Where a piece of `text` from `start` ending at most at `limit` ends: after the last of `marks` in the piece's second
 * half, else at the limit.
 */
export function cutPoint(text: string, start: number, limit: number, marks: ReadonlySet<string> = CLAUSE_MARKS): number {
  const half = start + Math.floor((limit - start) / 2);
  for (let i = limit - 1; i >= half; i--) if (marks.has(text[i]!)) return i + 1;
  // No mark: cut at the limit, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff && limit - 1 > start ? limit - 1 : limit;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u3000';
}
