import type { Sentence } from '../types.ts';

const TERMINATOR_RE = /[。！？!?；;\n]/g;
// Closing quotes and brackets that follow a terminator belong to the sentence it ends.
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '》']);

/** Splits a text into sentences on Chinese and Latin terminators and line breaks; offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s]!)) s++;
    while (e > s && isSpace(text[e - 1]!)) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e });
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

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u3000';
}
