import { looksLikeChineseName } from '../recognize/surnames.ts';

/**
 * Reporters credited in brackets at the very end of an article, after its last sentence — a convention of mainland
 * portals and Taiwanese papers: `…回购。(李楠)`, `…侵害。(文/图 张三 李四)`, `…死因。（王五／台中報導）`. Read in
 * simplified script (the caller normalises); every name must look like a Chinese personal name.
 */
const TRAILING = /[。！？!?”」][（(]([^（）()]{2,30})[）)]$/;
/** `文/图 `, `图文/`, `文：`: what the names made. */
const MADE = /^(?:文\s*[/／]?\s*图|图\s*[/／]?\s*文|文字|文|撰文)\s*[/／:：|丨\s]\s*/;
/** `王五／台中报导`, `王五、赵六/台北即时报导`: names, then where they reported from. */
const REPORTED_FROM = /^([^／/]{2,20})\s*[／/]\s*[\u4e00-\u9fff]{2,6}?(?:即时)?(?:报导|报道)$/;

function names(list: string): string[] {
  const found = list.trim().split(/[\s、，,]+/).filter(Boolean);
  return found.length > 0 && found.length <= 4 && found.every(looksLikeChineseName) ? found : [];
}

export function trailingCredit(paragraph: string): string[] {
  const m = TRAILING.exec(paragraph);
  if (!m) return [];
  const inner = m[1]!.trim();
  const made = MADE.exec(inner);
  if (made) return names(inner.slice(made[0].length));
  const reported = REPORTED_FROM.exec(inner);
  if (reported) return names(reported[1]!);
  // A lone name: one person, never a list (a list in brackets may be anything: 甲、乙).
  return looksLikeChineseName(inner) ? [inner] : [];
}
