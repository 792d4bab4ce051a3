import type { Doc, Mention } from '../types.ts';
import { sentenceAt } from './sentence-at.ts';

/**
 * Broadcast programmes and columns by their 《》 title (电台《晨早新闻》节目, 《城市话题》主持人, 节目《周末访谈》): a title
 * with a programme's word right after it (节目, 栏目, 主持, 编导 …) or right before it (节目, 栏目, a broadcaster's
 * kind) names a programme, a Product of its outlet. Books, films and laws have other words around them.
 */
export const PROGRAMME_AFTER: readonly string[] = ['节目', '栏目', '主持人', '主持', '编导', '监制', '制片人', '主播', '专栏'];
export const PROGRAMME_BEFORE: readonly string[] = ['节目', '栏目', '电视台', '电台', '卫视', '频道'];

export const PROGRAMME_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['她在《城市话题》节目中谈到此事。', '城市话题'],
    ['《午夜热线》主持人林某说。', '午夜热线'],
    ['他在电台节目《周末访谈》里回应。', '周末访谈'],
    ['湖南卫视《快乐夜话》收视率高。', '快乐夜话'],
  ],
  negative: [
    // A book, a law, a film: no programme word by the title.
    ['他写了《城市话题》一书。', '城市话题'],
    ['根据《网络安全法》的规定。', '网络安全法'],
    ['电影《午夜热线》上映。', '午夜热线'],
  ],
};

const TITLE = /《([^《》\n]{2,14})》/g;
const LAW = /法(?:案|典)?(?:[（(].*[)）])?$|条例|规定|办法|决定/;

export function programmeTitles(doc: Doc): Mention[] {
  const { norm, text } = doc;
  const out: Mention[] = [];
  for (const m of norm.matchAll(TITLE)) {
    const inner = m[1]!;
    if (LAW.test(inner)) continue;
    const after = m.index! + m[0].length;
    const before = norm.slice(Math.max(0, m.index! - 4), m.index!).replace(/的$/, '');
    if (!PROGRAMME_AFTER.some((w) => norm.startsWith(w, after)) && !PROGRAMME_BEFORE.some((w) => before.endsWith(w))) continue;
    const start = m.index! + 1;
    const end = start + inner.length;
    out.push({ start, end, text: text.slice(start, end), norm: inner, type: 'Product', source: 'discovery', rule: 'programme-title', sentence: sentenceAt(doc.sentences, start) });
  }
  return out;
}
