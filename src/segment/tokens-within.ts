import type { Token } from '../types.ts';

const sortedLists = new WeakMap<readonly Token[], boolean>();

/** True when every token has end ≥ start and the starts never decrease (the segmenter's lists); once per list. */
function sortedByStart(tokens: readonly Token[]): boolean {
  let sorted = sortedLists.get(tokens);
  if (sorted === undefined) {
    sorted = true;
    for (let k = 0; k < tokens.length && sorted; k++) {
      if (tokens[k]!.end < tokens[k]!.start || (k > 0 && tokens[k]!.start < tokens[k - 1]!.start)) sorted = false;
    }
    sortedLists.set(tokens, sorted);
  }
  return sorted;
}

/**
 * The tokens lying inside [start, end), in order: `tokens.filter((t) => t.start >= start && t.end <= end)`. Rules
 * that ask it once per sentence made whole-document scans per sentence; on a sorted list (the segmenter's) it is a
 * binary search and a scan of the span.
 */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  if (!sortedByStart(tokens)) return tokens.filter((t) => t.start >= start && t.end <= end);
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let k = lo; k < tokens.length && tokens[k]!.start <= end; k++) if (tokens[k]!.end <= end) out.push(tokens[k]!);
  return out;
}
