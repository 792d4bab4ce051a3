import { describe, it, expect } from 'vitest';
import { bipartiteMatch } from '../../../src/eval/bipartite-match.ts';

describe('bipartiteMatch', () => {
  it('reassigns an earlier left item to make room for a later one (augmenting path)', () => {
    // left 0 can take 0 or 1, left 1 can only take 0: greedy would strand left 1.
    const cands = [[0, 1], [0]];
    expect(bipartiteMatch(2, 2, (l) => cands[l]!)).toEqual([1, 0]);
  });

  it('leaves a left item unmatched when every candidate is taken', () => {
    const cands = [[0], [0], []];
    expect(bipartiteMatch(3, 1, (l) => cands[l]!)).toEqual([0, -1, -1]);
  });
});
