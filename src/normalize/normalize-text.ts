import { toSimplified } from './to-simplified.ts';

/** Full-width ASCII (！…～) and the ideographic space, mapped to their half-width forms one to one. */
export function toHalfWidth(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e && !KEEP_FULL_WIDTH.has(c)) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

// Chinese punctuation that sentence splitting and cue patterns rely on stays full-width.
const KEEP_FULL_WIDTH = new Set([0xff0c, 0xff1b, 0xff1a, 0xff01, 0xff1f, 0xff08, 0xff09]);

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
