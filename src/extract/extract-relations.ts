import type { Doc, EntityType, Fact, MetadataField, Mention, RelationType, ResolvedEntity } from '../types.ts';
import type { CorefAnchor } from '../resolve/coreference.ts';
import { entityKeyOf } from '../resolve/entity-key.ts';
import { PAIR_RULES, type PairRule } from './relation-rules.ts';
import { roleRelation } from './role-relation.ts';
import { roleAtEnd, roleAtStart, roleRow } from '../recognize/role-words.ts';
import { isCountry } from '../recognize/countries.ts';
import { citationFacts, interviewFacts, reportedSpeakerFacts } from './citation-facts.ts';
import { makeFact } from './make-fact.ts';
import { execCue, triggerText } from './cue-span.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { universityCountryFacts } from './university-country.ts';
import { titleListFacts } from './title-list-employers.ts';
import { capitalFacts, kindListPlaceFacts, kindPlaceFacts, namePlaceFacts, placeChainFacts } from './name-place-facts.ts';
import { frameFacts } from './clause-frames.ts';
import { NAMED_AFTER_PERSON } from './clause-groups.ts';
import { insideLongerTitle, insideQuotedTitle } from './quoted-title.ts';
import { bioRoleFacts } from './bio-roles.ts';
import { bareTitleFacts } from './bare-titles.ts';
import { colonTitleFacts } from './colon-titles.ts';
import { placeModifiesNoun, placeNamesGroup } from './place-modifier.ts';
import { tokenEndingAt, tokenStartingAt } from '../segment/token-index.ts';
import { checkRegulator, isPersonalMeasure } from './regulator-checks.ts';
import { bylineTie } from './byline-role.ts';
import { STOCK_CODE } from './stock-code.ts';
import { countryPairTalkFacts } from './country-pair-talks.ts';

/** An entity occurrence in the text, named (a mention) or referred to (coreference). */
export interface Anchor {
  start: number;
  end: number;
  key: string;
  type: EntityType;
  coref: boolean;
}

export interface ExtractInput {
  doc: Doc;
  entities: readonly ResolvedEntity[];
  mentions: readonly Mention[];
  corefs: readonly CorefAnchor[];
  /** Key of the article's own outlet entity (the host that published the page), when known. */
  outletKey?: string;
  /** Key of the outlet a repost reprints, when the page is one and the outlet is an entity of the article. */
  originalKey?: string;
  /**
   * Key of the host's node when the text never names it (ArticleResult.publisher): the employer of the page's
   * reporters and editors only, never the subject of a fact read from the text.
   */
  publisherKey?: string;
}

const MAX_GAP = 40;
// Between an organisation and a place naming one of its units: nothing, 的, or other units joined by 和/及/、.
// 普华永道前亚太区主席X: a former head of the region's unit (前, 原) is still a unit of the organisation before it.
const UNIT_LINK = /^(?:的|前|原|[\u4e00-\u9fff]{0,8}?(?:和|及|、))?$/;
// 《民主与法制时报》记者X: the closing mark of a title belongs to the name, not to the gap.
const CLOSING_MARK = /^[》”"」』]/;
// (A stock code after a company's name, 腾讯控股（00700.HK）董事会主席马化腾, is one too.)
const LEADING_GLOSS = new RegExp(`^[（(](?:[A-Za-z][A-Za-z0-9&.' -]{0,48}|\\s*${STOCK_CODE}\\s*)[)）]`);
// 重庆小康工业集团股份有限公司(以下简称小康集团)创始人张兴海: the short name defined after a name is part of it.
const DEFINITION_GLOSS = /^[（(](?:以下|下文)?(?:简称|下称)[:：]?[“"「『]?[^（()）]{1,16}?[”"」』]?[)）]/;
const DEFINITION_OPEN = /[（(](?:以下|下文)?(?:简称|下称)[:：]?[“"「『]?$/;
const DEFINITION_CLOSE = /^[”"」』]?[)）]/;
// 成立了深圳市华为技术有限公司: a place right before an organisation's name is the seat it is named by, not an adjunct.
const SEAT_LINK = /^(?:省|市|区|县)?$/;
const SEATED: ReadonlySet<EntityType> = new Set(['Company', 'Organization', 'MediaOutlet']);

/** Typed relations with evidence, from pair rules over consecutive anchors within one sentence. */
export function extractRelations(input: ExtractInput): Fact[] {
  const { doc } = input;
  const anchors = buildAnchors(doc, input.mentions, input.corefs);
  const facts: Fact[] = [];
  const typeOf = new Map(anchors.map((a) => [a.key, a.type]));
  const bySentence = new Map<number, Anchor[]>();
  for (const a of anchors) {
    const s = sentenceIndex(doc, a.start);
    if (s < 0) continue;
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(a);
  }
  for (const [s, list] of bySentence) {
    const sentence = doc.sentences[s]!;
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i]!;
      let fact: Fact | undefined;
      let j = i + 1;
      // A place adjunct between subject and verb (马云于1999年在杭州创办了阿里巴巴) does not hide the fact.
      for (; j < list.length && j <= i + 2; j++) {
        const b = list[j]!;
        if (a.key === b.key || b.start - a.end > MAX_GAP) break;
        // (Not when the subject is a place itself: 莫斯科 — 俄罗斯与中国签署…: the nearer place is the party.)
        if (j > i + 1 && (list[j - 1]!.type !== 'Location' || a.type === 'Location')) break;
        // (中共惠州市政府与英国…: a place that opens a body's name, 惠州市 + 政府, is no adjunct but the actor's name.)
        if (j > i + 1 && BODY_OF_PLACE.test(doc.norm.slice(list[j - 1]!.end, list[j - 1]!.end + 4))) break;
        // A Latin gloss after a name (玻尔森（Jack Poulson）为谷歌工作) is part of the name, not of the gap.
        const seat = j > i + 1 && SEATED.has(b.type) && SEAT_LINK.test(doc.norm.slice(list[j - 1]!.end, b.start)) ? list[j - 1]!.start : b.start;
        // (以下简称“腾讯”）董事会主席马化腾: from the defined short name, the gloss closes before the gap.
        const defined = DEFINITION_OPEN.test(doc.norm.slice(Math.max(0, a.start - 8), a.start));
        // 与《香港01》合作: marks printed around B alone belong to its name, not to the gap or the text after it.
        const opened = seat === b.start && isQuotedName(doc, b) ? 1 : 0;
        const gap = doc.norm.slice(a.end, seat - opened).replace(LEADING_GLOSS, '').replace(DEFINITION_GLOSS, '').replace(defined ? DEFINITION_CLOSE : CLOSING_MARK, '');
        // The text after B runs past names coordinated with it (对黄有龙、赵薇夫妇采取…措施).
        let n = j + 1;
        while (n < list.length && sameKind(list[n]!.type, b.type) && COORDINATION.test(doc.norm.slice(list[n - 1]!.end, list[n]!.start))) n++;
        const last = list[n - 1]!;
        fact = matchPair(doc, sentence, a, b, gap, employerBefore(doc, list, i), list[n], facts, last.end + (isQuotedName(doc, last) ? 1 : 0), seat - opened, typeOf);
        // (清华大学教授、中国半导体行业协会副理事长X: a title that ends before the place is the first name's.)
        if (fact && j > i + 1 && !VERB_TYPES.has(fact.type) && !(ROLE_RULE.test(fact.evidence.rule) && a.end + fact.evidence.trigger.length <= list[j - 1]!.start)) fact = undefined;
        // A country between them is the actor, not an adjunct (韩国在美国对伊朗实施制裁前).
        if (fact && j > i + 1 && fact.evidence.rule.startsWith('regulates-country')) fact = undefined;
        if (fact && sharedBodyAfterPlace(doc, list, i, fact)) fact = undefined;
        // 中国制裁的加拿大猪, 封杀美国稀土: a place that qualifies the noun after it is not what is regulated.
        // (After 对 the place is the target: 对日本稀土禁运 is an embargo on Japan.)
        if (fact && fact.type === 'REGULATES' && b.type === 'Location' && fact.object === b.key && !/对$/.test(doc.norm.slice(a.end, b.start)) && placeModifiesNoun(doc, b.end)) fact = undefined;
        if (fact) break;
      }
      if (!fact) continue;
      fact = retargetPossessor(doc, list, j, fact);
      facts.push(fact);
      facts.push(...coordinated(doc, list, j, fact));
      facts.push(...coordinatedBefore(doc, list, i, fact));
    }
  }
  for (const extractor of EXTRACTORS) {
    const out = extractor.run(input, anchors);
    facts.push(...(extractor.addsOnly ? unstated(out, facts) : out));
  }
  return dedupe(facts.map((f) => checkRegulator(doc, anchors, retargetTitledPerson(doc, anchors, f))).filter((f): f is Fact => f !== undefined && !groupEndpoint(doc, anchors, f)));
}

/** 与东南亚和太平洋国家接触: a place whose every anchor in the fact's sentence qualifies a group noun is no party. */
function groupEndpoint(doc: ExtractInput['doc'], anchors: readonly Anchor[], f: Fact): boolean {
  const inSentence = anchors.filter((a) => !a.coref && a.start >= f.evidence.start && a.end <= f.evidence.end);
  return [f.subject, f.object].some((key) => {
    const at = inSentence.flatMap((a, k) => (a.key === key && a.type === 'Location' ? [k] : []));
    return at.length > 0 && at.every((k) => placeNamesGroup(doc, inSentence, k));
  });
}

interface Extractor {
  name: string;
  run: (input: ExtractInput, anchors: readonly Anchor[]) => Fact[];
  /** Keeps only facts that no earlier extractor drew from the same sentence (the frames second the pair rules). */
  addsOnly?: boolean;
}

/** The extractors that run after the pair rules, in order, over one article. */
const EXTRACTORS: readonly Extractor[] = [
  { name: 'citations', run: (i, a) => citationFacts(i.doc, a, citingOutlet(i), i.outletKey) },
  { name: 'interviews', run: (i, a) => interviewFacts(i.doc, a) },
  { name: 'reported-speakers', run: (i, a) => reportedSpeakerFacts(i.doc, a) },
  { name: 'name-places', run: (i) => namePlaceFacts(i.doc, i.mentions) },
  { name: 'kind-places', run: (i) => kindPlaceFacts(i.doc, i.mentions) },
  { name: 'title-lists', run: (i, a) => titleListFacts(i.doc, a) },
  { name: 'university-countries', run: (i) => universityCountryFacts(i.doc, i.mentions) },
  { name: 'kind-list-places', run: (i) => kindListPlaceFacts(i.doc, i.mentions), addsOnly: true },
  { name: 'capitals', run: (i) => capitalFacts(i.doc, i.mentions) },
  { name: 'place-chains', run: (i) => placeChainFacts(i.doc, i.mentions), addsOnly: true },
  { name: 'metadata', run: (i) => metadataFacts(i) },
  { name: 'title-bodies', run: (i, a) => titleBodyFacts(i.doc, a, i.entities) },
  { name: 'clause-frames', run: (i, a) => frameFacts(i.doc, a), addsOnly: true },
  { name: 'profiles', run: (i, a) => bioRoleFacts(i.doc, a), addsOnly: true },
  { name: 'bare-titles', run: (i, a) => bareTitleFacts(i.doc, a), addsOnly: true },
  { name: 'colon-titles', run: (i, a) => colonTitleFacts(i.doc, a), addsOnly: true },
  { name: 'party-pair-talks', run: (i, a) => countryPairTalkFacts(i.doc, a), addsOnly: true },
];

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '《': '》', '“': '”', '「': '」', '『': '』', '"': '"' };

/** The anchor's name stands alone between a pair of quote or title marks (《香港01》, “腾讯”). */
function isQuotedName(doc: Doc, anchor: Anchor): boolean {
  const close = QUOTE_PAIRS[doc.norm[anchor.start - 1] ?? ''];
  return close !== undefined && doc.norm[anchor.end] === close;
}

/** The facts of `out` whose type, subject and object no fact of `earlier` (or of `out` before it) gives in that sentence. */
function unstated(out: readonly Fact[], earlier: readonly Fact[]): Fact[] {
  const key = (f: Fact) => `${f.type}|${f.subject}|${f.object}|${f.evidence.start}`;
  const seen = new Set(earlier.map(key));
  return out.filter((f) => !seen.has(key(f)) && (seen.add(key(f)), true));
}

/** The nearest anchor before `list[i]` that is not a place, past places joined as units (X欧洲和亚洲业务). */
function employerBefore(doc: Doc, list: readonly Anchor[], i: number): Anchor | undefined {
  let k = i - 1;
  while (k >= 0 && list[k]!.type === 'Location' && UNIT_LINK.test(doc.norm.slice(list[k]!.end, list[k + 1]!.start))) k--;
  return k >= 0 && k < i - 1 && !UNIT_LINK.test(doc.norm.slice(list[k]!.end, list[k + 1]!.start)) ? undefined : list[k];
}

const PLACE_ADJUNCT = /(?:在|于|赴|到|前往)$/;

function matchPair(doc: Doc, sentence: { start: number; end: number }, a: Anchor, b: Anchor, gap: string, prev: Anchor | undefined, next: Anchor | undefined, extra: Fact[], afterFrom = b.end, gapEnd = b.start, typeOf: ReadonlyMap<string, EntityType> = new Map()): Fact | undefined {
  const before = doc.norm.slice(Math.max(sentence.start, a.start - 8), a.start);
  // The text after B runs to the next entity at most: cues beyond it belong to that entity.
  const after = doc.norm.slice(afterFrom, Math.min(sentence.end, afterFrom + 24, next ? next.start : Infinity));
  // Talks may name their place before the verb (金正恩和文在寅将在平壤会晤): a place does not end them.
  // (Only a place introduced as an adjunct, 在伦敦/于平壤: 跟俄罗斯合作 names a partner, not a place.)
  const afterPlace = next?.type === 'Location' && PLACE_ADJUNCT.test(doc.norm.slice(afterFrom, next.start)) ? doc.norm.slice(afterFrom, Math.min(sentence.end, afterFrom + 24)) : after;
  // A role word right before a person (副主席及发行监管部主任X) is a title, whatever verbs the unit's name holds.
  const titled = b.type === 'Person' && !b.coref && roleAtEnd(gap) !== undefined;
  // (A quote of a titled person, 报导引述评论员X, is still a quote.)
  for (const rule of titled ? citesFor(a.type) : rulesFor(a.type, b.type)) {
    // A pronoun for a person (他, 她) is a speaker far more often than a party to talks or deals.
    if ((rule.type === 'NEGOTIATES_WITH' || rule.type === 'PARTNERS_WITH') && ((a.coref && a.type === 'Person') || (b.coref && b.type === 'Person'))) continue;
    // 就新疆问题同中国对话: what the talks are about is no party to them.
    if ((rule.type === 'NEGOTIATES_WITH' || rule.type === 'PARTNERS_WITH') && TOPIC_BEFORE.test(before) && gap.length > 2) continue;
    // 该校与复旦大学和华东师范大学的合作: two names that are both the object of 与 are not partners of each other.
    if ((rule.type === 'NEGOTIATES_WITH' || rule.type === 'PARTNERS_WITH') && CO_OBJECT_BEFORE.test(before) && /^[和及、]$/.test(gap)) continue;
    const g = execCue(rule.gap, gap, gapEnd - gap.length);
    if (!g) continue;
    // 出席“投资欧盟论坛”: a cue inside a quoted title is part of the title's name.
    if (g.named && insideQuotedTitle(doc, g.start, sentence.start, sentence.end)) continue;
    const af = rule.after ? execCue(rule.after, rule.pastPlace ? afterPlace : after, afterFrom) : null;
    if (rule.after && !af) continue;
    if (rule.before && !rule.before.test(before)) continue;
    if (rule.noRoleAfter && roleAfter(after)) continue;
    if (rule.noRoleInGap && roleAfter(gap.replace(SIDE_MARK, ''))) continue;
    if (rule.noVerbAfterCue && appointingBetween(doc, g.end, b.start)) continue;
    if (rule.printedGap && !rule.gap.test(doc.norm.slice(a.end, gapEnd))) continue;
    if (rule.secondText && !rule.secondText.test(doc.norm.slice(b.start, b.end))) continue;
    if (rule.country && !isCountry(rule.country === 'first' ? doc.norm.slice(a.start, a.end) : doc.norm.slice(b.start, b.end))) continue;
    // 柏林德国 (a repeated phrase): a country is never inside the place before it.
    if (rule.id === 'located-nested-place' && isCountry(doc.norm.slice(b.start, b.end))) continue;
    // A place as the target of a country's action is a country itself, not a possessor (制裁了香港的两名官员).
    if (rule.country === 'first' && b.type === 'Location' && (!isCountry(doc.norm.slice(b.start, b.end)) || after.startsWith('的'))) continue;
    // The cue's own words (group `cue` of the pattern), as the page printed them; the whole gap when unnamed.
    const trigger = triggerText(doc, [g, af]) || rule.id;
    return makeFact(doc, sentence, rule.swap ? b : a, rule.swap ? a : b, rule.type, rule, trigger, a.start, b.end + (af ? af.match[0].length : 0));
  }
  // 司长丁建华、副司长董润生: the next person in a list of titles works for the same organisation.
  if (a.type === 'Person' && b.type === 'Person' && !a.coref && !b.coref) {
    const listed = LISTED_ROLE.exec(gap);
    const earlier = listed ? [...extra].reverse().find((f) => f.subject === a.key && ROLE_RULE.test(f.evidence.rule) && f.evidence.start === sentence.start) : undefined;
    if (!listed || !earlier || !bareTitle(listed[1]!)) return undefined;
    // (国民党主席X、秘书长Y: the organisation's own type says whether the title heads it — a party's 秘书长 is staff.)
    const role = roleRelation({ key: earlier.object, type: typeOf.get(earlier.object) ?? 'Organization' }, b, listed[1]!, after);
    if (!role) return undefined;
    return makeFact(doc, sentence, b, { key: earlier.object }, role.type, { id: role.rule + '-list', confidence: role.confidence * 0.9 }, gap, a.start, b.end);
  }
  // 福特北美首席执行官X: the place is the unit, the organisation before it the employer.
  // 中国社会科学院的非洲债务问题专家X: a place right after an organisation (or after its 的) names a field or unit.
  // 德勤新兴市场和非洲业务主管X, 渣打银行大中华区和北亚区首席经济学家X: units joined by 和 may come between.
  // 国会民主党参议员X: a party's members in a legislature work for the legislature.
  const caucus = a.type === 'PoliticalParty' && prev?.type === 'GovernmentBody' && prev.end === a.start;
  const unitOf = (a.type === 'Location' || caucus) && prev && prev.type !== 'Location' && prev.type !== 'Person' && UNIT_LINK.test(doc.norm.slice(prev.end, a.start).replace(LEADING_GLOSS, ''));
  const employer = unitOf ? prev : a;
  if (unitOf && a.start > prev.end) gap = doc.norm.slice(a.start, a.end) + gap;
  // 驻欧盟大使: an envoy to a body does not work for it.
  if (doc.norm[employer.start - 1] === '驻') return undefined;
  // 美国商务部长罗斯: the body's last character and 长 make the title (部长, 局长, 行长).
  // 扬子晚报记者 张楠: spaces between a title and the name (a credit line) are no part of the title.
  const spaced = gap.replace(TITLE_SPACES, '');
  const roleGap = gap === '长' ? doc.norm[a.end - 1] + gap : spaced !== gap && roleAtEnd(spaced) ? spaced : gap;
  let role = roleRelation(employer, b, roleGap, after, doc.norm.slice(Math.max(sentence.start, employer.start - 4), employer.start));
  if (!role) return undefined;
  // 第二位是市长韩国瑜，第三位是中共总书记习近平: a title right before another person's name is that person's.
  if (role.rule.endsWith('-copula') && next?.type === 'Person' && !next.coref && after === doc.norm.slice(afterFrom, next.start) && roleAtEnd(after)) return undefined;
  // 阿里巴巴上海总经理X heads the Shanghai branch, not the company: a head of a place-named unit is its staff.
  // (华为的美国方面的负责人X speaks for the organisation on that side: still its head, as role-relation reads 方面.)
  if (unitOf && a.type === 'Location' && role.type === 'LEADS' && !/^方面/.test(doc.norm.slice(a.end, b.start))) role = { ...role, type: 'WORKS_FOR', rule: 'works-for-role', confidence: 0.8, also: undefined };
  // 参议院民主党领袖X leads the party's caucus in the chamber, not the chamber: a member of it.
  if (unitOf && caucus && role.type === 'LEADS') role = { ...role, type: 'WORKS_FOR', rule: 'works-for-role', confidence: 0.8, also: undefined };
  // 国家安全部处长X heads a division (处) of the ministry, not the ministry: a unit head leads only a unit of that kind.
  const unitHead = role.type === 'LEADS' ? UNIT_HEAD.exec(role.trigger) : null;
  if (unitHead && !doc.norm.slice(employer.start, employer.end).endsWith(unitHead[1]!)) role = { ...role, type: 'WORKS_FOR', rule: 'works-for-role', confidence: 0.8, also: undefined };
  // 吉林省政府秘书长X runs the government's office, not the government.
  if (role.type === 'LEADS' && HEAD_OF_OFFICE.some(([title, body]) => title.test(role!.trigger) && body.test(doc.norm.slice(employer.start, employer.end)))) role = { ...role, type: 'WORKS_FOR', rule: 'works-for-role', confidence: 0.8, also: undefined };
  // 解雇了起诉布里斯马的检察长X: an organisation that is the object of a verb before 的 is no employer.
  if (/^的/.test(gap) && VERB_POS.test(tokenEndingAt(doc.tokens, employer.start)?.pos ?? '')) return undefined;
  const fact = makeFact(doc, sentence, role.subject, role.object, role.type, { id: role.rule, confidence: role.confidence }, role.trigger, a.start, b.end);
  for (const type of role.also ?? []) extra.push({ ...fact, type, evidence: { ...fact.evidence, rule: ALSO_RULE[type] ?? role.rule } });
  return fact;
}

const TITLE_SPACES = /[ \u3000\u00a0]{1,3}$/;

// Short names every province, city and county has a body of (政法委, 纪委, 宣传部): the lexicon links them to the
// national body, which is right only when no local place comes first.
const SHARED_BODY_NAME = /^(?:政法委|纪委|纪检委|宣传部|组织部|统战部|发改委|卫健委|国资委|网信办|外办|公安厅|公安局|教育厅|教育局)$/;
// What may stand between the place and the body in one phrase: a committee and its titles in a list, 前, 原.
const PLACE_TO_BODY = /^[\u4e00-\u9fff、]{0,8}$/;

/**
 * 郴州市委常委、政法委书记X, 内蒙古前政法委书记X: a title on a shared short name after a place that is not a country
 * is a post in the place's body, not in the national one the name is linked to.
 */
function sharedBodyAfterPlace(doc: Doc, list: readonly Anchor[], i: number, fact: Fact): boolean {
  const body = list[i]!;
  if (body.type !== 'GovernmentBody' || fact.object !== body.key || !ROLE_RULE.test(fact.evidence.rule)) return false;
  if (!SHARED_BODY_NAME.test(doc.norm.slice(body.start, body.end))) return false;
  const place = list[i - 1];
  return place !== undefined && place.type === 'Location' && !isCountry(doc.norm.slice(place.start, place.end)) && PLACE_TO_BODY.test(doc.norm.slice(place.end, body.start));
}

// Appointing verbs (the segmenter often tags them as nouns, 委任/n): their object is the appointee, not the
// object of a regulator's cue before them (获证监会批准才委任X).
const APPOINTING = /^(?:委任|任命|聘任|聘请|提名|委派|选举|推举)$/;

/** True when an appointing verb stands between `from` and `to`. */
function appointingBetween(doc: Doc, from: number, to: number): boolean {
  for (let at = from; at < to; ) {
    const t = tokenStartingAt(doc.tokens, at);
    if (!t) {
      at++;
      continue;
    }
    if (t.end > to) break;
    if (APPOINTING.test(t.text)) return true;
    at = t.end;
  }
  return false;
}

// 中方院长, 美方代表: which side of a joint body a post is on.
const SIDE_MARK = /^(?:中方|外方|美方|港方|台方|英方|日方)/;

/** True when `text` opens with a title (副社长职务), not with a title word used as a verb (代表着, 主持了). */
function roleAfter(text: string): boolean {
  const t = text.replace(LIST_MARKERS, '');
  const role = roleAtStart(t);
  return role !== undefined && !/^[着了过]/.test(t.slice(role.length));
}

const UNIT_HEAD = /(?:^|[^副])([司处科股室])长$/;
// Titles that head an office of a body, not the body: [title, body].
const HEAD_OF_OFFICE: ReadonlyArray<readonly [RegExp, RegExp]> = [[/秘书长$/, /政府$/]];
const VERB_POS = /^v$/;
const ALSO_RULE: Partial<Record<RelationType, string>> = { FOUNDED: 'founded-role', CONTROLS: 'controls-role', INVESTS_IN: 'invests-role', LEADS: 'leads-role', WORKS_FOR: 'works-for-role' };
const LIST_MARKERS = /^(?:原|前|前任|现任|新任|时任|代理|署理|常务)?副?/;
/** 司长X、副司长Y: a title in a list shares the employer before it only when it names no unit of its own (、商务部长Y). */
function bareTitle(title: string): boolean {
  const t = title.replace(LIST_MARKERS, '');
  const row = roleRow(t);
  return row !== undefined && row.body === undefined;
}

const CO_OBJECT_BEFORE = /[与同跟]$/;
const TOPIC_BEFORE = /(?:就|关于|对于|有关|围绕)$/;
const LISTED_ROLE = /^[、，,和及]([\u4e00-\u9fffA-Za-z]{1,12})$/;
const ROLE_RULE = /^(?:leads|works-for|controls|invests|founded)-role/;
// The pair rules that apply to each pair of entity types, in rule order: most pairs have few, and testing every
// rule's type lists for every pair of anchors costs more than the rules themselves.
const rulesByTypes = new Map<EntityType, Map<EntityType, readonly PairRule[]>>();
function rulesFor(first: EntityType, second: EntityType): readonly PairRule[] {
  let bySecond = rulesByTypes.get(first);
  if (!bySecond) rulesByTypes.set(first, (bySecond = new Map()));
  let rules = bySecond.get(second);
  if (!rules) bySecond.set(second, (rules = PAIR_RULES.filter((r) => r.first.includes(first) && r.second.includes(second))));
  return rules;
}

const citesByType = new Map<EntityType, readonly PairRule[]>();
function citesFor(first: EntityType): readonly PairRule[] {
  let rules = citesByType.get(first);
  if (!rules) citesByType.set(first, (rules = rulesFor(first, 'Person').filter((r) => r.type === 'CITES')));
  return rules;
}

const COORDINATION = /^(?:、|和|与|及|以及|或|或者|跟)$/;
// 与中国人民公安大学、新疆公安厅成立…: a list may join organisations of different kinds (a school and a bureau).
const LISTED_ORG: ReadonlySet<EntityType> = new Set(['Company', 'Organization', 'GovernmentBody', 'MediaOutlet']);
function sameKind(a: EntityType, b: EntityType): boolean {
  return a === b || (LISTED_ORG.has(a) && LISTED_ORG.has(b));
}
const COORDINATION_BEFORE = /^(?:、|和|及|以及)$/;
// Relations whose cue is a verb: an adjunct (a place) may stand between the subject and the verb.
const VERB_TYPES: ReadonlySet<string> = new Set(['FOUNDED', 'LAUNCHED', 'INVESTS_IN', 'REGULATES', 'PARTNERS_WITH', 'NEGOTIATES_WITH', 'CONTROLS']);
// 马云旗下的蚂蚁集团, 马云控制的蚂蚁集团: the possessor only qualifies the organisation after it.
const POSSESSIVE_LINK = /^(?:旗下的?|控制的|控股的|的)$/;

/** 约谈了马云旗下的蚂蚁集团: a verb's object followed by 旗下的/的 + organisation is that organisation. */
function retargetPossessor(doc: Doc, list: readonly Anchor[], objectIndex: number, fact: Fact): Fact {
  const object = list[objectIndex]!;
  const next = list[objectIndex + 1];
  if (!next || fact.object !== object.key || !VERB_TYPES.has(fact.type) || fact.type === 'CONTROLS') return fact;
  if (next.type === 'Location' || next.type === 'Person' || !POSSESSIVE_LINK.test(doc.norm.slice(object.end, next.start))) return fact;
  return { ...fact, object: next.key };
}

// The relations whose object, named with a title and a person after it, is that person: 制裁美国前商务部长罗斯
// sanctions Ross, not the United States; 引述香港中文大学讲师蔡子强 quotes the lecturer, not the university.
const TITLED_OBJECT: Partial<Record<RelationType, readonly EntityType[]>> = {
  CITES: ['Company', 'GovernmentBody', 'Organization', 'Location', 'PoliticalParty'],
  REGULATES: ['Location'],
};
const PERSONAL_OBJECT: readonly EntityType[] = ['Company', 'GovernmentBody', 'Organization', 'MediaOutlet', 'Location'];
const TITLE_GAP = /^[\u4e00-\u9fffA-Za-z]{1,16}$/;
// Rules that name the organisation of a titled person on purpose (the person has a fact of its own beside it).
const OBJECT_KEPT: ReadonlySet<string> = new Set(['cites-reported-speaker-employer']);

function retargetTitledPerson(doc: Doc, anchors: readonly Anchor[], fact: Fact): Fact {
  // 逮捕/起诉华为首席财务官孟晚舟: an arrest or a charge falls on the titled person, not on the employer.
  const types = fact.type === 'REGULATES' && isPersonalMeasure(fact.evidence.trigger) ? PERSONAL_OBJECT : TITLED_OBJECT[fact.type];
  if (!types || OBJECT_KEPT.has(fact.evidence.rule)) return fact;
  const { start, end } = fact.evidence;
  let found: number | undefined;
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    if (a.start < start || a.end > end || a.key !== fact.object) continue;
    if (found !== undefined) return fact;
    found = i;
  }
  if (found === undefined) return fact;
  const object = anchors[found]!;
  const person = anchors[found + 1];
  if (!types.includes(object.type) || !person || person.type !== 'Person' || person.coref || person.end > end || person.key === fact.subject) return fact;
  const gap = doc.norm.slice(object.end, person.start);
  if (!TITLE_GAP.test(gap) || !roleAtEnd(gap)) return fact;
  return { ...fact, object: person.key };
}

/** 阿里巴巴集团和腾讯都受到…调查: a fact about the first argument also holds for those coordinated before it. */
function coordinatedBefore(doc: Doc, list: readonly Anchor[], firstIndex: number, fact: Fact): Fact[] {
  const first = list[firstIndex]!;
  const role = fact.subject === first.key ? 'subject' : fact.object === first.key ? 'object' : undefined;
  // Places and titles bind to the name right before them (古巴和中国广州: 广州 is in 中国 only).
  if (!role || !VERB_TYPES.has(fact.type)) return [];
  const out: Fact[] = [];
  for (let j = firstIndex - 1; j >= 0; j--) {
    const c = list[j]!;
    const after = list[j + 1]!;
    if (!COORDINATION_BEFORE.test(doc.norm.slice(c.end, after.start)) || c.type !== first.type || c.key === fact.subject || c.key === fact.object) break;
    out.push({ ...fact, [role]: c.key, confidence: fact.confidence * 0.9, evidence: { ...fact.evidence, rule: fact.evidence.rule + '+coordination' } });
  }
  return out;
}

/**
 * 旗下幻影和Mavic, 与网联、银联达成合作: a fact about the object also holds for the objects coordinated with it.
 */
function coordinated(doc: Doc, list: readonly Anchor[], objectIndex: number, fact: Fact): Fact[] {
  const second = list[objectIndex]!;
  // The second anchor is the object, or — in a rule read backwards (由X和Y领投) — the subject.
  const role = second.key === fact.object ? 'object' : second.key === fact.subject ? 'subject' : undefined;
  // (A place binds to the name right before it: 广东珠海和北京 does not put 北京 in 广东.)
  // 议员林卓廷、尹兆坚和郭家麒: people listed after a title that is not a head's all work there.
  if (!role || (role === 'subject' && !VERB_TYPES.has(fact.type) && fact.type !== 'WORKS_FOR')) return [];
  // 马云的蚂蚁集团以及腾讯控股: a bare 的 binds to the first name only.
  if (fact.evidence.rule === 'controls-possessive') return [];
  const other = role === 'object' ? fact.subject : fact.object;
  const out: Fact[] = [];
  for (let j = objectIndex + 1; j < list.length; j++) {
    const prev = list[j - 1]!;
    const c = list[j]!;
    if (!COORDINATION.test(doc.norm.slice(prev.end, c.start)) || !sameKind(c.type, second.type) || c.key === other) break;
    // 希拉里和柯林顿基金会: a person's name before a kind of organisation names the organisation, not the person.
    if (c.type === 'Person' && NAMED_AFTER_PERSON.test(doc.norm.slice(c.end, c.end + 4))) break;
    out.push({ ...fact, [role]: c.key, confidence: fact.confidence * 0.9, evidence: { ...fact.evidence, rule: fact.evidence.rule + '+coordination' } });
  }
  return out;
}

// 中共国有企业, 中国科技公司, 美国官员: a party or place right before a generic noun only qualifies it.
const QUALIFIED_HEAD = /^(?:国有企业|国企|企业|公司|科技公司|科技巨头|巨头|官员|高官|官媒|媒体|民众|人民|学者|专家|网民|网友|学生|军队|军方|市场|经济|股市|产品|品牌|用户|消费者|投资者|厂商|制造商|供应商|商品|金融机构|机构|商人|富豪|富商|社会|企业家|科学家|工人|农民|游客|公民|留学生|移民|政客|高管|黑客|间谍|监管机构|监管部门|监管者)/;

// 英国伍斯特郡, 美国阿肯色州: a country right before a place the recognisers did not name only says whose it is.
// (A word that only ends like a place is none: 城市, 股市, 超市, 各州.)
const UNNAMED_PLACE = /^(?!城市|股市|超市|都市|上市|门市|夜市|楼市|车市|集市|各州|各省|各市|全省|全市|外省|本市|本省)[\u4e00-\u9fff]{2,4}(?:郡|省|市|县)(?![场民长值面委])/;
// 由法轮功学员创办的媒体: an organisation's followers or users act for themselves, not for the organisation.
// (Staff, 华为员工X, is a title of the role table and keeps its employer.)
// (A product's users, 微信用户, are named by the product: 腾讯旗下的微信用户众多 still says whose 微信 is.)
const MEMBERS_HEAD = /^(?:学员|信徒|教徒|修炼者|支持者|拥护者|会员)/;
const ORG_OF_MEMBERS: ReadonlySet<EntityType> = new Set(['Organization', 'PoliticalParty']);
// 惠州市 + 政府: the body of a place, whose name the place opens.
const BODY_OF_PLACE = /^(?:人民政府|政府|市委|省委|当局|议会|市议会|州政府)/;

const OPEN_BRACKET = /^[（(]$/;
const GLOSS_REST = /^[A-Za-z0-9&.,' -]{0,40}[)）]/;

export function buildAnchors(doc: Doc, mentions: readonly Mention[], corefs: readonly CorefAnchor[]): Anchor[] {
  const starts = new Set(mentions.map((m) => m.start));
  const qualifier = (m: Mention) =>
    ((m.type === 'PoliticalParty' || m.type === 'Location') &&
      (QUALIFIED_HEAD.test(doc.norm.slice(m.end, m.end + 5)) || (m.type === 'Location' && !starts.has(m.end) && isCountry(doc.norm.slice(m.start, m.end)) && UNNAMED_PLACE.test(doc.norm.slice(m.end, m.end + 6))))) ||
    (ORG_OF_MEMBERS.has(m.type) && MEMBERS_HEAD.test(doc.norm.slice(m.end, m.end + 4)));
  // (An outlet keeps its edition's title, 《人民日报海外版》; other names inside a longer title are part of it.)
  const inTitle = (m: Mention) => m.type !== 'MediaOutlet' && insideLongerTitle(doc, m.start, m.end);
  const anchors: Anchor[] = [
    ...mentions.filter((m) => !m.nested && !qualifier(m) && !inTitle(m)).map((m) => ({ start: m.start, end: m.end, key: entityKeyOf(m), type: m.type, coref: false })),
    ...corefs.map((c) => ({ start: c.start, end: c.end, key: c.key, type: c.type, coref: true })),
  ].sort((x, y) => x.start - y.start);
  // Apposition (中共央行中国人民银行): adjacent anchors of one entity act as one.
  // So does a gloss of the same entity in brackets (美光科技（Micron Technology Inc）): the bracket joins the name.
  const merged: Anchor[] = [];
  for (const a of anchors) {
    const last = merged[merged.length - 1];
    if (last && last.key === a.key && last.end === a.start) last.end = a.end;
    else if (last && last.key === a.key && OPEN_BRACKET.test(doc.norm.slice(last.end, a.start))) {
      const close = GLOSS_REST.exec(doc.norm.slice(a.end, a.end + 50));
      last.end = close ? a.end + close[0].length : a.end;
    } else merged.push({ ...a });
  }
  return merged;
}

function sentenceIndex(doc: Doc, offset: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < ss[mid]!.start) hi = mid - 1;
    else if (offset >= ss[mid]!.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// 国务卿 heads the 国务院 of his country, 外长 its 外交部: titles that name the body they head (the role table's `body`).
const TITLE_MARKERS = /^(?:前|前任|现任|新任|时任|署理|代理)?/;
const MARKER_END = /(?:前|前任|现任|新任|时任|署理|代理)$/;
// What may stand before a title that opens its phrase: a mark, or a word that ends a clause's head (参加的有X).
const TITLE_OPENS = /(?:[，,、：:（(“「]|的有|包括|是|由|和|及|与|党|派|界)$/;

/**
 * 美国国务卿蓬佩奥 → LEADS 美国国务院, when the article names that body: a country, a title that names the body
 * it heads, and the person. Without a country before it (署理司法部长惠特克), the body is the one entity of the
 * article whose name ends on it (美国司法部), if there is exactly one.
 */
function titleBodyFacts(doc: Doc, anchors: readonly Anchor[], entities: readonly ResolvedEntity[]): Fact[] {
  const facts: Fact[] = [];
  for (let i = 0; i < anchors.length; i++) {
    const person = anchors[i]!;
    if (person.type !== 'Person' || person.coref) continue;
    const s = doc.sentences[sentenceIndex(doc, person.start)];
    if (!s) continue;
    const prev = i > 0 ? anchors[i - 1] : undefined;
    const from = Math.max(s.start, prev ? prev.end : s.start, person.start - 8);
    const text = doc.norm.slice(from, person.start);
    const role = roleAtEnd(text);
    const titleBody = role ? roleRow(role)?.body : undefined;
    if (!role || !titleBody) continue;
    const body = titleBody.name;
    let target: ResolvedEntity | undefined;
    let start: number;
    if (prev?.type === 'Location' && prev.end === from && TITLE_MARKERS.exec(text)![0].length + role.length === text.length) {
      const placeName = doc.norm.slice(prev.start, prev.end);
      target = entities.find((e) => e.type === 'GovernmentBody' && [e.name, ...e.aliases].includes(placeName + body));
      start = prev.start;
    } else {
      // (Only when the title opens the phrase: 香港立法会议员 is no title of a body, 美国商务部长 was read above.)
      const lead = text.slice(0, text.length - role.length).replace(MARKER_END, '');
      if (lead ? !TITLE_OPENS.test(lead) : from !== s.start) continue;
      const found = entities.filter((e) => e.type === 'GovernmentBody' && [e.name, ...e.aliases].some((n) => n === body || (n.endsWith(body) && n.length <= body.length + 4)));
      if (found.length !== 1) continue;
      target = found[0];
      start = person.start - role.length;
    }
    if (!target || titleBody.notOf?.includes(target.key)) continue;
    const id = titleBody.relation === 'LEADS' ? 'leads-title-body' : 'works-for-title-body';
    facts.push(makeFact(doc, s, person, target, titleBody.relation, { id, confidence: 0.75 }, doc.norm.slice(start, person.start), start, person.end));
  }
  return facts;
}

/**
 * The outlet whose text the page is: the original on a repost (来源：每日经济新闻 on a 网易新闻 page), whose reporters
 * wrote the story and quoted its sources; else the host. The host of a repost CITES the original (cites-repost); the
 * speakers and outlets the story quotes are the original's sources (the news-2019-2022 gold's repost rule).
 */
function citingOutlet(input: Pick<ExtractInput, 'outletKey' | 'originalKey'>): string | undefined {
  // (A host the text never names, ArticleResult.publisher, reads no citations, nor does its original: an archive's
  // page of a deleted post gives the post's text and no host.)
  if (input.outletKey === undefined) return undefined;
  return input.originalKey ?? input.outletKey;
}

/**
 * Reporters and editors named by the page work for its outlet. On a repost the reporters wrote for the original
 * outlet and the editors work for the host, and the host CITES the original.
 */
function metadataFacts(input: ExtractInput): Fact[] {
  const { doc, entities, originalKey } = input;
  const outletKey = input.outletKey ?? input.publisherKey;
  const facts: Fact[] = [];
  const sentenceOf = (m: { sentence: number; start: number; end: number }) => doc.sentences[m.sentence] ?? { start: m.start, end: m.end };
  // A sentence zhkg composed from metadata (大纪元责任编辑：林妍) names the field it came from: the page never printed it.
  const evidence = (s: { start: number; end: number }, trigger: string, rule: string, field: MetadataField): Fact['evidence'] => ({
    article: doc.article.id, sentence: doc.text.slice(s.start, s.end), start: s.start, end: s.end, trigger, rule, modality: 'asserted',
    ...(doc.composedFrom !== undefined && s.start >= doc.composedFrom ? { field } : {}),
  });
  const repost = originalKey !== undefined && originalKey !== outletKey;
  if (repost && outletKey) {
    const original = entities.find((e) => e.key === originalKey);
    const m = original?.mentions.at(-1);
    if (m) facts.push({ type: 'CITES', subject: outletKey, object: originalKey, confidence: 0.9, evidence: evidence(sentenceOf(m), '转载', 'cites-repost', 'originalOutlet') });
  }
  const names = [...doc.article.reporters.map((n) => [n, 'meta-reporter'] as const), ...doc.article.editors.map((n) => [n, 'meta-editor'] as const)];
  for (const [written, rule] of names) {
    const employer = rule === 'meta-reporter' && repost ? originalKey : outletKey;
    if (!employer) continue;
    // Names are matched in simplified form: a traditional page's byline (張喜良) names the entity 张喜良.
    const name = normalizeText(written);
    const person = entities.find((e) => e.type === 'Person' && (e.name === name || e.aliases.includes(name) || e.aliases.includes(written)));
    if (!person || person.key === employer) continue;
    // 作者｜王小明 某某社社长: the byline prints the post; 《帝国之间》 as the author: a work's title, no writer.
    const outlet = entities.find((e) => e.key === employer);
    const tie = rule === 'meta-reporter' ? bylineTie(doc, name, person.mentions, outlet ? [outlet.name, ...outlet.aliases] : []) : undefined;
    if (tie?.kind === 'work') continue;
    const titled = tie?.kind === 'titled' && tie.type === 'LEADS' ? tie : undefined;
    facts.push({
      type: titled ? 'LEADS' : 'WORKS_FOR',
      subject: person.key,
      object: employer,
      confidence: 0.95,
      evidence: evidence(sentenceOf(person.mentions[0]!), titled ? titled.trigger : rule === 'meta-editor' ? '编辑' : '记者', rule, rule === 'meta-editor' ? 'editors' : 'reporters'),
    });
  }
  return facts;
}

function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = `${f.type}|${f.subject}|${f.object}|${f.evidence.start}|${f.evidence.rule}`;
    if (seen.has(k) || f.subject === f.object) return false;
    seen.add(k);
    return true;
  });
}
