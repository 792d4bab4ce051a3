import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeNerModel, encodeNerModel } from '../../../src/ner/ner-model-file.ts';
import { emissions, emptyTransitions, type NerModel } from '../../../src/ner/ner-model.ts';
import { FEATURES_PER_CHAR } from '../../../src/ner/ner-features.ts';
import { TAG_COUNT } from '../../../src/ner/ner-labels.ts';
import { isZhkgError } from '../../../src/errors.ts';

function randomModel(seed: number): NerModel {
  const buckets = 64;
  const weights = new Float32Array(buckets * TAG_COUNT);
  let x = seed;
  for (let k = 0; k < weights.length; k++) weights[k] = ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 20;
  const transitions = emptyTransitions(TAG_COUNT);
  transitions.pair.fill(0.5);
  transitions.start[3] = -2;
  return { buckets, tagCount: TAG_COUNT, weights, scale: 1, transitions, meta: { note: 'test' } };
}

const features = Int32Array.from({ length: 3 * FEATURES_PER_CHAR }, (_, k) => (k * 7) % 64);

describe('name-tagger model file', () => {
  it('round-trips: same sizes, meta and transitions, emissions within the quantisation step', () => {
    const model = randomModel(1);
    for (const bits of [8, 16] as const) {
      const back = decodeNerModel(encodeNerModel([{ domain: 'news', model }], { note: 'test' }, { bits, prune: 0 }));
      expect(back.buckets).toBe(64);
      expect(back.meta).toMatchObject({ note: 'test', domain: 'news' });
      expect(Array.from(back.transitions.pair)).toEqual(Array.from(model.transitions.pair));
      expect(back.transitions.start[3]).toBe(-2);
      const want = emissions(model, features, 3);
      const got = emissions(back, features, 3);
      const step = (10 / ((1 << (bits - 1)) - 1)) * FEATURES_PER_CHAR;
      for (let k = 0; k < want.length; k++) expect(Math.abs(got[k]! - want[k]!)).toBeLessThanOrEqual(step);
    }
  });

  it('keeps each domain’s weights and picks the first by default', () => {
    const file = encodeNerModel([{ domain: 'news', model: randomModel(1) }, { domain: 'cluener', model: randomModel(2) }], {});
    const first = decodeNerModel(file);
    const news = decodeNerModel(file, 'm', 'news');
    const other = decodeNerModel(file, 'm', 'cluener');
    expect(Array.from(first.weights)).toEqual(Array.from(news.weights));
    expect(Array.from(other.weights)).not.toEqual(Array.from(news.weights));
    expect(() => decodeNerModel(file, 'm', 'nope')).toThrow(/no domain/);
  });

  it('refuses what is not a model with E_MODEL_INVALID', () => {
    for (const bad of [Buffer.from('not gzip'), gzipSync(Buffer.from('ZHKGNER2 but nothing else')), gzipSync(Buffer.from('hello'))]) {
      try {
        decodeNerModel(bad);
        expect.unreachable();
      } catch (e) {
        expect(isZhkgError(e) && e.code).toBe('E_MODEL_INVALID');
      }
    }
  });
});
