import type { Doc, Mention } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { isCountry } from '../recognize/countries.ts';
import { tokenEndingAt, tokenStartingAt } from '../segment/token-index.ts';
import { isForeignPlace, mainlandBody, MAINLAND_NAME } from './foreign-qualified-bodies.ts';

/**
 * A bare ministry name (财政部, 国务院, 商务部) in a sentence about another country is that country's ministry:
 * 美国财长耶伦周三表示，财政部将… is the US Treasury, not the PRC ministry the lexicon links the bare form to.
 * Only government bodies the lexicon places in the mainland (`mainlandBody`) and only bare forms (a mention that
 * does not itself open with a place: 中国外交部 stays) are read this way.
 *
 * The sense is decided by the nearest place before the body in the same sentence, when that place opens an actor's
 * phrase (a noun or a name follows it: 美国财长, 美国政府, 美国总统特朗普), not when it ends a clause or is a
 * verb's object (他访问了新加坡，…; 针对美国正在考虑…; 直斥美国国务卿…). A mainland place (中国, 中共) keeps the PRC body; a
 * foreign country or Hong Kong, Macau or Taiwan makes it that place's body: the lexicon's entry for the whole name
 * when there is one (美国 + 财政部 → 美国财政部), else the mention is left unlinked (its own entity).
 * Examples: tests/unit/resolve/foreign-sentence-bodies.test.ts.
 */
const MAINLAND_PLACE = new Set(['中国', '中华人民共和国', '大陆', '内地', '中共']);
// The segmenter's noun tags (and names): the place heads or qualifies an actor's phrase.
const NOUN_POS = /^(?:n[a-z]*|vn|j)$/;
// Words before a place that make it a setting or a topic, not the actor's country (在美国, 针对美国, 对美国).
// Titles and words for the state right after a place (the segmenter may tag 首相 as an adverb).
const ACTOR_AFTER = /^(?:总统|副总统|总理|首相|国务卿|财长|外长|部长|大使|官员|政府|当局|方面|议员|领导人)/;
const SETTING_BEFORE = /(?:在|于|针对|对|向|与|和|同|跟|赴|到|往|从|自)$/;
// Verbs of criticism and reply the segmenter may not tag as verbs (直斥美国…): their object is not the actor.
const CRITICISM_BEFORE = /(?:斥|批|责|驳|击|告|应)$/;

type Sense = 'mainland' | 'foreign' | undefined;

function placeSense(doc: Doc, place: Mention, lexicon: Lexicon): Sense {
  if (place.type !== 'Location') return undefined;
  const name = place.lexId ? (lexicon.byId.get(place.lexId)?.name ?? place.norm) : place.norm;
  if (MAINLAND_PLACE.has(place.norm) || MAINLAND_PLACE.has(name)) return 'mainland';
  if (!isForeignPlace(place, lexicon)) return undefined;
  if (SETTING_BEFORE.test(doc.norm.slice(Math.max(0, place.start - 2), place.start))) return undefined;
  // A verb right before the place takes it as its object (直斥美国国务卿…): the actor is someone else.
  const before = tokenEndingAt(doc.tokens, place.start);
  if (before !== undefined && (/^v/.test(before.pos) || CRITICISM_BEFORE.test(doc.norm.slice(before.start, before.end)))) return undefined;
  const next = tokenStartingAt(doc.tokens, place.end);
  return ACTOR_AFTER.test(doc.norm.slice(place.end, place.end + 3)) || (next !== undefined && NOUN_POS.test(next.pos)) ? 'foreign' : undefined;
}

/** The country name the mention opens with (美国 in 美国财政部), if any. */
function opensWithPlace(norm: string): boolean {
  if (MAINLAND_NAME.test(norm)) return true;
  for (let n = 2; n <= 5 && n < norm.length; n++) if (isCountry(norm.slice(0, n))) return true;
  return false;
}

export function foreignSentenceBodies(doc: Doc, mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  const places = mentions.filter((m) => m.type === 'Location').sort((a, b) => a.start - b.start);
  if (places.length === 0) return [...mentions];
  return mentions.map((m) => {
    if (!m.lexId || m.nested || m.type !== 'GovernmentBody' || m.rule === 'foreign-qualified') return m;
    const entry = lexicon.byId.get(m.lexId);
    if (!entry || !mainlandBody(entry) || opensWithPlace(m.norm)) return m;
    let sense: Sense;
    let place: Mention | undefined;
    for (let i = places.length - 1; i >= 0 && sense === undefined; i--) {
      const p = places[i]!;
      if (p.end > m.start || p.sentence !== m.sentence) continue;
      sense = placeSense(doc, p, lexicon);
      place = p;
    }
    if (sense !== 'foreign' || !place) return m;
    const name = place.lexId ? (lexicon.byId.get(place.lexId)?.name ?? place.norm) : place.norm;
    const whole = lexicon.bySurface.get(place.norm + m.norm) ?? lexicon.bySurface.get(name + m.norm);
    if (whole && whole.id !== entry.id && whole.type === 'GovernmentBody') return { ...m, lexId: whole.id, rule: 'foreign-sentence' };
    return { ...m, lexId: undefined, source: 'discovery', rule: 'foreign-sentence' };
  });
}
