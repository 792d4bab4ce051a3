/** Turns traditional characters into simplified ones; the eval has no script converter of its own. */
export type Simplify = (s: string) => string;

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) out += String.fromCodePoint(c - FULLWIDTH_OFFSET);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/**
 * The form in which gold and system names are compared: trimmed, simplified (when a converter is given),
 * full-width ASCII folded to half-width, Latin lower-cased, book-title marks 《》 removed, whitespace collapsed.
 * The same function is applied to both sides, so `《华日》` matches `华日` and `ＦＩＣＯ` matches `fico`.
 */
export function normalizeMatchName(name: string, simplify?: Simplify): string {
  const simplified = simplify === undefined ? name : simplify(name);
  return toHalfWidth(simplified)
    .replace(/[《》]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
