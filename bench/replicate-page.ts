/**
 * Copy `copy` of a corpus page for the memory benchmark: every run of two or more ASCII digits has each digit shifted
 * by `copy` (mod 10). Outlets' article ids (n10713473, /a/4553286.html, idCNKCS1LN17I), URLs, dates and figures
 * change, so the copy is a new article with a new id and a new text hash (not a duplicate of the original), while the
 * sentences, names and markup, and so the work of analysing it, stay the same. Single digits are kept: `UTF-8`,
 * `<h2>`. Copy 0 is the page itself. Pure.
 */
export function replicatePage(text: string, copy: number): string {
  if (!Number.isInteger(copy) || copy < 0 || copy > 9) throw new RangeError(`replicatePage: copy ${copy} is not 0–9`);
  if (copy === 0) return text;
  return text.replace(/[0-9]{2,}/g, (run) => run.replace(/[0-9]/g, (d) => String((Number(d) + copy) % 10)));
}
