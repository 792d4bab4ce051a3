import { codeClass } from './code-class.ts';
import { toSimplified } from './to-simplified.ts';

// Chinese punctuation that sentence splitting and cue patterns rely on stays full-width.
const KEEP_FULL_WIDTH = new Set([0xff0c, 0xff1b, 0xff1a, 0xff01, 0xff1f, 0xff08, 0xff09]);

/** Any character toHalfWidth maps: most texts have none, and a regular expression finds that faster than a loop. */
const MAPPED = new RegExp(`[${codeClass((c) => (c >= 0xff01 && c <= 0xff5e && !KEEP_FULL_WIDTH.has(c)) || c === 0x3000)}]`);

/** Full-width ASCII (！…～) and the ideographic space, mapped to their half-width forms one to one. */
export function toHalfWidth(text: string): string {
  const first = text.search(MAPPED);
  if (first < 0) return text;
  // Copy unchanged runs as slices: most texts have few characters to map.
  let out = '';
  let from = 0;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let half: string;
    if (c >= 0xff01 && c <= 0xff5e && !KEEP_FULL_WIDTH.has(c)) half = String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) half = ' ';
    else continue;
    out += text.slice(from, i) + half;
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * The normalised twin of a text: simplified script, half-width letters and digits.
 * Always the same length as the input so that every offset is valid in both.
 */
export function normalizeText(text: string): string {
  const half = toHalfWidth(text);
  const simplified = toSimplified(half);
  if (simplified.length === half.length) return simplified;
  // A phrase conversion changed the length: fall back to character by character.
  let out = '';
  for (const ch of half) {
    const s = toSimplified(ch);
    out += s.length === ch.length ? s : ch;
  }
  return out;
}
