import type { Doc, Fact, Mention } from '../types.ts';
import { entityKeyOf } from '../resolve/entity-key.ts';
import { makeFact } from './make-fact.ts';
import { isCountry } from '../recognize/countries.ts';
import { tokenEndingAt } from '../segment/token-index.ts';

/**
 * A company or government body named after its city or province is located there (天津轨道交通集团 → 天津;
 * 湖北荆州中级法院 → 荆州). A country in a name says nationality, not place, so it gives nothing.
 */
const GOVERNMENT_OF_PLACE = /^(?:市|省|县|区|州)?(?:人民|中央)?(?:政府|当局|市委|省委|县委|区委)$/;
// A university's name (加州伯克利大学, 伦敦国王学院): a foreign country right before it is where it is.
const UNIVERSITY_NAME = /(?:大学|學院|学院)$/;

/** True for an organisation named as a university or college (加州伯克利大学, 伦敦国王学院). */
export function isUniversity(org: Mention): boolean {
  return org.type === 'Organization' && UNIVERSITY_NAME.test(org.norm);
}

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
    // …except a foreign body named by its country and a bare body name (阿根廷央行): that country is where it is.
    // …and a foreign country a company is named with (韩国斗山集团), as 韩国乐天集团 is read without the name.
    const places = leading.filter((p) => !isCountry(p.norm) || org.rule === 'country-body' || (org.type === 'Company' && !isChina(p)));
    if (places.length === 0) continue;
    // 北京政府, 上海市政府: the place's own government, not an organisation located there.
    if (GOVERNMENT_OF_PLACE.test(org.norm.slice(places[places.length - 1]!.end - org.start))) continue;
    const sentence = doc.sentences[org.sentence] ?? { start: org.start, end: org.end };
    const last = places[places.length - 1]!;
    facts.push(makeFact(doc, sentence, { key: entityKeyOf(org) }, { key: entityKeyOf(last) }, 'LOCATED_IN', { id: 'located-name-prefix', confidence: 0.7 }, last.norm, org.start, org.end));
  }
  return facts;
}

// 纽约咨询机构Medley, 华盛顿智库哈德逊研究所, 华府智库“全球台湾研究中心”: a city, the kind of organisation, then its name.
// 中国最大的芯片制造商中芯国际, 美国影音平台Musical.ly, 香港亲共报刊《文汇报》: a rank and a longer kind too.
// 美国一间电子游戏零售商GameStop, 一个美国网络论坛Reddit: a counted kind (一间, 一家) and a retailer or forum too.
const KIND_BETWEEN = /^(?:的)?(?:一(?:间|家|个|所))?(?:最大的|第[一二三四五六七八九十]大的?|知名的?|著名的?)?[\u4e00-\u9fff]{0,4}?(?:智库|咨询机构|研究机构|咨询公司|投资公司|律师事务所|事务所|公司|机构|银行|大学|基金|报纸|大报|报刊|报章|杂志|电视台|网站|媒体|平台|论坛|制造商|供应商|运营商|零售商|厂商|巨头)[“「《]?$/;
// 香港《苹果日报》, 德国《经济周刊》: a place right before an outlet's title in brackets is where it is published.
const TITLE_AFTER_PLACE = /^《?$/;
const KIND_NAMED = new Set(['Company', 'Organization', 'MediaOutlet']);

// Verbs that place what they describe: 位于北京的公司 is in Beijing.
const LOCATIVE_VERB = /^(?:位于|位处|地处|设于|设在|落户|扎根|总部设在|立足|来自|出自|在|于)$/;

/** The place is the object of the verb right before it (了解中国, 报道香港). */
function objectOfVerb(doc: Doc, place: Mention): boolean {
  const t = tokenEndingAt(doc.tokens, place.start);
  return t !== undefined && /^v/.test(t.pos) && !LOCATIVE_VERB.test(t.text);
}

/** 中国 and its other names (大陆, 中共国): the country Chinese news is written from. */
function isChina(place: Mention): boolean {
  return place.norm === '中国' || place.lexId === 'china';
}

/**
 * A city, region or country right before the kind of an organisation and its name is where the organisation is
 * (纽约咨询机构Medley, 英国公司Whitbread); a foreign country right before the name alone is too (韩国乐天集团).
 */
export function kindPlaceFacts(doc: Doc, mentions: readonly Mention[]): Fact[] {
  const facts: Fact[] = [];
  const shown = mentions.filter((m) => !m.nested);
  for (let i = 0; i + 1 < shown.length; i++) {
    const place = shown[i]!;
    const org = shown[i + 1]!;
    if (place.type !== 'Location' || !KIND_NAMED.has(org.type) || org.sentence !== place.sentence) continue;
    const kind = doc.norm.slice(place.end, org.start);
    // 韩国乐天集团, 日本产经新闻: a foreign country right before a company or outlet's name is where it is from.
    // (Not China: in Chinese news 中国 before a name is as often a description as a place. Not other bodies:
    // 美国天主教会, 阿根廷G20峰会 name a branch or an event's venue.)
    // (A university too: 美国西北大学 is in the United States.)
    const nationality = kind === '' && (org.type === 'Company' || org.type === 'MediaOutlet' || isUniversity(org)) && isCountry(place.norm) && !isChina(place);
    const titled = org.type === 'MediaOutlet' && TITLE_AFTER_PLACE.test(kind) && (kind === '《' || doc.norm[org.start] === '《');
    if (!KIND_BETWEEN.test(kind) && !nationality && !titled) continue;
    // 帮助拉美了解中国的新闻网站X, 报道香港的媒体: a place that is the object of a verb is what the organisation is
    // about, not where it is (位于北京的公司 and its like still place it).
    if (kind.startsWith('的') && objectOfVerb(doc, place)) continue;
    const sentence = doc.sentences[org.sentence] ?? { start: place.start, end: org.end };
    const rule = titled ? 'located-place-title' : nationality ? 'located-nationality' : 'located-place-kind';
    facts.push(makeFact(doc, sentence, { key: entityKeyOf(org) }, { key: entityKeyOf(place) }, 'LOCATED_IN', { id: rule, confidence: nationality ? 0.55 : 0.6 }, kind.replace(/《$/, '') || place.norm, place.start, org.end));
  }
  return facts;
}

// 中国的四大国有银行：A、B…; 中国公司，包括A、B; 美国科技公司如A: a place, its kind of organisation, then the members.
const KIND_THEN_LIST = /^(?:的)?(?:[\u4e00-\u9fff]{0,8}?)(?:公司|企业|银行|集团|机构|科技公司|游戏公司|科技巨头|巨头|媒体|大学)(?:[，,：:]?(?:包括|如|例如|比如|像|有|即)|[：:])(?:[\u4e00-\u9fff]{0,4}?)$/;
// A、B等其他中国科技公司; A以及其他美国游戏公司: members, then the place and their kind.
const LIST_THEN_KIND_GAP = /^(?:等|(?:及|以及|和|与)?(?:其他|其它))(?:其他|其它|多家|多个)?$/;
const KIND_AFTER_PLACE = /^[\u4e00-\u9fff]{0,6}?(?:公司|企业|银行|机构|巨头)/;
const LIST_SEPARATOR = /^(?:[、，,]|和|及|以及|与)$/;
const SEAT_LIST_SEPARATOR = /^(?:、|和|及|以及|与)$/;

/**
 * Organisations listed as members of a place's kind of organisation are in that place (中国的四大国有银行：中国工商银行、
 * 中国农业银行…; 百度及旷视科技等其他中国科技公司; 锐游以及其他美国游戏公司).
 */
export function kindListPlaceFacts(doc: Doc, mentions: readonly Mention[]): Fact[] {
  const facts: Fact[] = [];
  const shown = mentions.filter((m) => !m.nested);
  const add = (org: Mention, place: Mention, trigger: string, from: number, to: number): void => {
    if (entityKeyOf(org) === entityKeyOf(place)) return;
    const sentence = doc.sentences[org.sentence] ?? { start: from, end: to };
    facts.push(makeFact(doc, sentence, { key: entityKeyOf(org) }, { key: entityKeyOf(place) }, 'LOCATED_IN', { id: 'located-kind-list', confidence: 0.55 }, trigger, from, to));
  };
  for (let i = 0; i < shown.length; i++) {
    const place = shown[i]!;
    if (place.type !== 'Location') continue;
    // Place, kind, members after it.
    const first = shown[i + 1];
    if (first && KIND_NAMED.has(first.type) && first.sentence === place.sentence && KIND_THEN_LIST.test(doc.norm.slice(place.end, first.start))) {
      let previous = first;
      for (let k = i + 1; k < shown.length; k++) {
        // 、中国航天科技集团公司 read as a place and a name: the place is the member's seat, the name the member.
        const k0 = k;
        // (Only inside the list, 、 or 和 before it, and not another country: 、美国苹果公司 is no Chinese company.)
        if (k > i + 1 && seatPrefix(shown, k) && SEAT_LIST_SEPARATOR.test(doc.norm.slice(previous.end, shown[k]!.start)) && (entityKeyOf(shown[k]!) === entityKeyOf(place) || !isCountry(shown[k]!.norm))) k++;
        const org = shown[k]!;
        if (k > i + 1 && (!LIST_SEPARATOR.test(doc.norm.slice(previous.end, shown[k0]!.start)) || org.sentence !== place.sentence)) break;
        if (!KIND_NAMED.has(org.type)) break;
        add(org, place, doc.text.slice(place.end, first.start).replace(/[，,：:]/g, ''), place.start, org.end);
        previous = org;
      }
    }
    // Members before it, then the place and the kind.
    const kind = KIND_AFTER_PLACE.exec(doc.norm.slice(place.end, place.end + 12));
    // (The kind is a description, no name: 美国的苹果公司 is not one.)
    if (i === 0 || !kind || (shown[i + 1] && shown[i + 1]!.start < place.end + kind[0].length)) continue;
    const last = shown[i - 1]!;
    if (!KIND_NAMED.has(last.type) || last.sentence !== place.sentence || !LIST_THEN_KIND_GAP.test(doc.norm.slice(last.end, place.start))) continue;
    const link = doc.norm.slice(last.end, place.start);
    if (link === '') continue;
    for (let k = i - 1; k >= 0; k--) {
      const org = shown[k]!;
      if (k < i - 1 && (!LIST_SEPARATOR.test(doc.norm.slice(org.end, shown[k + 1]!.start)) || org.sentence !== place.sentence)) break;
      if (!KIND_NAMED.has(org.type)) break;
      add(org, place, link + place.norm, org.start, place.end);
    }
  }
  return facts;
}

/** `shown[k]` is a place printed right before an organisation's name, as part of it (中国 + 航天科技集团公司). */
function seatPrefix(shown: readonly Mention[], k: number): boolean {
  const place = shown[k]!;
  const org = shown[k + 1];
  return place.type === 'Location' && org !== undefined && org.start === place.end && KIND_NAMED.has(org.type) && org.sentence === place.sentence;
}

// 湖北荆州, 北京市大兴区: what may stand between a place and the place inside it.
const CHAIN_LINK = /^(?:省|市|州)?$/;

/**
 * A place printed right after another lies in it, wherever the pair stands: inside a body's name (武汉市东西湖区政府,
 * 湖北荆州中级法院) or before a noun it qualifies (北京市大兴区网友), where the pair rules do not see it. Not a country
 * after a place (柏林德国), not a sea (美国太平洋舰队), not the sender after a host (驻美国台北经济文化代表处), not inside
 * a company's name (香港西区隧道有限公司 names a tunnel).
 */
export function placeChainFacts(doc: Doc, mentions: readonly Mention[]): Fact[] {
  const facts: Fact[] = [];
  const places = mentions.filter((m) => m.type === 'Location').sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < places.length; i++) {
    const outer = places[i]!;
    const inner = places[i + 1]!;
    if (inner.sentence !== outer.sentence || inner.start < outer.end || !CHAIN_LINK.test(doc.norm.slice(outer.end, inner.start))) continue;
    if (isCountry(inner.norm) || /(?:洋|..海)$/.test(inner.norm) || entityKeyOf(inner) === entityKeyOf(outer)) continue;
    // 香港西区隧道有限公司, 九龙巴士: a company's name may name its asset or route by a place; a body's names its seat.
    if (mentions.some((m) => m.type === 'Company' && !m.nested && m.start <= outer.start && m.end >= inner.end && m.end > inner.end)) continue;
    // 驻美国台北经济文化代表处: the place after 驻 hosts an office of the place that follows, which is not in it.
    if (doc.norm[outer.start - 1] === '驻') continue;
    const sentence = doc.sentences[inner.sentence] ?? { start: outer.start, end: inner.end };
    facts.push(makeFact(doc, sentence, { key: entityKeyOf(inner) }, { key: entityKeyOf(outer) }, 'LOCATED_IN', { id: 'located-place-chain', confidence: 0.6 }, doc.text.slice(outer.start, inner.end), outer.start, inner.end));
  }
  return facts;
}

const CAPITAL_BEFORE = /(?:首都|首府)$/;

/** 在阿塞拜疆……在首都巴库: a capital lies in the country named last before it in the sentence. */
export function capitalFacts(doc: Doc, mentions: readonly Mention[]): Fact[] {
  const facts: Fact[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const city = mentions[i]!;
    if (city.type !== 'Location' || city.nested || !CAPITAL_BEFORE.test(doc.norm.slice(Math.max(0, city.start - 2), city.start))) continue;
    let country: Mention | undefined;
    for (let k = i - 1; k >= 0 && mentions[k]!.sentence === city.sentence; k--) {
      if (mentions[k]!.type === 'Location' && isCountry(mentions[k]!.norm)) {
        country = mentions[k];
        break;
      }
    }
    if (!country || entityKeyOf(country) === entityKeyOf(city)) continue;
    const sentence = doc.sentences[city.sentence] ?? { start: country.start, end: city.end };
    facts.push(makeFact(doc, sentence, { key: entityKeyOf(city) }, { key: entityKeyOf(country) }, 'LOCATED_IN', { id: 'located-capital', confidence: 0.6 }, doc.norm.slice(city.start - 2, city.start), country.start, city.end));
  }
  return facts;
}
