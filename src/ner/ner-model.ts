import { FEATURES_PER_CHAR } from './ner-features.ts';
import type { Transitions } from './viterbi.ts';

/**
 * A trained name tagger: hashed feature weights, `weights[bucket * tagCount + tag] * scale`, and tag transitions
 * (already in the same unit as the scaled weights). Training keeps Float32 weights (scale 1); the committed model
 * stores them quantised.
 */
export interface NerModel {
  readonly buckets: number;
  readonly tagCount: number;
  readonly weights: Float32Array | Int16Array | Int8Array;
  readonly scale: number;
  readonly transitions: Transitions;
  /** How it was made: command, data files and checksums, scores. */
  readonly meta: Readonly<Record<string, unknown>>;
  /** Training only: a second table added to `weights` (a domain's own weights, unscaled). */
  readonly extraWeights?: Float32Array;
}

/** Per-character tag scores of a sentence from its features (see `extractFeatures`). */
export function emissions(model: NerModel, features: Int32Array, n: number): Float32Array {
  const T = model.tagCount;
  const W = model.weights;
  const out = new Float32Array(n * T);
  if (W instanceof Int8Array && !model.extraWeights) return emissionsInt8(W, model.scale, T, features, n, out);
  for (let i = 0; i < n; i++) {
    const row = i * T;
    const fBase = i * FEATURES_PER_CHAR;
    for (let f = 0; f < FEATURES_PER_CHAR; f++) {
      const base = features[fBase + f]! * T;
      for (let t = 0; t < T; t++) out[row + t] += W[base + t]!;
    }
  }
  if (model.scale !== 1) for (let k = 0; k < out.length; k++) out[k] *= model.scale;
  const X = model.extraWeights;
  if (X) {
    for (let i = 0; i < n; i++) {
      const row = i * T;
      const fBase = i * FEATURES_PER_CHAR;
      for (let f = 0; f < FEATURES_PER_CHAR; f++) {
        const base = features[fBase + f]! * T;
        for (let t = 0; t < T; t++) out[row + t] += X[base + t]!;
      }
    }
  }
  return out;
}

// The committed model's case: integer sums per character, scaled once.
let acc = new Int32Array(64);
function emissionsInt8(W: Int8Array, scale: number, T: number, features: Int32Array, n: number, out: Float32Array): Float32Array {
  if (acc.length < T) acc = new Int32Array(T);
  for (let i = 0; i < n; i++) {
    acc.fill(0);
    const fBase = i * FEATURES_PER_CHAR;
    for (let f = 0; f < FEATURES_PER_CHAR; f++) {
      const base = features[fBase + f]! * T;
      for (let t = 0; t < T; t++) acc[t] += W[base + t]!;
    }
    const row = i * T;
    for (let t = 0; t < T; t++) out[row + t] = acc[t]! * scale;
  }
  return out;
}

/** Fresh transition tables of a tag set (all zero). */
export function emptyTransitions(tagCount: number): Transitions {
  return { tagCount, pair: new Float32Array(tagCount * tagCount), start: new Float32Array(tagCount), end: new Float32Array(tagCount) };
}
