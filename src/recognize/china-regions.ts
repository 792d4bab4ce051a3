import type { Doc, Mention } from '../types.ts';
import { sentenceAt } from './sentence-at.ts';

/**
 * China's geographical and weather-forecast regions (华北, 东北地区, 江淮, 南疆, 京津冀): places the news names often
 * (forecasts, economy, policy) that are no administrative division, so neither the gazetteer nor the tagger's
 * division filter lets them through. The seven geographical divisions of China with their 地区 forms, and the
 * usual river-basin and economic regions. 长三角, 珠三角 and 大湾区 are lexicon entries; bare 东北, 西北, 西南 and
 * 江南 are left out (they are as often directions or a style as a region).
 */
export const CHINA_REGIONS: readonly string[] = [
  '华北', '华东', '华南', '华中', '华北地区', '华东地区', '华南地区', '华中地区', '东北地区', '西北地区', '西南地区',
  '江淮', '黄淮', '江汉', '江南地区', '京津冀', '南疆', '北疆', '东北三省',
];

/**
 * A region's name opens company and school names (华东电脑, 华北制药, 华中科技大学 as words): the name counts only as
 * a whole token followed by punctuation, a function word, a locality word (东部, 一带), or a word of this list.
 */
export const REGION_WORDS_AFTER: readonly string[] = [
  '地区', '一带', '各地', '大部', '大部分', '部分', '地方', '盆地', '平原', '沿海', '区域', '片区', '城市群', '协同', '一体化', '经济', '地域',
];

export const CHINA_REGION_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['预计华中、江汉等地有中到大雨。', '华中'],
    ['预计华中、江汉等地有中到大雨。', '江汉'],
    ['西北地区东部气温偏高。', '西北地区'],
    ['北疆一带将出现大风降温。', '北疆'],
    ['京津冀一体化进程加快。', '京津冀'],
  ],
  negative: [
    // The region's name opening a company's name.
    ['华东医药发布年报。', '华东'],
    ['华北制药股价上涨。', '华北'],
  ],
};

const REGIONS = new Set(CHINA_REGIONS);
const WORDS_AFTER = new Set(REGION_WORDS_AFTER);
const OPEN_AFTER_POS = new Set(['f', 'c', 'u', 'uj', 'ul', 'uv', 'uz', 'ud', 'ug', 'p', 'd', 'v', 'r', 'm', 'q']);

/** Every whole-token region name of the table that a boundary, a locality or a region word follows. */
export function chinaRegions(doc: Doc): Mention[] {
  const { tokens, norm, text } = doc;
  const out: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!REGIONS.has(t.text)) continue;
    const next = tokens[k + 1];
    const open = !next || next.start !== t.end || !/^[\u4e00-\u9fffA-Za-z0-9]/.test(next.text) || OPEN_AFTER_POS.has(next.pos) || WORDS_AFTER.has(next.text);
    if (!open) continue;
    out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), norm: norm.slice(t.start, t.end), type: 'Location', source: 'discovery', rule: 'china-region', sentence: sentenceAt(doc.sentences, t.start) });
  }
  return out;
}
