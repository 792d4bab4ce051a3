import type { Token } from '../types.ts';
import type { NerWord } from './ner-features.ts';

/** The tokens inside [start, end) of a document, as words with offsets relative to `start`. */
export function sentenceWords(tokens: readonly Token[], start: number, end: number, from = 0): NerWord[] {
  const out: NerWord[] = [];
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start >= end) break;
    if (t.start >= start && t.end <= end) out.push({ start: t.start - start, end: t.end - start, pos: t.pos });
  }
  return out;
}
