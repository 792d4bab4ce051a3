import { describe, it, expect } from 'vitest';
import { baselineFromReport, checkBaseline, parseBaseline } from '../../../src/eval/check-baseline.ts';
import type { EvalReport } from '../../../src/eval/eval-types.ts';
import { prf } from '../../../src/eval/prf.ts';
import { isZhkgError } from '../../../src/errors.ts';

// entities F1 0.8 (8/2/2), typed 0.7 (7/3/3), relations 0.5 (3/3/3)
const report: EvalReport = {
  goldDirs: ['dev'],
  articlesRoot: '.',
  overall: { articles: 1, entities: prf(8, 2, 2), typedEntities: prf(7, 3, 3), relations: prf(3, 3, 3) },
  goldFiles: 1,
  byFolder: [],
  splits: [{ goldDir: 'gold/dev', goldFiles: 1, scores: { articles: 1, entities: prf(8, 2, 2), typedEntities: prf(7, 3, 3), relations: prf(3, 3, 3) } }],
  articles: [],
  errors: [],
};

describe('checkBaseline', () => {
  it.each([
    ['equal scores', { entityF1: 0.8, relationF1: 0.5 }, 0],
    ['scores exactly at the tolerance', { entityF1: 0.82, relationF1: 0.52 }, 0],
    ['improvements', { entityF1: 0.5, relationF1: 0.1 }, 0],
    ['an entity drop past the tolerance', { entityF1: 0.83, relationF1: 0.5 }, 1],
    ['both drops past the tolerance', { entityF1: 0.9, relationF1: 0.6 }, 2],
    ['a typed-entity drop when the baseline records one', { entityF1: 0.8, relationF1: 0.5, typedEntityF1: 0.75 }, 1],
  ])('returns the right number of failures for %s', (_label, baseline, failures) => {
    expect(checkBaseline(report, baseline)).toHaveLength(failures);
  });

  it('honours a custom tolerance and names the score that fell', () => {
    const failures = checkBaseline(report, { entityF1: 0.81, relationF1: 0.5 }, 0.005);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('entity F1');
  });

  it('records a baseline the same report passes', () => {
    const b = baselineFromReport(report);
    expect(b).toEqual({ entityF1: 0.8, typedEntityF1: 0.7, relationF1: 0.5, sets: { dev: { entityF1: 0.8, typedEntityF1: 0.7, relationF1: 0.5, articles: 1 } } });
    expect(checkBaseline(report, b)).toEqual([]);
  });
});

describe('checkBaseline fails loudly', () => {
  const ok = { entityF1: 0.8, relationF1: 0.5 };

  it('when a gold article could not be scored', () => {
    const failures = checkBaseline({ ...report, goldFiles: 2, errors: [{ goldFile: 'gold/dev/b.json', article: 'b.md', message: 'not found' }] }, ok);
    expect(failures.join('\n')).toMatch(/b\.json was not scored/);
    expect(failures.join('\n')).toMatch(/1 articles scored for 2 gold files/);
  });

  it('when nothing was scored, whatever the F1 of nothing says', () => {
    const empty: EvalReport = { ...report, goldFiles: 0, overall: { articles: 0, entities: prf(0, 0, 0), typedEntities: prf(0, 0, 0), relations: prf(0, 0, 0) }, splits: [{ goldDir: 'gold/dev', goldFiles: 0, scores: { articles: 0, entities: prf(0, 0, 0), typedEntities: prf(0, 0, 0), relations: prf(0, 0, 0) } }] };
    const failures = checkBaseline(empty, ok).join('\n');
    expect(failures).toMatch(/no article was scored/);
    expect(failures).toMatch(/gold set gold\/dev has no gold file/);
  });

  it('when one set drops though the pool holds, or a recorded set is missing or smaller', () => {
    expect(checkBaseline(report, { ...ok, sets: { dev: { entityF1: 0.9, relationF1: 0.5 } } })).toEqual([
      expect.stringMatching(/gold set dev: entity F1 0.8000 is more than 0.02 below the baseline 0.9000/),
    ]);
    expect(checkBaseline(report, { ...ok, sets: { heldout: { entityF1: 0.5, relationF1: 0.5 } } })).toEqual([
      expect.stringMatching(/gold set heldout is in the baseline but was not evaluated/),
    ]);
    expect(checkBaseline(report, { ...ok, sets: { dev: { entityF1: 0.5, relationF1: 0.5, articles: 3 } } })).toEqual([
      expect.stringMatching(/gold set dev: 1 articles scored, the baseline had 3/),
    ]);
  });
});

describe('parseBaseline', () => {
  it('reads per-set baselines and rejects bad ones', () => {
    expect(parseBaseline({ entityF1: 0.5, relationF1: 0.25, sets: { dev: { entityF1: 0.6, relationF1: 0.3, articles: 4 } } })).toEqual({
      entityF1: 0.5, relationF1: 0.25, sets: { dev: { entityF1: 0.6, relationF1: 0.3, articles: 4 } },
    });
    for (const bad of [{ entityF1: 0.5, relationF1: 0.25, sets: [] }, { entityF1: 0.5, relationF1: 0.25, sets: { dev: { entityF1: 3, relationF1: 0.1 } } }]) {
      expect(() => parseBaseline(bad, 'b.json')).toThrow(/b\.json/);
    }
  });

  it('accepts the recorded fields and rejects missing or out-of-range ones', () => {
    expect(parseBaseline({ entityF1: 0.5, relationF1: 0.25 })).toEqual({ entityF1: 0.5, relationF1: 0.25 });
    for (const bad of [{}, { entityF1: 0.5 }, { entityF1: 2, relationF1: 0.1 }, null]) {
      try {
        parseBaseline(bad, 'eval-baseline.json');
        expect.unreachable();
      } catch (e) {
        expect(isZhkgError(e) && e.code).toBe('E_USAGE');
      }
    }
  });
});
