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

// The committed model's case: integer sums per character, scaled once. The Int8 weights are biased to 0..255 and
// packed four tags to a Float64 (lanes of 2^13: FEATURES_PER_CHAR × 255 fits), so summing a character's features
// takes ceil(T / 4) additions per feature instead of T; the sums are integers below 2^53, so exact, and each lane's
// sum less the bias is the same integer the tag-by-tag sum gives.
const LANE = 8192;
const LANES = 4;
const PACKABLE = FEATURES_PER_CHAR * 255 < LANE;
const packedWeights = new WeakMap<Int8Array, Float64Array>();

/** The weights of an Int8 table packed four tags to a number (see above), once per table. */
function packWeights(W: Int8Array, T: number): Float64Array {
  let P = packedWeights.get(W);
  if (!P) {
    const G = Math.ceil(T / LANES);
    const rows = W.length / T;
    P = new Float64Array(rows * G);
    for (let r = 0; r < rows; r++) {
      for (let g = 0; g < G; g++) {
        let v = 0;
        for (let l = LANES - 1; l >= 0; l--) {
          const t = g * LANES + l;
          v = v * LANE + (t < T ? W[r * T + t]! + 128 : 0);
        }
        P[r * G + g] = v;
      }
    }
    packedWeights.set(W, P);
  }
  return P;
}

let acc = new Int32Array(64);
let sums = new Float64Array(16);
function emissionsInt8(W: Int8Array, scale: number, T: number, features: Int32Array, n: number, out: Float32Array): Float32Array {
  if (!PACKABLE) return emissionsInt8Plain(W, scale, T, features, n, out);
  const P = packWeights(W, T);
  const G = Math.ceil(T / LANES);
  if (sums.length < G) sums = new Float64Array(G);
  const bias = FEATURES_PER_CHAR * 128;
  for (let i = 0; i < n; i++) {
    sums.fill(0, 0, G);
    const fBase = i * FEATURES_PER_CHAR;
    for (let f = 0; f < FEATURES_PER_CHAR; f++) {
      const base = features[fBase + f]! * G;
      for (let g = 0; g < G; g++) sums[g] += P[base + g]!;
    }
    const row = i * T;
    for (let g = 0; g < G; g++) {
      let v = sums[g]!;
      for (let l = 0; l < LANES; l++) {
        const t = g * LANES + l;
        const lane = v % LANE;
        v = (v - lane) / LANE;
        if (t < T) out[row + t] = (lane - bias) * scale;
      }
    }
  }
  return out;
}

function emissionsInt8Plain(W: Int8Array, scale: number, T: number, features: Int32Array, n: number, out: Float32Array): Float32Array {
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
