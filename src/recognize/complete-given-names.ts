import type { Doc, Mention } from '../types.ts';
import { looksLikeChineseName } from './surnames.ts';
import { wordTag } from '../segment/word-shape.ts';

/**
 * A two-character name found after a role (学者庄太/量分析, 总经理戴自/更被) whose every occurrence on the page runs
 * on into the same character is a three-character name the segmenter cut short: 庄太量, 戴自更. The character must
 * be no particle or verb that ends names (说, 在, 等) and must not start a word with what follows it (张伟/今天).
 */
export const GIVEN_NAME_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['大学学者庄太量分析认为，市场仍会波动。', '庄太量'],
    ['集团总经理戴自更被纪委带走。消息人士称，戴自更已被留置。', '戴自更'],
    ['集团总经理戴立更被纪委带走。戴立更是创报元老。', '戴立更'],
    // 均 (all) cannot follow the one person a role names: it is the name's last character.
    ['集团董事长陈立均表示，业务稳定。', '陈立均'],
  ],
  negative: [
    ['公司经理张伟今天表示，市场仍会波动。', '张伟今'],
    ['公司经理张伟今天表示，张伟今年退休。', '张伟今'],
    ['总经理戴自更被纪委带走。戴自随后辞职。', '戴自更'],
    ['地产公司老板刘建涉黑被起诉。', '刘建涉'],
    // 亦 (also) can: 陈立 also said.
    ['集团董事长陈立亦表示，业务稳定。', '陈立亦'],
  ],
};

// Characters that end a name or stand between words rather than finish a given name (not 均, all: the one person a
// role names takes no “all”, so 董事长陈立均表示 is 陈立均).
const NOT_LAST = /[案家等们说称表讲指叫也都就又还曾将已在和与及对向的了是为被把从给让请并而但亦才再摄报讯一二三四五六七八九十两几数多各所个些前后即当则未涉]/;
const CJK = /^[\u4e00-\u9fff]$/;

export function completeGivenNames(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const { norm } = doc;
  const cache = new Map<string, string | undefined>();
  return mentions.map((m) => {
    if (m.type !== 'Person' || m.rule !== 'person-after-role' || m.norm.length !== 2) return m;
    if (!cache.has(m.norm)) cache.set(m.norm, lastCharOf(norm, m.norm));
    const last = cache.get(m.norm);
    if (last === undefined) return m;
    const end = m.end + 1;
    return { ...m, end, text: doc.text.slice(m.start, end), norm: norm.slice(m.start, end) };
  });
}

/** The one character every occurrence of `short` in `norm` runs on into, when it completes a name. */
// (戴自更/是: one occurrence may run into a word, 更是, as long as another one does not.)
function lastCharOf(norm: string, short: string): string | undefined {
  let last: string | undefined;
  let free = false;
  for (let at = norm.indexOf(short); at !== -1; at = norm.indexOf(short, at + 1)) {
    const c = norm[at + short.length] ?? '';
    if (!CJK.test(c) || NOT_LAST.test(c) || (last !== undefined && c !== last)) return undefined;
    const tag = wordTag(norm.slice(at + short.length, at + short.length + 2));
    if (tag === undefined || tag === 'x') free = true;
    last = c;
  }
  return last !== undefined && free && looksLikeChineseName(short + last) ? last : undefined;
}
