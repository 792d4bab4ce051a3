/**
 * A cheap first test for "is text[start, end) one of these surface forms?": its first two characters must begin
 * some form and its last character must end one. Rules that look spans up by their text (`map.get(text.slice(…))`)
 * ask it first, so most spans cost two table reads instead of a fresh string and its hash. A prefilter only: a
 * `true` may still be no form (the pair table is hashed), a `false` never is one. Forms shorter than two
 * characters are not covered (callers look up spans of two or more).
 */
export interface SurfaceFilter {
  /** Bit set over hashed (first, second) character code pairs. */
  readonly pairs: Uint32Array;
  /** By UTF-16 code: 1 when some form ends with that character. */
  readonly last: Uint8Array;
}

const PAIR_BITS = 20;
const PAIR_MASK = (1 << PAIR_BITS) - 1;

function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> (32 - PAIR_BITS) & PAIR_MASK;
}

/** The filter of a set of surface forms (forms under two characters are skipped). */
export function surfaceFilter(surfaces: Iterable<string>): SurfaceFilter {
  const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
  const last = new Uint8Array(0x10000);
  for (const s of surfaces) {
    if (s.length < 2) continue;
    const slot = pairSlot(s.charCodeAt(0), s.charCodeAt(1));
    pairs[slot >>> 5] |= 1 << (slot & 31);
    last[s.charCodeAt(s.length - 1)] = 1;
  }
  return { pairs, last };
}

/** False when text[start, end) (end ≥ start + 2) is certainly none of the filter's forms. */
export function mayBeSurface(filter: SurfaceFilter, text: string, start: number, end: number): boolean {
  if (filter.last[text.charCodeAt(end - 1)] !== 1) return false;
  return mayStartSurface(filter, text, start);
}

/** False when no form of two or more characters starts at text[start] (start + 1 < text.length). */
export function mayStartSurface(filter: SurfaceFilter, text: string, start: number): boolean {
  const slot = pairSlot(text.charCodeAt(start), text.charCodeAt(start + 1));
  return (filter.pairs[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}
