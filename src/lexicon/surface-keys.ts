/** Latin-script surface: no CJK characters, at least one ASCII letter. */
const LATIN = /^[^\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]*[A-Za-z][^\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]*$/;
/** Short all-capital acronyms (WHO, SAFE, AP) stay case-sensitive: their lower-case forms are ordinary English words. */
const ACRONYM = /^[A-Z0-9&.\-]{1,5}$/;

/**
 * The lookup keys of one surface form: the form exactly as written, plus its lower-cased form for
 * Latin names that are not short acronyms (`Ant Group` → `ant group`; `WHO` stays `WHO` only).
 */
export function surfaceKeys(surface: string): string[] {
  if (!LATIN.test(surface) || ACRONYM.test(surface)) return [surface];
  const lower = surface.toLowerCase();
  return lower === surface ? [surface] : [surface, lower];
}
