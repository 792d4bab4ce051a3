import { mayFollow } from './ner-labels.ts';

/** Transition scores of a tag set of size T: `pair[a * T + b]` for b after a, `start[t]`, `end[t]`. */
export interface Transitions {
  readonly tagCount: number;
  readonly pair: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
}

// For each tag set size: per tag, the tags that may precede it, and whether it may start or end a sentence.
const structure = new Map<number, { prev: Int32Array[]; next: Int32Array[]; canStart: Uint8Array; canEnd: Uint8Array }>();

function structureOf(T: number) {
  let s = structure.get(T);
  if (!s) {
    const prev: Int32Array[] = [];
    const next: Int32Array[] = [];
    const canStart = new Uint8Array(T);
    const canEnd = new Uint8Array(T);
    for (let b = 0; b < T; b++) {
      const p: number[] = [];
      for (let a = 0; a < T; a++) if (mayFollow(a, b)) p.push(a);
      prev.push(Int32Array.from(p));
      canStart[b] = mayFollow(-1, b) ? 1 : 0;
      canEnd[b] = mayFollow(b, -1) ? 1 : 0;
      const q: number[] = [];
      for (let c = 0; c < T; c++) if (mayFollow(b, c)) q.push(c);
      next.push(Int32Array.from(q));
    }
    s = { prev, next, canStart, canEnd };
    structure.set(T, s);
  }
  return s;
}

/**
 * The best valid BIOES tag sequence for `n` positions under per-position scores `emission[i * T + t]` and the
 * transitions. With `margins`, also fills margins[i]: how much the best path's score exceeds that of the best path
 * that puts O (tag 0) at i — 0 where the best path has O there. A small margin is an unsure tag.
 */
export function viterbi(emission: Float32Array, n: number, trans: Transitions, margins?: Float32Array): Uint8Array {
  const T = trans.tagCount;
  const { prev, canStart, canEnd } = structureOf(T);
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (scratch.score.length < n * T) scratch = { score: new Float64Array(n * T * 2), back: new Int32Array(n * T * 2) };
  const { score, back } = scratch;
  for (let t = 0; t < T; t++) score[t] = canStart[t] ? trans.start[t]! + emission[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const last = row - T;
    for (let b = 0; b < T; b++) {
      const p = prev[b]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < p.length; k++) {
        const a = p[k]!;
        const s = score[last + a]! + trans.pair[a * T + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[row + b] = best + emission[row + b]!;
      back[row + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastRow = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (!canEnd[t]) continue;
    const s = score[lastRow + t]! + trans.end[t]!;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  // The backward pass costs as much as the forward one: only a sentence with a name needs it.
  if (margins) {
    if (tags.some((t) => t !== 0)) fillMargins(emission, n, trans, score, best, tags, margins);
    else margins.fill(0, 0, n);
  }
  return tags;
}

// Reused between calls (one sentence at a time, synchronously): most sentences fit the first allocation.
let scratch = { score: new Float64Array(4096), back: new Int32Array(4096) };

/** Max-marginals of O by a backward pass: best score of a path through O at i = forward(i, O) + backward(i, O). */
function fillMargins(emission: Float32Array, n: number, trans: Transitions, forward: Float64Array, best: number, tags: Uint8Array, margins: Float32Array): void {
  const T = trans.tagCount;
  const { next: succ, canEnd } = structureOf(T);
  // backward[t]: best score of the positions after i given tag t at i (their emissions included).
  let backward = new Float64Array(T);
  let next = new Float64Array(T);
  for (let t = 0; t < T; t++) backward[t] = canEnd[t] ? trans.end[t]! : -Infinity;
  for (let i = n - 1; i >= 0; i--) {
    margins[i] = tags[i] === 0 ? 0 : best - (forward[i * T]! + backward[0]!);
    if (i === 0) break;
    const row = i * T;
    for (let a = 0; a < T; a++) {
      const q = succ[a]!;
      let m = -Infinity;
      for (let k = 0; k < q.length; k++) {
        const b = q[k]!;
        const s = trans.pair[a * T + b]! + emission[row + b]! + backward[b]!;
        if (s > m) m = s;
      }
      next[a] = m;
    }
    const swap = backward;
    backward = next;
    next = swap;
  }
}
