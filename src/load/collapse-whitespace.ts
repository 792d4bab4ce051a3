/** Latin letters, digits and the Latin punctuation after which a space separates words. */
const LATIN_BEFORE = /[A-Za-z0-9\u00c0-\u024f.,;:!?%)\]'"]/;
const LATIN_AFTER = /[A-Za-z0-9\u00c0-\u024f(\['"$]/;

/** Exactly the characters `\s` matches, by UTF-16 code (built from the regex itself, so the two cannot differ). */
const SPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) SPACE[c] = 1;

/**
 * Collapses whitespace the way Chinese text needs it: a run of whitespace that contains a line break (markup
 * layout between text nodes) disappears, unless it separates two Latin words; any other run becomes one space.
 * A hand-written scan (this runs on every text node of every page): unchanged text is copied in slices.
 */
export function collapseWhitespace(raw: string): string {
  let out = '';
  let from = 0; // raw[from, i) is still to be copied
  let i = 0;
  while (i < raw.length) {
    if (SPACE[raw.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    let j = i;
    let lineBreak = false;
    for (let c = raw.charCodeAt(j); j < raw.length && SPACE[c] === 1; c = raw.charCodeAt(++j)) {
      if (c === 10 || c === 13) lineBreak = true;
    }
    const keep = !lineBreak || (LATIN_BEFORE.test(raw[i - 1] ?? '') && LATIN_AFTER.test(raw[j] ?? ''));
    // A single plain space that stays is already what the output needs.
    if (!(keep && j === i + 1 && raw.charCodeAt(i) === 32)) {
      out += raw.slice(from, i) + (keep ? ' ' : '');
      from = j;
    }
    i = j;
  }
  return (from === 0 ? raw : out + raw.slice(from)).trim();
}
