/** Latin letters, digits and the Latin punctuation after which a space separates words. */
const LATIN_BEFORE = /[A-Za-z0-9\u00c0-\u024f.,;:!?%)\]'"]/;
const LATIN_AFTER = /[A-Za-z0-9\u00c0-\u024f(\['"$]/;

/**
 * Collapses whitespace the way Chinese text needs it: a run of whitespace that contains a line break (markup
 * layout between text nodes) disappears, unless it separates two Latin words; any other run becomes one space.
 */
export function collapseWhitespace(raw: string): string {
  const out = raw.replace(/\s+/g, (run, offset: number, whole: string) => {
    if (!/[\n\r]/.test(run)) return ' ';
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + run.length] ?? '';
    return LATIN_BEFORE.test(before) && LATIN_AFTER.test(after) ? ' ' : '';
  });
  return out.trim();
}
