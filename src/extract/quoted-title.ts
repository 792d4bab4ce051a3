import type { Doc } from '../types.ts';

const OPEN = '“「『《"';
const CLOSE = '”」』》"';
/** What a quoted title names when it ends on one of these: an event, a plan, a campaign, a law — not a clause. */
const TITLE_END = /(?:论坛|峰会|大会|会议|研讨会|博览会|交易会|展览会|展会|展|节|周|奖|计划|行动|倡议|工程|项目|运动|协定|协议|条例|法案|法|政策|战略|报告|白皮书|指数|基金|宣言)$/;

/**
 * True when `at` lies inside a quoted title (“投资欧盟论坛”, 《外商投资法》): a cue word there is part of the title's
 * name, no predicate of the sentence.
 */
export function insideQuotedTitle(doc: Doc, at: number, from: number, to: number): boolean {
  let open = -1;
  for (let i = at - 1; i >= from && at - i <= 40; i--) {
    const c = doc.norm[i]!;
    if (CLOSE.includes(c) && c !== '"') return false;
    if (OPEN.includes(c)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = at; i < to && i - at <= 40; i++) {
    const c = doc.norm[i]!;
    if (CLOSE.includes(c)) return TITLE_END.test(doc.norm.slice(open + 1, i)) || doc.norm[open] === '《';
    if (OPEN.includes(c) && c !== '"') return false;
  }
  return false;
}

/**
 * True when the span lies inside a 《…》 title that is longer than it (《联合国公民权利和政治权利国际公约》,
 * 《香港国安法》): the name is part of the title of a law, treaty or book, no party to the sentence's facts.
 */
export function insideLongerTitle(doc: Doc, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= 0 && start - i <= 40; i--) {
    const c = doc.norm[i]!;
    if (c === '》' || c === '\n') return false;
    if (c === '《') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = end; i < doc.norm.length && i - end <= 40; i++) {
    const c = doc.norm[i]!;
    if (c === '《' || c === '\n') return false;
    if (c === '》') return i - open - 1 > end - start;
  }
  return false;
}
