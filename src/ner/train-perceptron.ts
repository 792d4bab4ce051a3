import { TAG_COUNT } from './ner-labels.ts';
import { FEATURES_PER_CHAR } from './ner-features.ts';
import { emissions, emptyTransitions, type NerModel } from './ner-model.ts';
import { viterbi } from './viterbi.ts';

/** One training sentence: its features (see `extractFeatures`) and gold BIOES tags. */
export interface TrainingExample {
  features: Int32Array;
  tags: Uint8Array;
  /** Which dataset the sentence is from (0, 1, …): each has its own weights besides the shared ones. */
  domain: number;
}

export interface TrainOptions {
  /** Hash buckets, a power of two. */
  buckets: number;
  epochs: number;
  seed: number;
  /** How many domains (datasets) the examples come from. */
  domains: number;
  /** Called after each epoch with the averaged models so far, one per domain (for dev scores). */
  onEpoch?: (epoch: number, models: NerModel[], errors: number) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { buckets: 1 << 18, epochs: 10, seed: 12, domains: 1 };

/**
 * A structured averaged perceptron (Collins 2002): decode each sentence with the current weights, and where the
 * best path differs from the gold one, add the gold path's features and subtract the predicted path's. The model
 * returned averages the weights over every step, the usual guard against overfitting the last sentences seen.
 * Sentences are visited in a seeded shuffle, so a run is reproducible.
 *
 * The datasets annotate differently (People's Daily tags every country, CLUENER's addresses are mostly street
 * addresses), so every feature has a shared weight and one per domain (Daumé's "frustratingly easy" domain
 * adaptation): a sentence updates both. The models returned fold the shared weights into each domain's.
 */
export function trainPerceptron(examples: readonly TrainingExample[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS): NerModel[] {
  const T = TAG_COUNT;
  const size = opts.buckets * T;
  const w = Array.from({ length: opts.domains + 1 }, () => new Float32Array(size)); // [shared, domain 0, domain 1, …]
  const u = Array.from({ length: opts.domains + 1 }, () => new Float64Array(size)); // sum of step * update, for lazy averaging
  const trans = emptyTransitions(T);
  const tu = { pair: new Float64Array(T * T), start: new Float64Array(T), end: new Float64Array(T) };
  const live = (d: number): NerModel => ({ buckets: opts.buckets, tagCount: T, weights: w[0]!, scale: 1, transitions: trans, meta: {}, extraWeights: w[1 + d] });
  const order = examples.map((_, k) => k);
  const random = mulberry32(opts.seed);
  let step = 1;

  const bump = (arr: Float32Array, acc: Float64Array, k: number, d: number) => {
    arr[k] += d;
    acc[k] += step * d;
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    for (const k of order) {
      const { features, tags: gold, domain } = examples[k]!;
      const n = gold.length;
      if (n === 0) continue;
      const pred = viterbi(emissions(live(domain), features, n), n, trans);
      const wd = w[1 + domain]!;
      const ud = u[1 + domain]!;
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          wrong = true;
          const fBase = i * FEATURES_PER_CHAR;
          for (let f = 0; f < FEATURES_PER_CHAR; f++) {
            const base = features[fBase + f]! * T;
            bump(w[0]!, u[0]!, base + g, 1);
            bump(w[0]!, u[0]!, base + p, -1);
            bump(wd, ud, base + g, 1);
            bump(wd, ud, base + p, -1);
          }
        }
        const gPrev = i === 0 ? -1 : gold[i - 1]!;
        const pPrev = i === 0 ? -1 : pred[i - 1]!;
        if (g !== p || gPrev !== pPrev) {
          if (i === 0) {
            bump(trans.start, tu.start, g, 1);
            bump(trans.start, tu.start, p, -1);
          } else {
            bump(trans.pair, tu.pair, gPrev * T + g, 1);
            bump(trans.pair, tu.pair, pPrev * T + p, -1);
          }
        }
      }
      if (gold[n - 1] !== pred[n - 1]) {
        bump(trans.end, tu.end, gold[n - 1]!, 1);
        bump(trans.end, tu.end, pred[n - 1]!, -1);
      }
      if (wrong) errors++;
      step++;
    }
    if (opts.onEpoch) opts.onEpoch(epoch, averaged(), errors);
  }
  return averaged();

  function averaged(): NerModel[] {
    const avg = (x: Float32Array, acc: Float64Array, into = new Float32Array(x.length)) => {
      for (let k = 0; k < x.length; k++) into[k] += x[k]! - acc[k]! / step;
      return into;
    };
    const transitions = { tagCount: T, pair: avg(trans.pair, tu.pair), start: avg(trans.start, tu.start), end: avg(trans.end, tu.end) };
    const shared = avg(w[0]!, u[0]!);
    return Array.from({ length: opts.domains }, (_, d) => ({
      buckets: opts.buckets,
      tagCount: T,
      weights: avg(w[1 + d]!, u[1 + d]!, shared.slice()),
      scale: 1,
      transitions,
      meta: {},
    }));
  }
}

/** A small seeded generator (mulberry32): the same seed gives the same shuffles on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], random: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
}
