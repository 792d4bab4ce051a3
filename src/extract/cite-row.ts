import type { Doc } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { CITE_RULES } from './cite-rules.ts';
import { execCue, type CueMatch } from './cue-span.ts';

/** A dateline opening the story (路透华盛顿9月6日 - , 【大纪元9月6日讯】) is no part of the first clause. */
export const DATELINE = /^[【(（]?[^，,。]{0,16}?\d{1,2}月\d{1,2}日(?:电|讯)?[】)）]?\s*[-—–]*\s*/;
// 【大纪元讯】, and a bracketed subheading run into the paragraph (【若爆发冲突，…】中共智库研究员X周三…).
const OUTLET_DATELINE = /^【[^】]{1,40}】/;
const CLAUSE_MARK = /[，,；;]/g;
const OPENING_MARK_END = /[《“"「]$/;
const CLOSING_MARK_START = /^[》”"」]/;

/** The first row of CITE_RULES that holds for `anchors[i]` in sentence `s`: its cue, rule id and confidence. */
export function citeRow(
  doc: Doc,
  anchors: readonly Anchor[],
  i: number,
  s: { start: number; end: number },
): { cue: CueMatch; rule: string; confidence: number } | undefined {
  const a = anchors[i]!;
  const sentence = doc.norm.slice(s.start, a.start);
  const dateline = (DATELINE.exec(sentence) ?? OUTLET_DATELINE.exec(sentence))?.[0].length ?? 0;
  let clause = dateline;
  for (const m of sentence.matchAll(CLAUSE_MARK)) if (m.index! + 1 > clause && m.index! >= dateline) clause = m.index! + 1;
  const beforeFrom = s.start + clause;
  const before = doc.norm.slice(beforeFrom, a.start).replace(OPENING_MARK_END, '');
  const raw = doc.norm.slice(a.end, Math.min(s.end, a.end + 60));
  const after = raw.replace(CLOSING_MARK_START, '');
  const afterFrom = a.end + raw.length - after.length;
  for (const rule of CITE_RULES) {
    if (rule.off !== undefined || !rule.cited.includes(a.type)) continue;
    const b = execCue(rule.before, before, beforeFrom);
    const af = b && execCue(rule.after, after, afterFrom);
    if (!b || !af) continue;
    if (rule.notRelayed?.test(doc.norm.slice(s.start, a.start))) continue;
    if (rule.soleSpeaker && anchors.some((o, k) => k !== i && o.type === 'Person' && ((o.start >= beforeFrom && o.start < a.start) || (o.start >= a.end && o.start < af.end)))) continue;
    return { cue: rule.cueIn === 'before' ? b : af, rule: rule.id, confidence: rule.confidence };
  }
  return undefined;
}
