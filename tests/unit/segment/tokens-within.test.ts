import { describe, expect, it } from 'vitest';
import type { Token } from '../../../src/types.ts';
import { tokensWithin } from '../../../src/segment/tokens-within.ts';

const tok = (text: string, start: number, end = start + text.length): Token => ({ text, pos: 'x', start, end });
const byFilter = (tokens: readonly Token[], start: number, end: number) => tokens.filter((t) => t.start >= start && t.end <= end);

describe('tokensWithin', () => {
  // 青山市今天下雨。白河镇放晴。 cut as the segmenter would, one token crossing the first sentence's end.
  const sorted = [tok('青山市', 0), tok('今天', 3), tok('下雨', 5), tok('。白', 7), tok('河镇', 9), tok('放晴', 11), tok('。', 13)];

  it('gives the tokens inside a span of a sorted list, as the filter does', () => {
    for (const [s, e] of [[0, 8], [0, 7], [8, 14], [3, 5], [0, 14], [14, 14], [2, 9]] as const) {
      expect(tokensWithin(sorted, s, e)).toEqual(byFilter(sorted, s, e));
    }
    expect(tokensWithin(sorted, 0, 8).map((t) => t.text)).toEqual(['青山市', '今天', '下雨']);
  });

  it('keeps empty tokens at the span end and falls back to the filter for an unsorted list', () => {
    const withEmpty = [tok('今天', 0), tok('', 2, 2), tok('下雨', 2)];
    expect(tokensWithin(withEmpty, 0, 2)).toEqual(byFilter(withEmpty, 0, 2));
    const unsorted = [tok('下雨', 5), tok('青山市', 0), tok('今天', 3)];
    expect(tokensWithin(unsorted, 0, 7)).toEqual(byFilter(unsorted, 0, 7));
  });
});
