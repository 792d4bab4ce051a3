import { describe, it, expect } from 'vitest';
import { aggregateScores } from '../../../src/eval/aggregate-scores.ts';
import type { ArticleScore } from '../../../src/eval/eval-types.ts';
import { prf } from '../../../src/eval/prf.ts';

function article(e: [number, number, number], t: [number, number, number], r: [number, number, number]): ArticleScore {
  return {
    goldFile: 'g.json',
    article: 'a.txt',
    source: '/a.txt',
    entities: prf(...e),
    typedEntities: prf(...t),
    relations: prf(...r),
    ignored: { entities: 0, relations: 0 },
    entityMisses: [],
    entityFalsePositives: [],
    typeMismatches: [],
    relationMisses: [],
    relationFalsePositives: [],
  };
}

describe('prf', () => {
  it.each<[[number, number, number], number, number, number]>([
    [[8, 2, 2], 0.8, 0.8, 0.8],
    [[3, 1, 5], 0.75, 0.375, 0.5],
    [[0, 0, 4], 0, 0, 0],
    [[0, 3, 0], 0, 0, 0],
    [[0, 0, 0], 1, 1, 1],
  ])('scores %j as P=%f R=%f F1=%f', (c, p, r, f) => {
    const s = prf(...c);
    expect([s.precision, s.recall, s.f1]).toEqual([p, r, f].map((x) => expect.closeTo(x, 12)));
  });
});

describe('aggregateScores', () => {
  it('pools counts over articles before taking ratios (micro average)', () => {
    const agg = aggregateScores([article([9, 1, 0], [8, 2, 1], [1, 0, 3]), article([1, 3, 4], [1, 3, 4], [2, 2, 0])]);
    expect(agg.articles).toBe(2);
    // entities: TP 10, FP 4, FN 4 → P = R = 10/14; the macro average of the two F1s would be (0.947+0.222)/2 instead.
    expect(agg.entities).toMatchObject({ tp: 10, fp: 4, fn: 4 });
    expect(agg.entities.precision).toBeCloseTo(10 / 14, 12);
    expect(agg.entities.f1).toBeCloseTo(10 / 14, 12);
    // typed: TP 9, FP 5, FN 5
    expect(agg.typedEntities.f1).toBeCloseTo(9 / 14, 12);
    // relations: TP 3, FP 2, FN 3 → P 0.6, R 0.5, F1 6/11
    expect(agg.relations).toMatchObject({ tp: 3, fp: 2, fn: 3, precision: 0.6, recall: 0.5 });
    expect(agg.relations.f1).toBeCloseTo(6 / 11, 12);
  });

  it('scores an empty list as nothing to find and nothing found', () => {
    expect(aggregateScores([]).entities).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
  });
});
