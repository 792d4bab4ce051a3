import type { Sentence } from '../types.ts';

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);
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
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!TERMINATORS.has(ch)) continue;
    // A full stop between digits or Latin letters is a decimal point or an abbreviation.
    if ((ch === '!' || ch === '?' || ch === ';') && i + 1 < text.length && !isSpace(text[i + 1]!)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end]!) && ch !== '\n') end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u3000';
}
