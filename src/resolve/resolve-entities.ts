import type { Doc, Mention, ResolvedEntity } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { SHORT_FORM_SUFFIXES } from '../recognize/org-suffixes.ts';
import { isGeneric } from '../recognize/generic-words.ts';
import { sentenceAt } from '../recognize/sentence-at.ts';
import { entityKeyOf } from './entity-key.ts';

const ORG_TYPES = new Set(['Company', 'Organization', 'GovernmentBody', 'MediaOutlet']);
// （以下简称“蚂蚁”）, (下称"央行"), 简称：证监会
const DEFINITION = /^\s*[（(]?\s*(?:以下|下文)?(?:简称|下称|称)\s*[:：]?\s*[“"「『]([^”"」』）)]{2,12})[”"」』]/;

/**
 * One entity per referent within an article: lexicon ids, in-article definitions (以下简称X), corporate short
 * forms (阿里巴巴集团 … 阿里巴巴), and 中共-prefixed body names (中共央行 is an alias of 央行's entity).
 * Returns the entities and the complete, non-overlapping mention list (short forms found here added).
 */
export function resolveEntities(doc: Doc, mentions: Mention[], lexicon: Lexicon): { entities: ResolvedEntity[]; mentions: Mention[] } {
  const all = [...mentions];
  const occupied = new Uint8Array(doc.norm.length);
  for (const m of all) occupied.fill(1, m.start, m.end);
  const tokenStarts = new Set(doc.tokens.map((t) => t.start));
  const tokenEnds = new Set(doc.tokens.map((t) => t.end));

  // Later forms of an entity: defined abbreviations and short forms.
  const extra = new Map<string, Mention>(); // surface → template mention
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    const def = DEFINITION.exec(doc.norm.slice(m.end, m.end + 24));
    if (def && !isGeneric(def[1]!)) extra.set(def[1]!, m);
    if (ORG_TYPES.has(m.type)) {
      for (const short of shortForms(m, lexicon)) if (!extra.has(short)) extra.set(short, m);
    }
  }
  for (const [surface, template] of extra) {
    for (let at = doc.norm.indexOf(surface); at >= 0; at = doc.norm.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (!tokenStarts.has(at) || !tokenEnds.has(end)) continue;
      let free = true;
      for (let i = at; i < end; i++) if (occupied[i]) free = false;
      if (!free) continue;
      occupied.fill(1, at, end);
      all.push({ ...template, key: entityKeyOf(template), start: at, end, text: doc.text.slice(at, end), norm: surface, rule: 'short-form', source: template.source, sentence: sentenceAt(doc.sentences, at) });
    }
  }
  all.sort((a, b) => a.start - b.start);

  const byKey = new Map<string, ResolvedEntity>();
  for (const m of all) {
    const key = entityKeyOf(m);
    let e = byKey.get(key);
    if (!e) {
      const entry = m.lexId ? lexicon.byId.get(m.lexId) : undefined;
      e = {
        key,
        type: entry?.type ?? m.type,
        name: entry?.name ?? m.norm,
        nameEn: entry?.nameEn,
        aliases: entry ? [...entry.aliases] : [],
        mentions: [],
      };
      byKey.set(key, e);
    }
    e.mentions.push(m);
    if (!e.aliases.includes(m.norm) && m.norm !== e.name) e.aliases.push(m.norm);
  }
  // 中共央行: the body mention right after a 中共 mention is also called by the prefixed form.
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]!;
    const b = all[i + 1]!;
    if (a.type === 'PoliticalParty' && a.norm === '中共' && b.start === a.end && b.type !== 'PoliticalParty' && b.type !== 'Location') {
      const e = byKey.get(entityKeyOf(b))!;
      const prefixed = a.norm + b.norm;
      if (!e.aliases.includes(prefixed)) e.aliases.push(prefixed);
    }
  }
  // Discovered names: the fullest surface is the canonical name.
  for (const e of byKey.values()) {
    if (!e.mentions.some((m) => m.lexId)) {
      const longest = e.mentions.reduce((a, b) => (b.norm.length > a.norm.length ? b : a));
      if (longest.norm !== e.name) {
        e.aliases = e.aliases.filter((x) => x !== longest.norm);
        e.aliases.push(e.name);
        e.name = longest.norm;
      }
    }
    e.aliases = [...new Set(e.aliases)].filter((x) => x !== e.name).sort();
  }
  return { entities: [...byKey.values()], mentions: all };
}

/** 阿里巴巴集团 → 阿里巴巴: shorter forms an article may use later, unless they name something else. */
function shortForms(m: Mention, lexicon: Lexicon): string[] {
  const names = new Set([m.norm]);
  const entry = m.lexId ? lexicon.byId.get(m.lexId) : undefined;
  if (entry) names.add(entry.name);
  const out: string[] = [];
  for (const name of names) {
    for (const suffix of SHORT_FORM_SUFFIXES) {
      if (!name.endsWith(suffix)) continue;
      const short = name.slice(0, -suffix.length);
      const other = lexicon.bySurface.get(short);
      if (short.length >= 2 && !isGeneric(short) && (!other || other.id === m.lexId) && /[\u4e00-\u9fff]/.test(short)) out.push(short);
      break;
    }
  }
  return out;
}
