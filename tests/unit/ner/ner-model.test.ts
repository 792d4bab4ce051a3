import { describe, expect, it } from 'vitest';
import { emissions, emptyTransitions, type NerModel } from '../../../src/ner/ner-model.ts';
import { FEATURES_PER_CHAR } from '../../../src/ner/ner-features.ts';

/** The scores by the definition: per character and tag, the sum of its features' weights, times the scale. */
function plainEmissions(model: NerModel, features: Int32Array, n: number): Float32Array {
  const T = model.tagCount;
  const out = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let sum = 0;
      for (let f = 0; f < FEATURES_PER_CHAR; f++) sum += model.weights[features[i * FEATURES_PER_CHAR + f]! * T + t]!;
      out[i * T + t] = sum * model.scale;
    }
  }
  return out;
}

function int8Model(buckets: number, tagCount: number, weight: (k: number) => number): NerModel {
  const weights = new Int8Array(buckets * tagCount).map((_, k) => weight(k));
  return { buckets, tagCount, weights, scale: 0.37, transitions: emptyTransitions(tagCount), meta: {} };
}

describe('emissions of an Int8 model (summed four tags at a time)', () => {
  it('equals the tag-by-tag sums for a tag count that is no multiple of four', () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
    const model = int8Model(64, 21, () => Math.floor(rand() * 256) - 128);
    const n = 9;
    const features = new Int32Array(n * FEATURES_PER_CHAR).map(() => Math.floor(rand() * 64));
    expect(Array.from(emissions(model, features, n))).toEqual(Array.from(plainEmissions(model, features, n)));
  });

  it('does not overflow from one tag into the next at the extreme weights', () => {
    for (const w of [127, -128]) {
      const model = int8Model(4, 5, (k) => (k % 2 === 0 ? w : -1 - w));
      const features = new Int32Array(2 * FEATURES_PER_CHAR).fill(1);
      const got = Array.from(emissions(model, features, 2));
      expect(got).toEqual(Array.from(plainEmissions(model, features, 2)));
      expect(got[0]).toBeCloseTo((-1 - w) * FEATURES_PER_CHAR * 0.37, 3); // row 1, tag 0: weight index 5
    }
  });
});
