import { wordTag } from '../segment/word-shape.ts';
import { looksLikeChineseName } from './surnames.ts';

/**
 * Why a name from a page's author line is not a person: opinion pages credit columns and groups there (读者来论,
 * 专业和你倾 cut at 和 into 专业 and 你倾). Each rule has an id, a test and its own invented examples.
 */
export interface BylineRule {
  readonly id: string;
  readonly rejects: (name: string) => boolean;
  readonly examples: { readonly rejected: readonly string[]; readonly kept: readonly string[] };
}

const COMMON_WORD_TAGS = new Set(['n', 'v', 'vn', 'a', 'an', 'ad', 'd', 'l', 'i']);

export const BYLINE_RULES: readonly BylineRule[] = [
  // 专业, 观察: an everyday word the dictionary knows, not shaped like a name, is a column's or a group's name.
  { id: 'byline-common-word', rejects: (n) => !looksLikeChineseName(n) && COMMON_WORD_TAGS.has(wordTag(n) ?? ''), examples: { rejected: ['观察', '专业', '评论'], kept: ['陈肇贤', '林燕', '千载云', '何清涟'] } },
  // 你倾, 我见: a pronoun opens a column's title, never a name.
  { id: 'byline-pronoun', rejects: (n) => /^[你我您咱他她它]/.test(n), examples: { rejected: ['你倾', '我见我闻'], kept: ['何清涟', '林燕'] } },
  // 读者来论, 网友投稿, 本报评论员: the readers, the users or the paper itself as the author.
  { id: 'byline-group', rejects: (n) => /^(?:读者|网友|本报|本台|本网|本刊|编辑部|小编|评论员)/.test(n), examples: { rejected: ['读者来论', '网友投稿', '本报评论员'], kept: ['陈肇贤', '江峰'] } },
];

/** The id of the first rule that says the author-line name is no person, or undefined. */
export function bylineNotPerson(name: string): string | undefined {
  return BYLINE_RULES.find((r) => r.rejects(name))?.id;
}
