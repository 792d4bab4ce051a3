import type { Doc } from '../types.ts';
import { tokenStartingAt } from '../segment/token-index.ts';
import { isCountry } from '../recognize/countries.ts';
import { divisionNamed } from '../ner/admin-divisions.ts';

// The segmenter's tags of a common noun (猪/n, 稀土/n, 电信/n, 设备/vn): a place right before one only qualifies it.
const NOUN_POS = /^(?:n|vn|nz|ng)$/;
// Nouns that are the action itself (美国对伊朗制裁, 对朝鲜经济制裁): the place before them is its target.
const ACTION_NOUN = /^(?:经济)?(?:制裁|封杀|禁运|禁售|调查|监管|处罚|罚款|施压|打压|限制|管制|审查|禁令)/;

/**
 * True when a place ending at `end` qualifies the common noun right after it (中国制裁的加拿大猪, 封杀美国稀土,
 * 美国制裁的大陆电信设备巨头): it is no patient of the verb before it, the noun is.
 */
export function placeModifiesNoun(doc: Doc, end: number): boolean {
  const next = tokenStartingAt(doc.tokens, end);
  return next !== undefined && NOUN_POS.test(next.pos) && !ACTION_NOUN.test(doc.norm.slice(end, end + 4));
}

// Nouns after a place that make it the set of countries or places it qualifies (太平洋国家, 非洲各国, 亚太地区国家).
const GROUP_NOUN = /^(?:各国|诸国|国家|等国|地区国家)/;
// Continents and regions the country table holds (it lists what a company's name may open with): 欧洲国家 are
// European countries, as 太平洋国家 are Pacific ones.
const REGIONS = new Set(['欧洲', '亚洲', '非洲', '美洲', '北美', '北美洲', '南美', '拉美', '中东', '欧盟']);
// What joins places that share one such noun (东南亚和太平洋国家).
const JOINED = /^(?:、|和|与|及|以及)$/;

interface Span {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/**
 * True when the place `at` of `places` (in text order) only qualifies a group noun after it, or after the places
 * joined to it (东南亚和太平洋国家: Pacific countries, not the ocean). A country before 国家 is itself (中国国家主席),
 * and so is a division of China.
 */
export function placeNamesGroup(doc: Doc, places: readonly Span[], at: number): boolean {
  for (let k = at; k < places.length; k++) {
    const p = places[k]!;
    const name = doc.norm.slice(p.start, p.end);
    // (A division of China before 国家 opens a body's name: 北京市国家安全局, 阳江国家粮食储备库.)
    if (p.type !== 'Location' || (isCountry(name) && !REGIONS.has(name)) || divisionNamed(name)) return false;
    if (GROUP_NOUN.test(doc.norm.slice(p.end, p.end + 4))) return true;
    const next = places[k + 1];
    if (!next || !JOINED.test(doc.norm.slice(p.end, next.start))) return false;
  }
  return false;
}

export const PLACE_GROUP_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['日本正在与太平洋国家接触，以建立合作网络。', '太平洋'],
    ['日本正在与东南亚和太平洋国家接触。', '东南亚'],
    ['日本与中亚各国签署了协议。', '中亚'],
    ['日本与欧洲国家签署了协议。', '欧洲'],
  ],
  negative: [
    ['日本正在与太平洋岛国论坛接触。', '太平洋'],
    ['中国国家主席习近平出席会议。', '中国'],
    ['越南和日本等国签署了协议。', '越南'],
    ['他曾任职于北京市国家安全局。', '北京市'],
    ['日本与东南亚合作，太平洋国家也参与。', '东南亚'],
  ],
};
