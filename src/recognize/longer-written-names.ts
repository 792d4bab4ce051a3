import type { Mention, Token } from '../types.ts';
import { orgSuffixType } from './org-suffixes.ts';
import { LEGAL_FORMS } from './registered-names.ts';

/**
 * A known company's name inside a longer name written out in full is not a mention of that company: the longer
 * name is another organisation. Two shapes, both longest-match over the lexicon's shorter name:
 * - `legal-form-after-words`: the known name, words of its own, then a legal form (甲乙终端有限公司 beside the
 *   known 甲乙): a registered company, a subsidiary or business line. A legal form right after the known name
 *   (甲乙有限公司, 甲乙集团控股有限公司) is the known company itself, and stays it.
 * - `institution-after-company`: a known company then an institution's ending (甲乙石油大学 beside the company
 *   甲乙石油): a university, hospital or institute named after the company, another entity.
 * - `group-after-words`: the known name, a name word of its own, then 集团 or 公司 (甲乙丙丁集团 beside the known
 *   甲乙, 甲乙汽车工业公司): a group or subsidiary named from the known one, another entity. 甲乙集团, 甲乙公司,
 *   甲乙控股集团 stay the known company, and so does a clause the discovery ran over (甲乙投资游戏公司, 甲乙作为商业公司):
 *   every word between must be a noun.
 */
export const LONGER_NAME_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['记者访问了华为终端有限公司。', '华为终端有限公司'],
    ['他毕业于中国石油大学。', '中国石油大学'],
    ['三星重机械工业公司宣布裁员。', '三星重机械工业公司'],
    ['腾讯星辰集团目前控制多家公司。', '腾讯星辰集团'],
  ],
  negative: [
    ['东风汽车有限公司今年销量下降。', '东风汽车有限公司'],
    ['阿里巴巴集团控股有限公司发布财报。', '阿里巴巴集团控股有限公司'],
    ['阿里巴巴集团今天发布财报。', '阿里巴巴集团'],
    ['腾讯控股集团今天发布财报。', '腾讯控股集团'],
    ['腾讯投资游戏公司的股份。', '腾讯投资游戏公司'],
    ['华为作为电信公司，必须守法。', '华为作为电信公司'],
  ],
};

// What may follow a known company's name and still be that company: its corporate endings.
const OWN_ENDING = /^(?:股份|控股|集团|集团公司|公司|\(中国\)|（中国）)*$/;
const GROUP_ENDINGS = ['集团', '公司'];
// Nouns and names (汽车/n, 国安/nz, 华联/ns), not verbal nouns (投资/vn).
const NOUN_POS = /^n/;
const INSTITUTIONS = new Set(['大学', '学院', '医院', '研究院', '研究所', '学会', '协会', '基金会']);

/**
 * Whether the discovered name `d`, which starts with the known corporate mention `known` and runs past it, names
 * another organisation (and so replaces the known mention), and by which shape.
 */
export function longerWrittenName(d: Mention, known: Mention, tokens: readonly Token[] = []): string | undefined {
  if (known.source !== 'lexicon' || known.start !== d.start || known.end >= d.end) return undefined;
  if (known.type !== 'Company' && known.type !== 'Organization') return undefined;
  const rest = d.norm.slice(known.end - d.start);
  const form = LEGAL_FORMS.find((f) => rest.endsWith(f));
  if (form) {
    const words = rest.slice(0, rest.length - form.length);
    return words.length >= 2 && !OWN_ENDING.test(words) ? 'legal-form-after-words' : undefined;
  }
  const suffix = orgSuffixType(d.norm, true);
  if (known.type === 'Company' && suffix && INSTITUTIONS.has(suffix.suffix) && rest === suffix.suffix) return 'institution-after-company';
  const group = GROUP_ENDINGS.find((e) => rest.endsWith(e));
  if (known.type === 'Company' && group) {
    const words = rest.slice(0, rest.length - group.length);
    const between = tokens.filter((t) => t.start >= known.end && t.end <= d.end - group.length);
    const nouns = between.length > 0 && between.every((t) => NOUN_POS.test(t.pos));
    if (words.length >= 2 && !OWN_ENDING.test(words) && nouns) return 'group-after-words';
  }
  return undefined;
}
