/**
 * Integer hashing for the name tagger's features: a feature is a template number and a few integers, hashed
 * without building strings (murmur3's mixing steps).
 */
export function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A hash of text.slice(start, end) by its UTF-16 codes. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x2545f491;
  for (let i = start; i < end; i++) h = mix(h, text.charCodeAt(i));
  return finish(h);
}

const stringHashes = new Map<string, number>();

/** A hash of a short string from a small set (POS tags), cached. */
export function hashString(s: string): number {
  let h = stringHashes.get(s);
  if (h === undefined) {
    h = hashRange(s, 0, s.length);
    stringHashes.set(s, h);
  }
  return h;
}
