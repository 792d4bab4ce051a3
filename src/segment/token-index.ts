import type { Token } from '../types.ts';

/**
 * Which token starts and which ends at each text offset, as typed arrays: rules ask "is this a token boundary?"
 * for many offsets per document, and a Set of numbers (or a scan of the token list) per question costs far more.
 */
export interface TokenIndex {
  /** 1 + the index of the token starting at an offset; 0 when none does. */
  startingAt: Int32Array;
  /** 1 + the index of the token ending at an offset; 0 when none does. */
  endingAt: Int32Array;
}

const cache = new WeakMap<readonly Token[], TokenIndex>();

/** The index of a token list, built once per list (tokens are never changed after segmentation). */
export function tokenIndex(tokens: readonly Token[]): TokenIndex {
  let index = cache.get(tokens);
  if (!index) {
    let size = 1;
    for (const t of tokens) if (t.end >= size) size = t.end + 1;
    index = { startingAt: new Int32Array(size), endingAt: new Int32Array(size) };
    // Segmenter tokens never overlap; should a hand-made list do so, the first token wins, as a scan would find it.
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (t.start >= 0) index.startingAt[t.start] = i + 1;
      index.endingAt[t.end] = i + 1;
    }
    cache.set(tokens, index);
  }
  return index;
}

/** The token starting at `offset`, if any. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): Token | undefined {
  const k = tokenIndex(tokens).startingAt[offset] ?? 0;
  return k > 0 ? tokens[k - 1] : undefined;
}

/** The token ending at `offset`, if any. */
export function tokenEndingAt(tokens: readonly Token[], offset: number): Token | undefined {
  const k = tokenIndex(tokens).endingAt[offset] ?? 0;
  return k > 0 ? tokens[k - 1] : undefined;
}

/** True when a token starts at `offset`. */
export function startsToken(tokens: readonly Token[], offset: number): boolean {
  return (tokenIndex(tokens).startingAt[offset] ?? 0) > 0;
}

/** True when a token ends at `offset`. */
export function endsToken(tokens: readonly Token[], offset: number): boolean {
  return (tokenIndex(tokens).endingAt[offset] ?? 0) > 0;
}
