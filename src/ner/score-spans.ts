import type { NerSpan } from './ner-labels.ts';

export interface SpanScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Exact-span scores per label (start, end and label must all match) and over all labels, for sentences paired
 * with their gold and predicted spans. `labels` names the label indices; spans of other labels are ignored.
 */
export function scoreSpans(pairs: Iterable<{ gold: readonly NerSpan[]; predicted: readonly NerSpan[] }>, labels: readonly string[]): Record<string, SpanScore> {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const count = (name: string) => counts.get(name) ?? counts.set(name, { gold: 0, predicted: 0, correct: 0 }).get(name)!;
  for (const name of [...labels, 'overall']) count(name);
  for (const { gold, predicted } of pairs) {
    const keys = new Set(gold.map((s) => `${s.start}:${s.end}:${s.label}`));
    for (const s of gold) if (labels[s.label]) (count(labels[s.label]!).gold++, count('overall').gold++);
    for (const s of predicted) {
      if (!labels[s.label]) continue;
      count(labels[s.label]!).predicted++;
      count('overall').predicted++;
      if (keys.has(`${s.start}:${s.end}:${s.label}`)) (count(labels[s.label]!).correct++, count('overall').correct++);
    }
  }
  const out: Record<string, SpanScore> = {};
  for (const [name, c] of counts) {
    const precision = c.predicted ? c.correct / c.predicted : 0;
    const recall = c.gold ? c.correct / c.gold : 0;
    out[name] = { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return out;
}
