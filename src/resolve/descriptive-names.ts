import type { Mention } from '../types.ts';
import { isCountry } from '../recognize/countries.ts';
import { REGIONS } from '../recognize/region-places.ts';

/**
 * Discovered "names" that are descriptions of a kind built from describing words and a class noun: 上市证券公司 (listed
 * securities firms), 中国高科技公司, 各大银行, 房地产项目, 大城市, 塔楼. The recognizers' cues (an organisation
 * suffix, a place before, a stake verb before) take them for names; they name no one entity, so no fact may hang on
 * them. A name is descriptive when it is, in full, an optional place (a country or region), any number of describing
 * words, and a class noun — each from the tables below; one word outside them (招商银行, 大新银行, 平安保险) keeps it.
 * Examples: tests/unit/resolve/descriptive-names.test.ts.
 */
export const DESCRIBING_WORDS: readonly string[] = [
  // How many or which (各大银行, 多家公司, 其他企业).
  '各大', '各家', '多家', '一些', '部分', '其他', '其它', '主要', '有关', '相关', '该', '这家', '这些', '那些', '所有',
  // Size, standing and rank (大城市, 中小企业, 知名公司, 龙头企业).
  '大', '小', '大型', '中型', '小型', '中小', '中小型', '知名', '著名', '顶级', '龙头', '头部', '主流', '传统', '新兴', '一线', '二线',
  // Ownership, listing and reach (上市公司, 国有企业, 外资银行, 跨国公司, 当地企业).
  '上市', '国有', '国营', '民营', '私营', '外资', '中资', '港资', '台资', '跨国', '本地', '当地', '海外', '境外', '外国', '地方',
  // Fields too general to name a firm (证券公司, 高科技公司, 房地产项目, 互联网企业).
  '证券', '高科技', '科技', '房地产', '地产', '互联网', '金融', '投资', '商业',
];

export const CLASS_NOUNS: readonly string[] = ['公司', '企业', '银行', '机构', '券商', '项目', '城市', '塔楼', '大楼'];

const PLACE_TYPES = new Set(['Company', 'Organization', 'GovernmentBody', 'Location']);
const BY_LENGTH = (a: string, b: string): number => b.length - a.length;
const DESCRIBING = [...DESCRIBING_WORDS].sort(BY_LENGTH);
const CLASS = [...CLASS_NOUNS].sort(BY_LENGTH);
const PLACES = ['中国', '大陆', '内地', ...REGIONS];

/** Whether `rest` is describing words then one class noun, wholly (tries every split: 大 + 城市, 大型 + 企业). */
function describes(rest: string): boolean {
  if (CLASS.includes(rest)) return true;
  return DESCRIBING.some((w) => rest.startsWith(w) && rest.length > w.length && describes(rest.slice(w.length)));
}

/** A description of a kind: [place] describing-word* class-noun (中国高科技公司, 上市证券公司, 塔楼). */
export function isDescriptiveName(name: string): boolean {
  if (describes(name)) return true;
  for (let len = 2; len <= 5 && len < name.length; len++) {
    const place = name.slice(0, len);
    if ((isCountry(place) || PLACES.includes(place)) && describes(name.slice(len))) return true;
  }
  return false;
}

/** The mentions without discovered descriptions of a kind (lexicon matches are names by definition). */
export function withoutDescriptiveNames(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => m.lexId !== undefined || m.source !== 'discovery' || !PLACE_TYPES.has(m.type) || !isDescriptiveName(m.norm));
}
