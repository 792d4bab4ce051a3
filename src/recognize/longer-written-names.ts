import type { Mention } from '../types.ts';
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
 */
export const LONGER_NAME_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['记者访问了华为终端有限公司。', '华为终端有限公司'],
    ['他毕业于中国石油大学。', '中国石油大学'],
  ],
  negative: [
    ['东风汽车有限公司今年销量下降。', '东风汽车有限公司'],
    ['阿里巴巴集团控股有限公司发布财报。', '阿里巴巴集团控股有限公司'],
  ],
};

// What may follow a known company's name and still be that company: its corporate endings.
const OWN_ENDING = /^(?:股份|控股|集团|集团公司|公司|\(中国\)|（中国）)*$/;
const INSTITUTIONS = new Set(['大学', '学院', '医院', '研究院', '研究所', '学会', '协会', '基金会']);

/**
 * Whether the discovered name `d`, which starts with the known corporate mention `known` and runs past it, names
 * another organisation (and so replaces the known mention), and by which shape.
 */
export function longerWrittenName(d: Mention, known: Mention): string | undefined {
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
  return undefined;
}
