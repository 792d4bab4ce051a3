import type { Doc, Mention, Token } from '../types.ts';
import { roleAtEnd } from './role-words.ts';
import { isGeneric } from './generic-words.ts';
import { sentenceAt } from './sentence-at.ts';
import { FUNCTION_WORD_POS, HAN_RUN } from '../segment/pos-classes.ts';

/**
 * A company's registered name ends in a legal form (有限公司, 股份有限公司, 有限责任公司), perhaps after a bracketed
 * part (天津港（集团）有限公司, 完美（中国）日用品有限公司). The legal form is strong evidence on its own, so the name may
 * hold words the general suffix rule stops at: verbs (北京某某拍卖有限公司, 深圳创新投资集团有限公司) and single
 * characters the segmenter split off an unknown name (宁波奕齐集团有限公司). It runs back from the legal form to a
 * function word, a verb of the clause (担任, 成立), a title or a punctuation mark.
 */
export const LEGAL_FORMS: readonly string[] = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司'];

export const REGISTERED_NAME_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['他现任青州创新投资集团有限公司董事长。', '青州创新投资集团有限公司'],
    ['青州港（集团）有限公司今年利润增长。', '青州港（集团）有限公司'],
    ['记者走访了宁波奕齐集团有限公司。', '宁波奕齐集团有限公司'],
  ],
  negative: [
    ['他在青州远帆有限公司任职。', '在青州远帆有限公司'],
    ['该集团的控股子公司青州远帆有限公司亏损。', '控股子公司青州远帆有限公司'],
    ['名单：青州远帆有限公司青州白鹭有限公司', '青州白鹭有限公司'],
  ],
};

const FORM = new Set(LEGAL_FORMS);
// Words a registered name never holds: function words, the clause's verbs, numbers, pronouns, time words.
const STOP_POS = new Set([...FUNCTION_WORD_POS, 't']);
const STOP_WORDS = new Set([
  '的', '是', '为', '由', '在', '于', '任', '担任', '出任', '现任', '曾任', '兼任', '成立', '创办', '创立', '创建', '组建', '设立', '收购', '并购', '控股', '旗下', '下属', '所属',
  '子公司', '分公司', '公司', '企业', '集团公司', '股东', '大股东', '法人', '与', '和', '及', '或', '等', '即', '原', '前', '名为', '更名', '更名为', '变更', '名称', '加入', '投资于',
]);
const BRACKETED = /^(?:集团|中国|控股|香港|国际|北京|上海|深圳)$/;
const CJK = HAN_RUN;
const MAX_NAME = 16;

export function registeredNames(doc: Doc): Mention[] {
  const out: Mention[] = [];
  const { tokens, norm } = doc;
  for (let k = 0; k < tokens.length; k++) {
    if (!FORM.has(tokens[k]!.text)) continue;
    const start = nameStart(tokens, k);
    if (start === undefined) continue;
    const end = tokens[k]!.end;
    const name = norm.slice(start, end);
    if (end - start - tokens[k]!.text.length < 2 || isGeneric(name)) continue;
    out.push({ start, end, text: doc.text.slice(start, end), norm: name, type: 'Company', source: 'discovery', rule: 'registered-name', sentence: sentenceAt(doc.sentences, start) });
  }
  return out;
}

/** Where the name before the legal form at tokens[k] starts, or undefined when nothing can be a name. */
function nameStart(tokens: readonly Token[], k: number): number | undefined {
  let j = k;
  let chars = 0;
  while (j > 0) {
    const p = tokens[j - 1]!;
    if (p.end !== tokens[j]!.start) break;
    // A bracketed part: （, a word, ）.
    if ((p.text === '）' || p.text === ')') && j >= 3 && BRACKETED.test(tokens[j - 2]!.text) && /^[（(]$/.test(tokens[j - 3]!.text)) {
      j -= 3;
      chars += tokens[j + 1]!.text.length + 2;
      continue;
    }
    // 甲有限公司乙有限公司: a list whose separators the page lost; where one name ends is a guess, so none is made.
    if (FORM.has(p.text) || p.text.endsWith('公司')) return undefined;
    // 油蔴地小轮船: 地 and 得 glued before a name are no particles but part of a name the segmenter split.
    if (p.pos === 'uv' || p.pos === 'ud') return undefined;
    if (!CJK.test(p.text) || STOP_POS.has(p.pos) || STOP_WORDS.has(p.text) || (p.text.length >= 2 && roleAtEnd(p.text) === p.text)) break;
    if (chars + p.text.length > MAX_NAME) return undefined;
    chars += p.text.length;
    j--;
  }
  if (j === k || chars < 2) return undefined;
  // A name does not start with a verb (参观青州远帆有限公司: the visit is no part of it).
  while (j < k && tokens[j]!.pos === 'v') j++;
  if (j === k || tokens[k]!.start - tokens[j]!.start < 2) return undefined;
  return tokens[j]!.start;
}
