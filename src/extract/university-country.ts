import type { Doc, Fact, Mention } from '../types.ts';
import { entityKeyOf } from '../resolve/entity-key.ts';
import { makeFact } from './make-fact.ts';
import { isCountry } from '../recognize/countries.ts';
import { isUniversity } from './name-place-facts.ts';

/** Rule id: a foreign country a university's name starts with is where it is (美国西北大学 → 美国). */
export const UNIVERSITY_COUNTRY_RULE = 'located-university-country';

// The longest country name the table holds in a name's first characters (印度尼西亚 is five).
const LONGEST_COUNTRY = 5;
// What must be left of the name after the country: a name of its own, not a bare 大学 (美国大学 is a kind).
const MIN_REST = 3;

/**
 * 美国西北大学, 英国伦敦国王学院: a university read as one name that starts with a foreign country is in that
 * country (not China: 中国人民大学 and 中国科技大学 are named by the country, not placed by it). The country's node
 * is the one the article names it by elsewhere; without such a mention the name gives nothing.
 */
export function universityCountryFacts(doc: Doc, mentions: readonly Mention[]): Fact[] {
  const facts: Fact[] = [];
  const countries = new Map<string, Mention>();
  for (const m of mentions) if (m.type === 'Location' && !m.nested && isCountry(m.norm) && !countries.has(m.norm)) countries.set(m.norm, m);
  for (const org of mentions) {
    if (org.nested || !isUniversity(org)) continue;
    // The country read inside the name (a nested mention), else the one the article names it by elsewhere.
    const inside = mentions.find((p) => p.nested && p.type === 'Location' && p.start === org.start && p.end < org.end);
    let country: Mention | undefined;
    if (inside) country = isCountry(inside.norm) && org.end - inside.end >= MIN_REST ? inside : undefined;
    else {
      for (let len = Math.min(LONGEST_COUNTRY, org.norm.length - MIN_REST); len >= 2 && !country; len--) {
        const name = org.norm.slice(0, len);
        if (isCountry(name)) country = countries.get(name);
      }
    }
    if (!country || isChinaName(country)) continue;
    const sentence = doc.sentences[org.sentence] ?? { start: org.start, end: org.end };
    facts.push(makeFact(doc, sentence, { key: entityKeyOf(org) }, { key: entityKeyOf(country) }, 'LOCATED_IN', { id: UNIVERSITY_COUNTRY_RULE, confidence: 0.55 }, country.norm, org.start, org.end));
  }
  return facts;
}

/** 中国 and its other names (大陆, 内地, 中华人民共和国): the country Chinese news is written from. */
function isChinaName(country: Mention): boolean {
  return country.lexId === 'china' || /^(?:中国|大陆|内地|中华人民共和国)$/.test(country.norm);
}
