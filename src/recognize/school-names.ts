import type { Doc, Mention } from '../types.ts';
import { isCountry } from './countries.ts';
import { sentenceAt } from './sentence-at.ts';
import { tokenStartingAt } from '../segment/token-index.ts';

/**
 * Schools below university level are named after their place: a place (or places), an ordinal or a short name,
 * and a school ending (安庆市第七中学, 湖南省桃源县第一中学, 新邵县特殊教育学校, 贵州省思南中学). The segmenter glues the
 * ending to the title after it (中学校长), so names are read on the text, with the places from the segmenter.
 */
export const SCHOOL_SUFFIXES: readonly string[] = [
  '职业技术学校', '特殊教育学校', '外国语学校', '实验学校', '中心学校', '高级中学', '初级中学', '职业中学', '完全中学', '实验中学', '实验小学', '中心小学',
  '中学', '小学', '学校', '武校', '职中', '幼儿园',
];

export const SCHOOL_NAME_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['青州市第三中学校长林海峰在会上讲话。', '青州市第三中学'],
    ['他毕业于湖南省临澧县实验小学。', '湖南省临澧县实验小学'],
    ['河源市特殊教育学校今年招收新生。', '河源市特殊教育学校'],
  ],
  negative: [
    ['美国中学的学生很多。', '美国中学'],
    ['上海学校明天停课。', '上海学校'],
    ['这些小学生来自青州市小学生合唱团。', '青州市小学'],
    ['青州市的学校都放假了。', '青州市的学校'],
  ],
};

const SUFFIX = new RegExp(`^(?:${[...SCHOOL_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})`);
// Between the place and the ending: an ordinal (第七) or a short name (精英, 人民), no function word.
const MIDDLE = /^(?:第[一二三四五六七八九十百零〇\d]{1,4}|[\u4e00-\u9fff]{0,4})$/;
// 上海学校停课: a city and a bare ending describe; a county, a town or two places (贵州省思南中学) name.
const BARE_ENDINGS = new Set(['学校', '中学', '小学', '幼儿园']);
const LOCAL_PLACE = /[县镇乡村]$/;
const FUNCTION_CHARS = /[的了是在与和及对将把被从而但就都以其该这那些给让为所一各每全等]/;
// 小学生, 中学部: the ending is part of a longer word.
const NOT_AFTER = /^[生部段阶期]/;
const PLACE_POS = new Set(['ns']);

export function schoolNames(doc: Doc): Mention[] {
  const out: Mention[] = [];
  const { tokens, norm } = doc;
  for (let k = 0; k < tokens.length; k++) {
    if (!PLACE_POS.has(tokens[k]!.pos)) continue;
    // A run of places (湖南省桃源县, 贵州省思南).
    const start = tokens[k]!.start;
    let end = tokens[k]!.end;
    let j = k + 1;
    let onlyCountry = isCountry(tokens[k]!.text);
    while (j < tokens.length && tokens[j]!.start === end && PLACE_POS.has(tokens[j]!.pos)) {
      onlyCountry &&= isCountry(tokens[j]!.text);
      end = tokens[j++]!.end;
    }
    const rest = norm.slice(end, end + 16);
    let found: { end: number } | undefined;
    for (let mid = 0; mid <= 6 && mid < rest.length; mid++) {
      const middle = rest.slice(0, mid);
      if (FUNCTION_CHARS.test(middle) || !/^[\u4e00-\u9fff\d]*$/.test(middle)) break;
      if (!MIDDLE.test(middle)) continue;
      const suffix = SUFFIX.exec(rest.slice(mid));
      if (!suffix) continue;
      const after = rest.slice(mid + suffix[0].length);
      if (NOT_AFTER.test(after)) continue;
      // 美国中学: a country and an ending describe.
      if (onlyCountry && mid === 0) break;
      if (mid === 0 && BARE_ENDINGS.has(suffix[0]) && j - k < 2 && !LOCAL_PLACE.test(norm.slice(start, end))) break;
      found = { end: end + mid + suffix[0].length };
      break;
    }
    if (!found) continue;
    // A place that starts inside a word (the segmenter's token starting here) only.
    if (!tokenStartingAt(tokens, start)) continue;
    out.push({ start, end: found.end, text: doc.text.slice(start, found.end), norm: norm.slice(start, found.end), type: 'Organization', source: 'discovery', rule: 'school-name', sentence: sentenceAt(doc.sentences, start) });
    k = j - 1;
  }
  return out;
}
