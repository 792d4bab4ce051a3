import type { Doc, Fact, Mention } from '../types.ts';
import { entityKeyOf } from '../resolve/entity-key.ts';
import { makeFact } from './make-fact.ts';
import { isCountry } from '../recognize/countries.ts';

/**
 * A company or government body named after its city or province is located there (天津轨道交通集团 → 天津;
 * 湖北荆州中级法院 → 荆州). A country in a name says nationality, not place, so it gives nothing.
 */
const GOVERNMENT_OF_PLACE = /^(?:市|省|县|区|州)?(?:人民)?(?:政府|当局|市委|省委|县委|区委)$/;

export function namePlaceFacts(doc: Doc, mentions: readonly Mention[]): Fact[] {
  const facts: Fact[] = [];
  const nested = mentions.filter((m) => m.nested && m.type === 'Location');
  if (nested.length === 0) return facts;
  for (const org of mentions) {
    if (org.nested || (org.type !== 'Company' && org.type !== 'GovernmentBody')) continue;
    const inside = nested.filter((p) => p.start >= org.start && p.end <= org.end).sort((a, b) => a.start - b.start);
    // An envoy's office (澳大利亚驻北京使馆) sits in the place after 驻.
    const at = org.norm.indexOf('驻');
    if (at >= 0) {
      const host = inside.find((p) => p.start === org.start + at + 1);
      if (host) facts.push(makeFact(doc, doc.sentences[org.sentence] ?? org, { key: entityKeyOf(org) }, { key: entityKeyOf(host) }, 'LOCATED_IN', { id: 'located-envoy-office', confidence: 0.7 }, '驻' + host.norm, org.start, org.end));
      continue;
    }
    // Only the places the name starts with (天津…, 湖北荆州…), one after another.
    const leading: Mention[] = [];
    for (const p of inside) if (p.start === (leading.at(-1)?.end ?? org.start)) leading.push(p);
    const places = leading.filter((p) => !isCountry(p.norm));
    if (places.length === 0) continue;
    // 北京政府, 上海市政府: the place's own government, not an organisation located there.
    if (GOVERNMENT_OF_PLACE.test(org.norm.slice(places[places.length - 1]!.end - org.start))) continue;
    const sentence = doc.sentences[org.sentence] ?? { start: org.start, end: org.end };
    const last = places[places.length - 1]!;
    facts.push(makeFact(doc, sentence, { key: entityKeyOf(org) }, { key: entityKeyOf(last) }, 'LOCATED_IN', { id: 'located-name-prefix', confidence: 0.7 }, last.norm, org.start, org.end));
  }
  return facts;
}
