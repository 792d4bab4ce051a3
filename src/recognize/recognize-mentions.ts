import type { Doc, EntityType, Mention } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { matchLexicon } from './match-lexicon.ts';
import { senseChecked } from './sense-checks.ts';
import { discoverEntities } from './discover-entities.ts';
import { orgSuffixType, UNIT_SUFFIXES } from './org-suffixes.ts';
import { looksLikeChineseName } from './surnames.ts';
import { wordTag } from '../segment/word-shape.ts';
import { isCountry } from './countries.ts';
import { divisionNamed } from '../ner/admin-divisions.ts';
import { isTransliterationCode } from './transliteration.ts';
import { isGeneric } from './generic-words.ts';
import { sentenceAt } from './sentence-at.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { entityKey } from '../graph/graph-keys.ts';
import { tokenEndingAt, tokenIndex, tokenStartingAt } from '../segment/token-index.ts';
import { DEFAULT_TAGGER_OPTIONS, taggerMentions, type TaggerOptions } from './tagger-mentions.ts';
import { companyShortNames } from './company-short-names.ts';
import { schoolNames } from './school-names.ts';
import { registeredNames } from './registered-names.ts';
import { listItemNames } from './list-item-names.ts';
import { longerWrittenName } from './longer-written-names.ts';
import { isBareLocalBody } from './bare-local-bodies.ts';
import { completeGivenNames } from './complete-given-names.ts';
import { titledOrgNames } from './titled-org-names.ts';
import { profilePeople } from './profile-people.ts';
import { coordinatedCompanies } from './coordinated-companies.ts';
import { committeeDepartments } from './committee-departments.ts';
import { bodyUnits } from './body-units.ts';
import { chinaRegions } from './china-regions.ts';
import { notedPeople } from './noted-people.ts';
import { programmeTitles } from './programme-titles.ts';
import { bylineNotPerson } from './byline-names.ts';

export interface RecognizeOptions {
  /** The trained name tagger as a last source (see tagger-mentions.ts); false: off. */
  tagger: TaggerOptions | false;
  /** Company short names in stake and announcement contexts (see company-short-names.ts). */
  shortNames: boolean;
}

export const DEFAULT_RECOGNIZE_OPTIONS: RecognizeOptions = { tagger: DEFAULT_TAGGER_OPTIONS, shortNames: true };

/**
 * All entity mentions of a document, never overlapping: lexicon matches first, then names the page marks
 * (tag links, bylines), then discovered names, longest first, then what the trained tagger finds in the rest.
 */
export function recognizeMentions(doc: Doc, lexicon: Lexicon, opts: RecognizeOptions = DEFAULT_RECOGNIZE_OPTIONS): Mention[] {
  const lexical = senseChecked(doc, extendDottedNames(doc, extendCorporateEndings(doc, matchLexicon(doc, lexicon))).filter((m) => !placeInLatinGloss(doc.norm, m)));
  const hinted = hintMentions(doc, lexicon);
  const discovered = [...completeGivenNames(doc, discoverEntities(doc)), ...schoolNames(doc), ...registeredNames(doc), ...listItemNames(doc), ...titledOrgNames(doc), ...chinaRegions(doc), ...notedPeople(doc), ...programmeTitles(doc)].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Mention[] = [];
  const occupied = new Uint8Array(doc.text.length);
  const place = (m: Mention) => {
    for (let i = m.start; i < m.end; i++) if (occupied[i]) return;
    occupied.fill(1, m.start, m.end);
    taken.push(m);
  };
  lexical.forEach(place);
  for (const m of envoyOffices(doc, taken)) {
    occupied.fill(1, m.start, m.end);
    taken.push(m);
  }
  for (const m of brandModels(doc, taken)) place(m);
  foreignBodies(doc, taken, lexicon);
  taken.push(...partyPrefixes(taken, lexicon));
  taken.push(...placePrefixes(taken, lexicon));
  // An organisation named after its place (天津轨道交通集团, 湖北荆州中级法院) takes the place's span.
  const overlapsTaken = (d: Mention) => {
    for (let i = d.start; i < d.end; i++) if (occupied[i]) return true;
    return false;
  };
  for (const d of discovered) {
    if ((d.rule !== 'media-channel' && !PLACE_NAMED.has(d.rule ?? '') && d.rule !== 'media-title' && d.rule !== 'org-quoted-after-kind') || !overlapsTaken(d)) continue;
    // 《中国新闻周刊》, 大报“共青团真理报”: the brackets or quotes delimit the whole name; a known name inside it
    // (新闻周刊, 共青团) is not meant.
    if (d.rule === 'media-title' || d.rule === 'org-quoted-after-kind') {
      const inner = taken.filter((m) => m.start < d.end && d.start < m.end);
      if (!inner.every((m) => m.start >= d.start && m.end <= d.end)) continue;
      for (const m of inner) {
        if (m.type === 'Location') m.nested = true;
        else taken.splice(taken.indexOf(m), 1);
      }
      occupied.fill(1, d.start, d.end);
      taken.push(d);
      continue;
    }
    // 腾讯财经报导: the channel, not the company, is what the text names.
    if (d.rule === 'media-channel') {
      const inner = taken.filter((m) => m.start < d.end && d.start < m.end);
      if (inner.length === 1 && inner[0]!.start === d.start && inner[0]!.end < d.end && inner[0]!.type === 'Company') {
        taken.splice(taken.indexOf(inner[0]!), 1);
        occupied.fill(1, d.start, d.end);
        taken.push(d);
      }
      continue;
    }
    if (!PLACE_NAMED.has(d.rule ?? '')) continue;
    const inner = taken.filter((m) => m.start < d.end && d.start < m.end);
    if (inner.length === 0 || inner[0]!.start !== d.start || !inner.every((m) => m.end <= d.end)) continue;
    // Named after a place (天津轨道交通集团), or a unit of a known organisation (威斯康辛大学麦迪逊分校).
    const unit = [...UNIT_SUFFIXES].some((s) => d.norm.endsWith(s)) && inner[inner.length - 1]!.end < d.end;
    // 华为终端有限公司, 中国石油大学: a known company inside a longer name written out is another organisation.
    const renamed = inner.length === 1 && !unit ? longerWrittenName(d, inner[0]!, doc.tokens) : undefined;
    if (renamed) {
      taken.splice(taken.indexOf(inner[0]!), 1);
      occupied.fill(1, d.start, d.end);
      taken.push(d);
      continue;
    }
    if (!unit && !inner.every((m) => m.type === 'Location')) continue;
    // Only lexicon mentions are placed so far, and every one overlapping d lies inside it. A person in an
    // organisation's name (基辛格中美关系研究所) is not a mention of the person.
    for (const m of inner) {
      if (m.type === 'Person') taken.splice(taken.indexOf(m), 1);
      else m.nested = true;
    }
    // A smaller place the lexicon lacks, right after the known one (湖北荆州中级法院): nested too.
    const last = inner[inner.length - 1]!;
    const more = tokenStartingAt(doc.tokens, last.end);
    if (last.type === 'Location' && more && more.end < d.end && PLACE_TOKEN.test(more.text) && more.pos === 'ns') {
      taken.push({ start: more.start, end: more.end, text: doc.text.slice(more.start, more.end), norm: more.text, type: 'Location', source: 'discovery', rule: 'place-suffix', sentence: last.sentence, nested: true });
    }
    occupied.fill(1, d.start, d.end);
    taken.push(d);
  }
  hinted.forEach(place);
  // 清华大学 found as the institution of a unit inside one token (清华大学经济管理学院): a discovered name that is a
  // lexicon name of the same type is that entry.
  for (const d of discovered) {
    const known = lexicon.bySurface.get(d.norm);
    place(known && known.type === d.type && !d.lexId ? { ...d, lexId: known.id } : d);
  }
  for (const m of placesAfterPlaces(doc, taken, lexicon)) place(m);
  for (const m of coordinatedPeople(doc, taken, occupied)) place(m);
  for (const m of profilePeople(doc, occupied)) place(m);
  // Listed companies by short name, where a stake verb or an announcement licenses them.
  if (opts.shortNames) for (const m of companyShortNames(doc, placeYielding(taken, occupied))) placeOverPlaces(m, taken, occupied);
  // Short unknown items of a list of companies (万科、华夏、富力): before the tagger, which would type them alone.
  for (const m of coordinatedCompanies(doc, taken, occupied)) place(m);
  if (opts.tagger) {
    for (const m of taggerMentions(doc, lexicon, occupied, opts.tagger)) place(m);
    // The tagger's people open lists of their own (马某、周某、冯某).
    for (const m of coordinatedPeople(doc, taken, occupied)) place(m);
  }
  taken.sort((a, b) => a.start - b.start || b.end - a.end);
  return bodyUnits(doc, committeeDepartments(doc, localBodies(doc, taken, lexicon))).filter((m) => !isBareLocalBody(m));
}

/**
 * 天津普林, 长江证券: a listed company's short name often opens with a place; where a stake cue licenses the name, the
 * place (not a country: 美国X is nationality) is read inside it. The occupancy the short-name rules see leaves such
 * places free…
 */
function placeYielding(taken: readonly Mention[], occupied: Uint8Array): Uint8Array {
  const soft = occupied.slice();
  for (const m of taken) if (yieldsToShortName(m)) soft.fill(0, m.start, m.end);
  for (const m of taken) if (!yieldsToShortName(m)) soft.fill(1, m.start, m.end);
  return soft;
}

function yieldsToShortName(m: Mention): boolean {
  return m.type === 'Location' && !m.nested && !isCountry(m.norm);
}

/** …and a short name found over them is placed when they open it and lie inside it; they become nested. */
function placeOverPlaces(m: Mention, taken: Mention[], occupied: Uint8Array): void {
  const inner = taken.filter((t) => t.start < m.end && m.start < t.end && !t.nested);
  if (inner.length > 0 && (inner[0]!.start !== m.start || !inner.every((t) => yieldsToShortName(t) && t.end < m.end))) return;
  for (const t of inner) t.nested = true;
  occupied.fill(1, m.start, m.end);
  taken.push(m);
}

// Discovered names that may take over the places the lexicon found inside them (天津轨道交通集团, 安庆市第七中学).
const PLACE_NAMED = new Set(['org-suffix', 'school-name', 'registered-name', 'list-item', 'titled-org-company', 'titled-org-school']);

// A province, city, county or district: its bodies are its own (a country's are national: 中国卫健委). The place
// may be written without its ending (青岛卫健委, 湖北公安厅): a division's short form in the gazetteer counts too.
const LOCAL_PLACE = /[省市县区州盟旗]$/;
// …but a capital's bare name stands for the government seated there (北京最高法院, 台北总统府), and Taiwan's bodies are
// the island's own national ones (台湾卫生福利部).
const GOVERNMENT_SEATS = new Set(['北京', '台北', '台湾']);
const isLocalPlace = (norm: string): boolean => (LOCAL_PLACE.test(norm) || (divisionNamed(norm) !== undefined && !GOVERNMENT_SEATS.has(norm))) && !isCountry(norm);
const LOCAL_COMMITTEE = /[省市县区州]委$/;

/**
 * 巴彦淖尔市卫健委, 湖北省公安厅: a known national body's short name right after a local place names that place's
 * own body, not the national one: one new body, the place nested in it.
 */
function localBodies(doc: Doc, mentions: Mention[], lexicon: Lexicon): Mention[] {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const p = mentions[i]!;
    let j = i + 1;
    while (j < mentions.length && mentions[j]!.nested) j++;
    const g = mentions[j];
    if (!g || p.nested || g.type !== 'GovernmentBody' || !g.lexId || p.end !== g.start) continue;
    // …or right after a local party committee (郴州市委政法委: the city committee's own commission).
    const local = p.type === 'Location' ? isLocalPlace(p.norm) : p.type === 'GovernmentBody' && LOCAL_COMMITTEE.test(p.norm);
    if (!local) continue;
    const known = lexicon.byId.get(g.lexId);
    if (!known || normalizeText(known.name).startsWith(p.norm.replace(LOCAL_PLACE, ''))) continue;
    const norm = p.norm + g.norm;
    const body: Mention = { start: p.start, end: g.end, text: doc.text.slice(p.start, g.end), norm, type: 'GovernmentBody', source: 'discovery', rule: 'local-body', sentence: p.sentence };
    mentions.splice(j, 1);
    mentions.splice(i, 1, body, ...(p.type === 'Location' ? [{ ...p, nested: true }] : []));
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

function hintMentions(doc: Doc, lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const hint of doc.article.hints) {
    const name = normalizeText(hint.name.trim());
    if (name.length < 2 || seen.has(name) || isGeneric(name) || lexicon.bySurface.has(name)) continue;
    seen.add(name);
    const type = hintType(name, hint.type, hint.origin);
    if (!type) continue;
    for (let at = doc.norm.indexOf(name); at >= 0; at = doc.norm.indexOf(name, at + name.length)) {
      out.push({
        start: at,
        end: at + name.length,
        text: doc.text.slice(at, at + name.length),
        norm: name,
        type,
        source: 'hint',
        rule: `hint-${hint.origin}`,
        sentence: sentenceAt(doc.sentences, at),
      });
    }
  }
  return out;
}

function hintType(name: string, given: EntityType | undefined, origin: string): EntityType | undefined {
  // 读者来论, 专业和你倾: opinion pages credit columns and groups in the author line.
  if (origin === 'byline' && bylineNotPerson(name)) return undefined;
  if (given) return given;
  if (origin === 'byline') return 'Person';
  const org = orgSuffixType(name, true);
  if (org) return org.type;
  // A tag link is a topic as often as a name: a person only when the dictionary does not know it as one word (司法部, 大数据).
  if (looksLikeChineseName(name) && !orgSuffixType(name) && (wordTag(name) ?? 'x') === 'x') return 'Person';
  return undefined;
}

// 荆州, 抚州市, 福田区: a place token by its ending.
const PLACE_TOKEN = /^[\u4e00-\u9fff]{1,3}[州市县区]$/;
const CORPORATE_ENDING = /^(?:股份有限公司|有限责任公司|有限公司|集团公司|控股集团|集团|公司|控股)/;
const CORPORATE_TYPES = new Set(['Company', 'Organization', 'MediaOutlet']);

/** 中国人寿 + 集团 in the text is one mention of 中国人寿, written 中国人寿集团. */
function extendCorporateEndings(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m, i) => {
    if (!CORPORATE_TYPES.has(m.type)) return m;
    const ending = CORPORATE_ENDING.exec(doc.norm.slice(m.end, m.end + 6));
    const next = mentions[i + 1];
    if (!ending || (next && next.start < m.end + ending[0].length)) return m;
    const end = m.end + ending[0].length;
    return { ...m, end, text: doc.text.slice(m.start, end), norm: doc.norm.slice(m.start, end) };
  });
}

/** 中共央行 is the central bank and, inside it, a mention of the party 中共 (annotation guidelines). */
function partyPrefixes(mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type === 'PoliticalParty') continue;
    for (let len = 2; len <= 5 && len < m.norm.length - 1; len++) {
      const party = lexicon.bySurface.get(m.norm.slice(0, len));
      if (party?.type !== 'PoliticalParty') continue;
      out.push({ ...m, end: m.start + len, text: m.text.slice(0, len), norm: m.norm.slice(0, len), type: party.type, lexId: party.id, nested: true, rule: 'party-prefix' });
      break;
    }
  }
  return out;
}

/** 桑德尔·皮查伊 where the lexicon knows 皮查伊: the whole dotted name is the mention. */
function extendDottedNames(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m, i) => {
    if (m.type === 'Person' && FULL_NAME_DOT.test(doc.norm[m.end] ?? '')) return withSurname(doc, m, mentions[i + 1]) ?? m;
    if (m.type !== 'Person' || !NAME_DOT.test(doc.norm[m.start - 1] ?? '')) return m;
    // The given name is the one token before the dot (谷歌首席执行官桑德尔·皮查伊 → 桑德尔).
    const given = tokenEndingAt(doc.tokens, m.start - 1);
    const prev = mentions[i - 1];
    if (!given || !GIVEN_NAME.test(given.text) || (prev && prev.end > given.start)) return m;
    return { ...m, start: given.start, text: doc.text.slice(given.start, m.end), norm: doc.norm.slice(given.start, m.end) };
  });
}

const PLACE_NAMED_TYPES = new Set(['Company', 'GovernmentBody', 'Organization']);

// 华为P20 Pro, 小米Mi 8: a Latin model name with a digit right after a company names its product.
const BRAND_MODEL = /^ ?([A-Z][A-Za-z]*\d[A-Za-z0-9]*|[A-Z][A-Za-z]+ \d{1,3}[A-Za-z]?)(?: (?:Pro|Max|Plus|Lite|Mini|mini|Air|Ultra|Note|[A-Z]{1,3}\d?))?(?: Mark [IVX]{1,4})?(?![A-Za-z0-9.])/;

const NOT_A_MAKER = /(?:银行|证券|保险|航空|航|基金|资本|投资|集团公司)$/;
const NOT_A_PRODUCT_AFTER = /^(?:员工|级|职级|岗|外汇|货币|国家|成员)/;

function brandModels(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'Company' || m.nested) continue;
    const code = doc.norm.charCodeAt(m.end);
    if (!isLatinCode(code) && code !== 32) continue;
    // A bank's G10 desk, an airline's flight MH370 and a grade P7 of staff are no products.
    if (NOT_A_MAKER.test(m.norm)) continue;
    const model = BRAND_MODEL.exec(doc.norm.slice(m.end, m.end + 24));
    if (!model || NOT_A_PRODUCT_AFTER.test(doc.norm.slice(m.end + model[0].length, m.end + model[0].length + 3))) continue;
    const start = m.end + model[0].length - model[0].trimStart().length;
    const end = m.end + model[0].length;
    out.push({ start, end, text: doc.text.slice(start, end), norm: doc.norm.slice(start, end), type: 'Product', source: 'discovery', rule: 'product-brand-model', sentence: m.sentence });
  }
  return out;
}

const LATIN_GLOSS_BODY = /^[A-Za-z0-9 .,&'’-]+$/;

/** 美中贸易全国委员会（US-China Business Council）: a place named inside a Latin gloss is part of the glossed name. */
function placeInLatinGloss(norm: string, m: Mention): boolean {
  if (m.type !== 'Location' || !isLatinCode(norm.charCodeAt(m.start))) return false;
  const open = Math.max(norm.lastIndexOf('（', m.start), norm.lastIndexOf('(', m.start));
  if (open < 0 || m.start - open > 60) return false;
  const close = norm.slice(m.end, m.end + 60).search(/[)）]/);
  if (close < 0) return false;
  const body = norm.slice(open + 1, m.end + close);
  return LATIN_GLOSS_BODY.test(body) && body.length > m.end - m.start;
}

function isLatinCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** 上海证券交易所, 英国政府: a known organisation named after its city (or a country's government) also mentions the place. */
function placePrefixes(mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!m.lexId || m.nested || !PLACE_NAMED_TYPES.has(m.type)) continue;
    for (let len = 4; len >= 2; len--) {
      if (len >= m.norm.length - 1) continue;
      const place = lexicon.bySurface.get(m.norm.slice(0, len));
      if (place?.type !== 'Location') continue;
      // A country names national bodies (中国人民银行) without being their place; only its government is "of" it.
      if (isCountry(m.norm.slice(0, len)) && !GOVERNMENT.test(m.norm.slice(len))) break;
      out.push({ ...m, end: m.start + len, text: m.text.slice(0, len), norm: m.norm.slice(0, len), type: 'Location', lexId: place.id, nested: true, rule: 'place-prefix', key: undefined });
      break;
    }
  }
  return out;
}

// What may follow a smaller place: its own words (的, 市, a gloss) or the end of a phrase.
const PLACE_BOUNDARY = /^(?:[的，,、。；;（(）)和与及]|市|县|区|$)/;
// 首都巴库, 省会成都: a place word before a place name.
const PLACE_WORDS = /(?:首都|首府|省会|州府|城市|港口|小镇|县城|家乡|老家)/g;
const NAME_POS = new Set(['x', 'nr', 'nrt', 'nrfg']);
const PROPER_POS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'ns', 'eng', 'j']);
const DIRECTION_ONLY = /^[东南西北中]+[区部]?$/;
// 北京南站, 日本列岛, 美国开国: a station, the islands or the founding of the place before are no smaller place,
// though the segmenter tags them as places.
const PART_OF_PLACE = /^(?:[东南西北]站|列岛|群岛|本岛|全岛|开国|建国|立国)$/;

/** 法明顿, 马纳萨斯 — not 土身土长, 温暖如春: at least two thirds of the characters are transliteration syllables. */
function mostlyTransliterated(word: string): boolean {
  let n = 0;
  for (let i = 0; i < word.length; i++) if (isTransliterationCode(word.charCodeAt(i))) n++;
  return 3 * n >= 2 * word.length;
}

/**
 * 湖北黄石, 深圳福田, 北京市大兴区, 康涅狄格州法明顿, 首都巴库: a place name right after a place (or a place word)
 * is a smaller place — a place-tagged word, or after a province or state a transliteration the dictionary
 * lacks, ending at a phrase boundary (a person's name after a place is rare without a role word between).
 */
const CJK_2_4 = /^[\u4e00-\u9fff]{2,4}$/;
const CJK_1_3 = /^[\u4e00-\u9fff]{1,3}$/;
const NAME_START = /^[\u4e00-\u9fffA-Za-z]/;

function placesAfterPlaces(doc: Doc, mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  const { tokens, norm } = doc;
  const places = mentions.filter((m) => m.type === 'Location' && !m.nested);
  const placeWords = [...norm.matchAll(PLACE_WORDS)].map((m) => m.index! + m[0].length);
  // The token starting at an offset, through the document's token index rather than a scan of every token.
  const { startingAt } = tokenIndex(tokens);
  const tokenAt = { get: (at: number): number | undefined => ((startingAt[at] ?? 0) > 0 ? startingAt[at]! - 1 : undefined) };
  const candidate = (k: number, afterPlace: Mention | undefined): Mention | undefined => {
    const t = tokens[k]!;
    if (!CJK_2_4.test(t.text) || isGeneric(t.text) || lexicon.bySurface.has(t.text)) return undefined;
    let end = t.end;
    if (t.pos !== 'ns') {
      // A transliteration after a province or state (康涅狄格州法明顿, 弗吉尼亚州马纳萨斯).
      if (!afterPlace || isCountry(afterPlace.norm) || !NAME_POS.has(t.pos) || !mostlyTransliterated(t.text)) return undefined;
      const next = tokens[k + 1];
      if (next && next.start === end && NAME_POS.has(next.pos) && CJK_1_3.test(next.text) && next.end - t.start <= 5) end = next.end;
    }
    const name = norm.slice(t.start, end);
    if (t.pos !== 'ns' && !PLACE_BOUNDARY.test(norm.slice(end, end + 1))) return undefined;
    // 中国长安福特: a place word before a name is part of that name; 华盛顿西北区 is a quarter, not a place.
    const after = tokens[end === t.end ? k + 1 : k + 2];
    if (after && after.start === end && PROPER_POS.has(after.pos) && NAME_START.test(after.text)) return undefined;
    if (DIRECTION_ONLY.test(name) || PART_OF_PLACE.test(name)) return undefined;
    if (orgSuffixType(name, true) || isCountry(name)) return undefined;
    return { start: t.start, end, text: doc.text.slice(t.start, end), norm: name, type: 'Location', source: 'discovery', rule: 'place-after-place', sentence: sentenceAt(doc.sentences, t.start) };
  };
  for (const p of places) {
    const k = tokenAt.get(p.end);
    if (k === undefined) continue;
    const c = candidate(k, p);
    if (c) out.push(c);
  }
  for (const at of placeWords) {
    const k = tokenAt.get(at);
    if (k === undefined || tokens[k]!.pos !== 'ns') continue;
    const c = candidate(k, undefined);
    if (c) out.push(c);
  }
  return out;
}

/**
 * 阿根廷央行, 加拿大外交部, 俄罗斯共产党: a foreign country before a body or party the lexicon knows by its bare
 * name (China's 央行, 外交部, 共产党) names that country's body. The country becomes nested, and later bare
 * mentions of the body in the article mean the foreign one too (阿根廷央行 … 央行表示).
 */
function foreignBodies(doc: Doc, mentions: Mention[], lexicon: Lexicon): void {
  const local = new Map<string, Mention>(); // lexicon id of the bare body → the foreign body's mention
  for (let i = 0; i + 1 < mentions.length; i++) {
    const country = mentions[i]!;
    const body = mentions[i + 1]!;
    if (country.type !== 'Location' || country.nested || !body.lexId || (body.type !== 'GovernmentBody' && body.type !== 'PoliticalParty') || body.start !== country.end) continue;
    if (!isCountry(country.norm) || country.norm === '中国' || lexicon.bySurface.has(country.norm + body.norm)) continue;
    // Only a bare name (央行, 外交部), not one that already carries a place (美国国务院 is not a bare 国务院).
    if (lexicon.byId.get(body.lexId)!.name.startsWith(country.norm) || /^[\u4e00-\u9fff]{2,4}$/.test(body.norm) === false) continue;
    const norm = country.norm + body.norm;
    const merged: Mention = { start: country.start, end: body.end, text: doc.text.slice(country.start, body.end), norm, type: body.type, source: 'discovery', rule: 'country-body', sentence: country.sentence };
    country.nested = true;
    mentions[i + 1] = merged;
    local.set(body.lexId, merged);
  }
  if (local.size === 0) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const foreign = m.lexId ? local.get(m.lexId) : undefined;
    if (foreign && m.start > foreign.start && foreign.norm.endsWith(m.norm)) mentions[i] = { ...m, lexId: undefined, key: entityKey(foreign.type, foreign.norm), type: foreign.type, source: 'discovery', rule: 'country-body-later' };
  }
}

const ENVOY_OFFICE = /^(?:总领事馆|领事馆|大使馆|使馆|代表处|办事处|代表团|经济文化办事处|经济文化代表处)/;
// Countries' and regions' one-character short forms after 驻 (驻华, 驻美, 驻港).
const HOST_SHORT_FORM = /^[华美英法德日俄韩港台澳加意印]$/;

/**
 * 澳大利亚驻北京使馆, 台湾驻美代表处: a place, 驻, a place and an office ending name one body; both places are
 * nested in it (the second is where it sits).
 */
function envoyOffices(doc: Doc, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const home = mentions[i]!;
    // A country's or a ruling party's office (中共驻纽约领事馆), in a place named in full or by a country's
    // one-character short form (英国驻华使馆, 台湾驻美代表处).
    if ((home.type !== 'Location' && home.type !== 'PoliticalParty') || home.nested || doc.norm[home.end] !== '驻') continue;
    const next = mentions[i + 1];
    const host = next && next.type === 'Location' && next.start === home.end + 1 ? next : undefined;
    const hostEnd = host ? host.end : HOST_SHORT_FORM.test(doc.norm[home.end + 1] ?? '') ? home.end + 2 : -1;
    if (hostEnd < 0) continue;
    const office = ENVOY_OFFICE.exec(doc.norm.slice(hostEnd, hostEnd + 8));
    if (!office) continue;
    const end = hostEnd + office[0].length;
    home.nested = true;
    if (host) host.nested = true;
    out.push({ start: home.start, end, text: doc.text.slice(home.start, end), norm: doc.norm.slice(home.start, end), type: 'GovernmentBody', source: 'discovery', rule: 'envoy-office', sentence: home.sentence });
  }
  return out;
}

const PERSON_LINK = /^[、和及与跟]$/;
// Hoisted: a regular expression or array literal is a new object at every evaluation.
const NAME_DOT = /[·•・‧˙．.]/;
// The dots of a transliterated full name only (not a full stop or a decimal point).
const FULL_NAME_DOT = /[·•・‧]/;
const TRANSLITERATED_SURNAME = /^[\u4e00-\u9fff]{2,5}$/;
const SURNAME_POS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz']);

/**
 * 布莱尔·勃兰特: a known name followed by a dot and transliterated syllables is another person's given name; the
 * full name is the person (not the known one: no lexicon id).
 */
function withSurname(doc: Doc, m: Mention, next: Mention | undefined): Mention | undefined {
  const surname = tokenStartingAt(doc.tokens, m.end + 1);
  if (!surname || !TRANSLITERATED_SURNAME.test(surname.text) || !SURNAME_POS.has(surname.pos)) return undefined;
  let syllables = 0;
  for (let i = 0; i < surname.text.length; i++) if (isTransliterationCode(surname.text.charCodeAt(i))) syllables++;
  const end = surname.end;
  if (syllables * 2 < surname.text.length || (next && next.start < end)) return undefined;
  return { start: m.start, end, text: doc.text.slice(m.start, end), norm: doc.norm.slice(m.start, end), type: 'Person', source: 'discovery', rule: 'dotted-name', sentence: m.sentence };
}
const GIVEN_NAME = /^[\u4e00-\u9fff]{1,4}$/;
const GOVERNMENT = /^(?:政府|当局)$/;
const NOT_IN_GIVEN_NAME = /[的了是在与将对也前后把被从而但却就都说称两人等们间及和或个些所因由已曾摄]/;
const WORD_TAGS = new Set(['n', 'v', 'vn', 'a', 't', 'd', 'm']);
// What may close a listed name: the next 、, a note's bracket, or the clause's punctuation.
const ITEM_END = /^[、(（，,；;。]$/;
// A short note after a listed name: a year, an age, a post (卢某(2016年)).
const ITEM_NOTE = /^[(（][^()（）、，,。]{1,10}[)）]/;
const NOTE_BEFORE = /[(（][^()（）、，,。]{1,10}[)）]$/;

/** The offset where a short bracketed note ending at `at` opens, or `at` itself when none ends there. */
function beforeNote(norm: string, at: number): number {
  const from = Math.max(0, at - 12);
  const note = NOTE_BEFORE.exec(norm.slice(from, at));
  return note ? from + note.index : at;
}

/** The offset after a short bracketed note at `at`, or `at` itself when none is there. */
function afterNote(norm: string, at: number): number {
  const note = ITEM_NOTE.exec(norm.slice(at, at + 12));
  return note ? at + note[0].length : at;
}

/**
 * 赵健、赵运东, 孙淑敏及令狐剑: a name-shaped word coordinated with a person's name is a person too — the
 * list says so even when the segmenter does not know the name. The list runs both ways from the person, over short
 * notes after items (卢某(2016年)); a given name that is also a word is taken only where 、 fences the item. Run
 * again after the tagger, whose people open lists too.
 */
function coordinatedPeople(doc: Doc, mentions: readonly Mention[], placed: Uint8Array): Mention[] {
  const out: Mention[] = [];
  const people = mentions
    .filter((m) => m.type === 'Person' && !m.nested && (PERSON_LINK.test(doc.norm[m.end] ?? '') || PERSON_LINK.test(doc.norm[m.start - 1] ?? '')))
    .sort((a, b) => a.start - b.start);
  if (people.length === 0) return out;
  const occupied = placed.slice(); // the caller places what is returned
  const { startingAt, endingAt } = tokenIndex(doc.tokens);
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (occupied[i]) return false;
    return true;
  };
  const candidate = (start: number, end: number): Mention | undefined => {
    const name = doc.norm.slice(start, end);
    if (!looksLikeChineseName(name) || !free(start, end) || !startingAt[start] || !endingAt[end]) return undefined;
    const whole = wordTag(name);
    const given = wordTag(name.slice(1));
    if ((whole !== undefined && whole !== 'x' && whole !== 'nr') || NOT_IN_GIVEN_NAME.test(name.slice(1))) return undefined;
    // A given name that is also a word (丁健, 马大为) is still a name where 、 and the item's end fence it whole; a
    // one-character noun after a surname (王府, 张家) is a word however fenced.
    const fenced = ((doc.norm[start - 1] === '、' && ITEM_END.test(doc.norm[end] ?? '')) || doc.norm[end] === '、') && (name.length > 2 || given === 'a');
    if (given !== undefined && WORD_TAGS.has(given) && !fenced) return undefined;
    return { start, end, text: doc.text.slice(start, end), norm: name, type: 'Person', source: 'discovery', rule: 'person-coordinated', sentence: sentenceAt(doc.sentences, start) };
  };
  for (const p of people) {
    // Rightwards: p、X、Y …, each item perhaps with a short note after it (卢某(2016年)、施某(2017年)).
    let at = afterNote(doc.norm, p.end);
    while (PERSON_LINK.test(doc.norm[at] ?? '')) {
      const found = [4, 3, 2].map((len) => candidate(at + 1, at + 1 + len)).find((c) => c !== undefined);
      if (!found) break;
      out.push(found);
      occupied.fill(1, found.start, found.end);
      at = afterNote(doc.norm, found.end);
    }
    // Leftwards: X、Y、p, while each item is name-shaped.
    let left = p.start;
    while (PERSON_LINK.test(doc.norm[left - 1] ?? '')) {
      const end = beforeNote(doc.norm, left - 1);
      const found = [4, 3, 2].map((len) => candidate(end - len, end)).find((c) => c !== undefined && c.start >= 0);
      if (!found) break;
      out.push(found);
      occupied.fill(1, found.start, found.end);
      left = found.start;
    }
  }
  return out;
}
