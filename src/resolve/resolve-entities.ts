import type { Doc, Mention, ResolvedEntity } from '../types.ts';
import type { Lexicon, LexiconEntry } from '../lexicon/load-lexicon.ts';
import { SHORT_FORM_SUFFIXES } from '../recognize/org-suffixes.ts';
import { isGeneric } from '../recognize/generic-words.ts';
import { sentenceAt } from '../recognize/sentence-at.ts';
import { entityKeyOf } from './entity-key.ts';
import { regionalSenses } from './regional-senses.ts';
import { foreignQualifiedBodies } from './foreign-qualified-bodies.ts';
import { foreignSentenceBodies } from './foreign-sentence-bodies.ts';
import { withoutDescriptiveNames } from './descriptive-names.ts';
import { wordTag } from '../segment/word-shape.ts';
import { tokenIndex } from '../segment/token-index.ts';

const ORG_TYPES = new Set(['Company', 'Organization', 'GovernmentBody', 'MediaOutlet']);
// （以下简称“蚂蚁”）, (下称"央行"), 简称：证监会
const DEFINITION = /^\s*[（(]?\s*(?:以下|下文)?(?:简称|下称|称)\s*[:：]?\s*[“"「『]([^”"」』）)]{2,12})[”"」』]/;
// （简称东风有限）, (以下简称小康集团): a definition in brackets may leave the short name unquoted; it then runs to the bracket.
const BARE_DEFINITION = /^\s*[（(]\s*(?:以下|下文)?(?:简称|下称)\s*[:：]?\s*([^“”"「」『』（()）,，、。；;：:\s]{2,12})[)）]/;
// 唐森（Jeffrey Towson）, 福特（Ford）: a Latin gloss right after a name.
const LATIN_GLOSS = /^[（(]([A-Za-z][A-Za-z0-9&.' -]{1,48})[)）]/;
const HAS_CJK = /[\u4e00-\u9fff]/;
const COMMON_WORD_TAGS = new Set(['n', 'vn', 'v', 'a', 'an', 'ad', 'd']);
const OPEN_PAREN = /^[（(]$/;
const CLOSE_PAREN = /^[）)]$/;

/**
 * One entity per referent within an article: lexicon ids, in-article definitions (以下简称X), Latin glosses,
 * short forms (阿里巴巴集团 … 阿里巴巴, 中国银联 … 银联), discovered names that are a known entity plus a
 * corporate ending (福特汽车公司 → 福特), and 中共-prefixed body names (中共央行 is an alias of 央行's entity).
 * Returns the entities and the complete, non-overlapping mention list.
 */
export function resolveEntities(doc: Doc, mentions: Mention[], lexicon: Lexicon): { entities: ResolvedEntity[]; mentions: Mention[] } {
  // 上市证券公司, 各大银行, 大城市: descriptions of a kind that a recognizer's cue took for names.
  let all = withoutDescriptiveNames(mentions).map((m) => (m.source === 'discovery' && ORG_TYPES.has(m.type) ? knownByStripping(m, lexicon) : m));
  all = outletGroups(all, lexicon);
  all = appositiveAbbreviations(doc, all, lexicon);
  all = oneTypePerName(all);
  // 證監會 on a Hong Kong page is Hong Kong's commission: bare forms read in the page's region.
  all = regionalSenses(doc, all, lexicon);
  // 新加坡知识产权局, 纽西兰前卫生部长: a bare body name after another country's name is that country's body.
  all = foreignQualifiedBodies(doc, all, lexicon);
  // 美国财长耶伦表示，财政部将…: a bare PRC ministry name in a sentence whose actor is another country's.
  all = foreignSentenceBodies(doc, all, lexicon);
  all = localSenses(all, lexicon);
  const glossAliases = new Map<string, string[]>();

  // Later forms of an entity: defined abbreviations, Latin glosses and short forms.
  const extra = new Map<string, Mention>(); // surface → template mention
  for (const m of all) {
    const after = doc.norm.slice(m.end, m.end + 52);
    const def = DEFINITION.exec(after) ?? BARE_DEFINITION.exec(after);
    if (def && !isGeneric(def[1]!)) extra.set(def[1]!, m);
    const gloss = LATIN_GLOSS.exec(after);
    if (gloss && m.type !== 'Location') {
      const key = entityKeyOf(m);
      glossAliases.set(key, [...(glossAliases.get(key) ?? []), gloss[1]!.trim()]);
    }
    if (ORG_TYPES.has(m.type) || m.type === 'Product') {
      for (const short of shortForms(m, lexicon)) if (!extra.has(short)) extra.set(short, m);
    }
    // 乔什·罗金 … 罗金表示: a transliterated name is later shortened to its last part.
    const dot = m.type === 'Person' ? Math.max(m.norm.lastIndexOf('·'), m.norm.lastIndexOf('•'), m.norm.lastIndexOf('・')) : -1;
    if (dot > 0 && m.norm.length - dot - 1 >= 2 && !extra.has(m.norm.slice(dot + 1))) extra.set(m.norm.slice(dot + 1), m);
    // William Evanina … Evanina接受路透访问: a Latin full name is later shortened to its family name.
    const space = m.type === 'Person' && LATIN_FULL_NAME.test(m.norm) ? m.norm.lastIndexOf(' ') : -1;
    if (space > 0 && m.norm.length - space - 1 >= 3 && !extra.has(m.norm.slice(space + 1))) extra.set(m.norm.slice(space + 1), m);
    // A name discovered once by its cue (副外长莫尔古洛夫, 智库“X”) is the same name where it recurs without one.
    if (m.source === 'discovery' && !m.nested && m.type !== 'Location' && m.norm.length >= (m.type === 'Person' ? 2 : 3) && !extra.has(m.norm)) extra.set(m.norm, m);
  }
  all = addLaterForms(doc, all, extra);

  const byKey = new Map<string, ResolvedEntity>();
  for (const m of all) {
    const key = entityKeyOf(m);
    let e = byKey.get(key);
    if (!e) {
      const entry = m.lexId ? lexicon.byId.get(m.lexId) : undefined;
      e = { key, type: entry?.type ?? m.type, name: entry?.name ?? m.norm, nameEn: entry?.nameEn, aliases: entry ? [...entry.aliases] : [], mentions: [] };
      byKey.set(key, e);
    }
    e.mentions.push(m);
    if (m.norm !== e.name) e.aliases.push(m.norm);
  }
  for (const [key, aliases] of glossAliases) byKey.get(key)?.aliases.push(...aliases);
  mergeAbbreviations(byKey);
  // 中共央行: the body mention right after a 中共 mention is also called by the prefixed form.
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]!;
    const b = all[i + 1]!;
    if (a.type === 'PoliticalParty' && a.norm === '中共' && b.start === a.end && b.type !== 'PoliticalParty' && b.type !== 'Location') {
      byKey.get(entityKeyOf(b))!.aliases.push(a.norm + b.norm);
    }
  }
  for (const e of byKey.values()) {
    // Discovered names: the fullest surface is the canonical name.
    if (!e.mentions.some((m) => m.lexId)) {
      const longest = e.mentions.reduce((a, b) => (b.norm.length > a.norm.length ? b : a));
      if (longest.norm !== e.name) {
        e.aliases.push(e.name);
        e.name = longest.norm;
      }
    }
    e.aliases = sortedAliases(e.aliases, e.name);
  }
  return { entities: [...byKey.values()], mentions: all };
}

const LATIN_FULL_NAME = /^[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’.-]*)* [A-Z][A-Za-z'’-]+$/;

/** The aliases sorted, each once, without the name: sorting first puts repeats side by side, no Set needed. */
function sortedAliases(aliases: readonly string[], name: string): string[] {
  const sorted = aliases.slice().sort();
  const out: string[] = [];
  for (const a of sorted) if (a !== name && a !== out[out.length - 1]) out.push(a);
  return out;
}

/** Finds each later form in the text (on token boundaries) and ties it to its entity; replaces discovered guesses. */
function addLaterForms(doc: Doc, mentions: Mention[], extra: Map<string, Mention>): Mention[] {
  if (extra.size === 0) return mentions;
  const { startingAt, endingAt } = tokenIndex(doc.tokens);
  const all = [...mentions];
  const removed = new Set<Mention>();
  // Which mention covers each character (the last one placed; nested places share their organisation's span).
  const owner: Array<Mention | undefined> = new Array(doc.norm.length);
  for (const m of all) for (let i = m.start; i < m.end; i++) owner[i] = m;
  for (const [surface, template] of [...extra].sort((a, b) => b[0].length - a[0].length)) {
    const key = entityKeyOf(template);
    for (let at = doc.norm.indexOf(surface); at >= 0; at = doc.norm.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (!startingAt[at] || !endingAt[end]) continue;
      const overlapping = new Set<Mention>();
      for (let i = at; i < end; i++) if (owner[i] && !removed.has(owner[i]!)) overlapping.add(owner[i]!);
      // The mention the form came from, or another of the same entity on the same span, stays as it is.
      if (overlapping.size === 1) {
        const [only] = overlapping;
        if (only!.start === at && only!.end === end && entityKeyOf(only!) === key) continue;
      }
      // Named mentions win; a discovered guess (银联 as a place) gives way to the known entity.
      if ([...overlapping].some((m) => m.source !== 'discovery' || m.end - m.start > surface.length)) continue;
      for (const m of overlapping) removed.add(m);
      const added: Mention = { ...template, key, start: at, end, text: doc.text.slice(at, end), norm: surface, rule: 'short-form', sentence: sentenceAt(doc.sentences, at) };
      all.push(added);
      for (let i = at; i < end; i++) owner[i] = added;
    }
  }
  return all.filter((m) => !removed.has(m)).sort((a, b) => a.start - b.start);
}

// Short forms depend only on the surface, the lexicon id and the lexicon; the same names recur across articles.
const shortFormCache = new WeakMap<Lexicon, { size: number; byId: Map<string, Map<string, readonly string[]>> }>();

/** 阿里巴巴集团 → 阿里巴巴, 中国银联 → 银联: shorter forms an article may use later, unless they name something else. */
function shortForms(m: Mention, lexicon: Lexicon): readonly string[] {
  let cache = shortFormCache.get(lexicon);
  if (!cache) shortFormCache.set(lexicon, (cache = { size: 0, byId: new Map() }));
  // By id, then by surface: the mention's surface is looked up as it is, with no joined key string to build and hash.
  const id = m.lexId ?? '';
  let bySurface = cache.byId.get(id);
  if (!bySurface) cache.byId.set(id, (bySurface = new Map()));
  let forms = bySurface.get(m.norm);
  if (!forms) {
    if (cache.size > 100_000) {
      cache.byId.clear();
      cache.size = 0;
      cache.byId.set(id, (bySurface = new Map()));
    }
    bySurface.set(m.norm, (forms = computeShortForms(m, lexicon)));
    cache.size++;
  }
  return forms;
}

function computeShortForms(m: Mention, lexicon: Lexicon): string[] {
  const entry = m.lexId ? lexicon.byId.get(m.lexId) : undefined;
  const names = new Set([m.norm, ...(entry ? [entry.name, ...entry.aliases] : [])]);
  const out = new Set<string>();
  const consider = (short: string) => {
    const other = lexicon.bySurface.get(short);
    if (short.length >= 2 && HAS_CJK.test(short) && !isGeneric(short) && (!other || other.id === m.lexId)) {
      out.add(short);
      return true;
    }
    return false;
  };
  for (const name of names) {
    if (!HAS_CJK.test(name)) continue;
    // Drop corporate and industry endings one after another.
    for (const short of strippedForms(name)) consider(short);
    // Drop a leading place name: 中国银联 → 银联, 台湾中央银行 → 中央银行 is generic and stays out.
    for (let len = 2; len <= 4 && len < name.length - 1; len++) {
      const place = lexicon.bySurface.get(name.slice(0, len));
      // …but not to an everyday word (中国邮政 → 邮政, 中国烟草 → 烟草): the article means the thing, not the firm.
      if (place?.type === 'Location' && !COMMON_WORD_TAGS.has(wordTag(name.slice(len)) ?? '')) consider(name.slice(len));
    }
  }
  out.delete(m.norm);
  return [...out];
}

// The endings of a company's name: a paper's name with one (星岛集团, 南华早报集团) names the company behind it.
const GROUP_ENDING = /(?:集团|集团公司|控股|有限公司|股份有限公司|公司)$/;

/**
 * 星岛集团 is the company that owns 星岛日报, not the paper: an outlet's lexicon name written with a company's ending
 * (and not listed so in the lexicon) is the company, an entity of its own.
 */
function outletGroups(mentions: Mention[], lexicon: Lexicon): Mention[] {
  return mentions.map((m) => {
    const entry = m.lexId ? lexicon.byId.get(m.lexId) : undefined;
    if (entry?.type !== 'MediaOutlet' || !GROUP_ENDING.test(m.norm) || lexicon.bySurface.get(m.norm)?.id === entry.id) return m;
    return { ...m, lexId: undefined, type: 'Company', source: 'discovery', rule: 'outlet-group' };
  });
}

/** A discovered organisation that is a known entity plus endings (福特汽车公司 → 福特汽车) takes the known id. */
function knownByStripping(m: Mention, lexicon: Lexicon): Mention {
  for (const form of strippedForms(m.norm)) {
    const entry: LexiconEntry | undefined = lexicon.bySurface.get(form);
    if (entry && ORG_TYPES.has(entry.type)) return { ...m, lexId: entry.id, type: entry.type, source: 'lexicon', rule: 'lexicon-stripped' };
  }
  return m;
}

/**
 * 天津轨交集团 is 天津轨道交通集团有限公司: a discovered organisation whose name, without its ending, is an
 * in-order subsequence of another organisation's name that starts the same way joins that entity.
 */
function mergeAbbreviations(byKey: Map<string, ResolvedEntity>): void {
  const orgs = [...byKey.values()].filter((e) => ORG_TYPES.has(e.type));
  for (const short of orgs) {
    if (short.mentions.some((m) => m.lexId)) continue;
    const core = stripEndings(short.name);
    if (core.length < 3) continue;
    const target = orgs.find((long) => {
      if (long === short || long.type !== short.type || !byKey.has(long.key)) return false;
      const longCore = stripEndings(long.name);
      return longCore.length > core.length && longCore.slice(0, 2) === core.slice(0, 2) && isSubsequence(core, longCore);
    });
    if (!target) continue;
    target.mentions.push(...short.mentions);
    target.aliases.push(short.name, ...short.aliases);
    for (const m of short.mentions) m.key = target.key;
    byKey.delete(short.key);
  }
}

function stripEndings(name: string): string {
  return strippedForms(name).at(-1) ?? name;
}

/** 福特汽车公司 → [福特汽车, 福特]: the name without its corporate and industry endings, one at a time. */
function strippedForms(name: string): string[] {
  const forms: string[] = [];
  let current = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SHORT_FORM_SUFFIXES) {
      if (current.endsWith(suffix) && current.length - suffix.length >= 2) {
        current = current.slice(0, -suffix.length);
        forms.push(current);
        changed = true;
        break;
      }
    }
  }
  return forms;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** 上海股票交易所（上交所）: a discovered name glossed by a known short name is that known entity. */
function appositiveAbbreviations(doc: Doc, mentions: Mention[], lexicon: Lexicon): Mention[] {
  return mentions.map((m, i) => {
    if (m.source !== 'discovery' || !ORG_TYPES.has(m.type)) return m;
    const next = mentions[i + 1];
    if (!next?.lexId || !ORG_TYPES.has(next.type)) return m;
    const between = doc.norm.slice(m.end, next.start);
    const close = doc.norm[next.end];
    if (!OPEN_PAREN.test(between) || !CLOSE_PAREN.test(close ?? '')) return m;
    const entry = lexicon.byId.get(next.lexId)!;
    return { ...m, lexId: entry.id, type: entry.type, source: 'lexicon', rule: 'apposition' };
  });
}

/**
 * 美国商务部 … 商务部: where an article names a body with its place in front, the bare name means that body
 * in this article, not the one the lexicon gives the bare name to (China's 商务部).
 */
function localSenses(mentions: Mention[], lexicon: Lexicon): Mention[] {
  const remap = new Map<string, string>(); // bare entity id → local entity id
  const surfaces = new Map<string, Set<string>>(); // entity id → the forms the article uses for it
  for (const m of mentions) if (m.lexId) (surfaces.get(m.lexId) ?? surfaces.set(m.lexId, new Set()).get(m.lexId)!).add(m.norm);
  for (const m of mentions) {
    if (!m.lexId || !ORG_TYPES.has(m.type)) continue;
    for (let len = 2; len <= 4 && len < m.norm.length - 1; len++) {
      const place = lexicon.bySurface.get(m.norm.slice(0, len));
      const bareSurface = m.norm.slice(len);
      const bare = lexicon.bySurface.get(bareSurface);
      if (place?.type !== 'Location' || !bare || bare.id === m.lexId || !ORG_TYPES.has(bare.type)) continue;
      // Unless the article also names the other body by a fuller form (中国证监会 beside 香港证监会 … 证监会).
      if ([...(surfaces.get(bare.id) ?? [])].some((form) => form !== bareSurface)) continue;
      remap.set(bare.id, m.lexId);
    }
  }
  if (remap.size === 0) return mentions;
  return mentions.map((m) => {
    const to = m.lexId ? remap.get(m.lexId) : undefined;
    if (!to) return m;
    const entry = lexicon.byId.get(to)!;
    return { ...m, lexId: to, type: entry.type, rule: 'local-sense' };
  });
}

// Which discovery rule to believe when one name was found as two types (欧特（Autel Inc）… 欧特表示).
const RULE_RANK = ['org-suffix', 'org-glossed', 'org-latin-after-kind', 'media-channel', 'media-title', 'product-quoted', 'person-glossed', 'person-after-role', 'person-after-role-latin', 'person-transliterated', 'person-title-author', 'hint-byline', 'person-oov', 'hint-tag-link', 'place-suffix', 'person-speech', 'person-photo-credit'];

/** A name discovered as two types in one article is one entity: the most specific rule decides the type. */
function oneTypePerName(mentions: Mention[]): Mention[] {
  const best = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.lexId) continue;
    const seen = best.get(m.norm);
    const rank = (x: Mention) => {
      const r = RULE_RANK.indexOf(x.rule ?? '');
      return r < 0 ? RULE_RANK.length : r;
    };
    if (!seen || rank(m) < rank(seen)) best.set(m.norm, m);
  }
  return mentions.map((m) => {
    const b = m.lexId ? undefined : best.get(m.norm);
    return b && b.type !== m.type ? { ...m, type: b.type } : m;
  });
}
