import type { Doc } from '../types.ts';
import { tokenStartingAt } from '../segment/token-index.ts';

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
