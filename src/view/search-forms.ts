/** The folded search forms of an entity's names (name, English name, aliases): simplified, NFKC, lower case, no spaces. */
import { toSimplified } from '../normalize/to-simplified.ts';
import { foldSearchText } from './fold-search-text.ts';

export function searchForms(names: (string | null | undefined)[]): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const folded = foldSearchText(toSimplified(name));
    if (folded) forms.add(folded);
  }
  return [...forms];
}
