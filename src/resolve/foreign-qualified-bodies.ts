import type { Doc, Mention } from '../types.ts';
import type { Lexicon, LexiconEntry } from '../lexicon/load-lexicon.ts';
import { isCountry } from '../recognize/countries.ts';
import { REGIONS } from '../recognize/region-places.ts';

/**
 * A bare body name right after another country's or region's name is that country's body: 新加坡知识产权局 is
 * Singapore's IP office, 纽西兰前卫生部长 New Zealand's health minister, 香港《经济日报》 Hong Kong's paper — not the
 * PRC bodies the lexicon links the bare forms 知识产权局, 卫生部, 经济日报 to. Such a mention is linked to the lexicon
 * entry of the whole name when there is one (香港 + 经济日报 → 香港经济日报); else, when the lexicon's body is a PRC
 * one (its names say so: 国家知识产权局, … of China), it is left unlinked (its own entity). Other bodies keep their
 * link: the lexicon does not say where 明报 is, so 香港《明报》 stays 明报.
 *
 * The place is a country or Hong Kong, Macau or Taiwan (a mention of its own, typed Location), joined to the body by
 * nothing, 前 (a former minister) or an opening title mark; it is foreign to the entity unless the entity's own
 * names carry it (新加坡 + 联合早报: 新加坡联合早报 is an alias) or it is the mainland's own (中国 + 卫健委 is the PRC
 * body). Examples: tests/unit/resolve/foreign-qualified-bodies.test.ts.
 */
const BODY_TYPES = new Set(['GovernmentBody', 'MediaOutlet']);
const JOINER = /^(?:前|的)?[《“"「]?$/;
// The mainland's own words: before a PRC body they restate whose it is.
const MAINLAND = new Set(['中国', '中华人民共和国', '大陆', '内地', '中共', '国家']);
const TITLE_MARKS = /[《》“”"「」]/g;

/** A country or region other than the mainland, by its surface or its lexicon name (纽西兰 is 新西兰). */
export function isForeignPlace(m: Mention, lexicon: Lexicon): boolean {
  if (m.type !== 'Location') return false;
  const names = [m.norm, ...(m.lexId ? [lexicon.byId.get(m.lexId)?.name ?? ''] : [])];
  if (names.some((n) => MAINLAND.has(n))) return false;
  return names.some((n) => isCountry(n) || (REGIONS as readonly string[]).includes(n));
}

// A mainland body says so in one of its names (国家卫健委, 中国外交部) or its English name (… of China).
export const MAINLAND_NAME = /^(?:中国|中共|国家|中华人民共和国|中央)/;
const MAINLAND_EN = /\b(?:China|Chinese|PRC|People's Republic)\b/;

/** A PRC body: only these are linked from bare forms other countries' bodies share; others keep their link. */
export function mainlandBody(entry: LexiconEntry): boolean {
  return MAINLAND_EN.test(entry.nameEn ?? '') || [entry.name, ...entry.aliases].some((n) => MAINLAND_NAME.test(n));
}

/** The entity's own names carry the place (新加坡联合早报 for 联合早报, 美国民主党 for 民主党). */
function homeOf(entry: LexiconEntry, place: string): boolean {
  return entry.name.includes(place) || entry.aliases.some((a) => a.includes(place));
}

export function foreignQualifiedBodies(doc: Doc, mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const placeEndingAt = new Map<number, Mention>();
  for (const m of sorted) if (!m.nested && isForeignPlace(m, lexicon)) placeEndingAt.set(m.end, m);
  if (placeEndingAt.size === 0) return [...mentions];
  return mentions.map((m) => {
    if (!m.lexId || m.nested || !BODY_TYPES.has(m.type)) return m;
    const entry = lexicon.byId.get(m.lexId);
    if (!entry) return m;
    for (let gap = 0; gap <= 2 && gap <= m.start; gap++) {
      const place = placeEndingAt.get(m.start - gap);
      if (!place || !JOINER.test(doc.norm.slice(place.end, m.start))) continue;
      const whole = lexicon.bySurface.get(place.norm + m.norm.replace(TITLE_MARKS, ''));
      if (whole && whole.id !== entry.id && BODY_TYPES.has(whole.type)) return { ...m, lexId: whole.id, type: whole.type, rule: 'foreign-qualified' };
      if (!mainlandBody(entry) || homeOf(entry, place.norm)) return m;
      return { ...m, lexId: undefined, source: 'discovery', rule: 'foreign-qualified' };
    }
    return m;
  });
}
