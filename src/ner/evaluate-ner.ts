import type { NerModel } from './ner-model.ts';
import type { NameGazetteer } from './name-gazetteer.ts';
import type { NerSpan } from './ner-labels.ts';
import type { NerWord } from './ner-features.ts';
import { tagSentence } from './tag-sentence.ts';
import { scoreSpans, type SpanScore } from './score-spans.ts';

/** A sentence ready for scoring: normalised text, segmenter words and gold spans (in the scoring's label indices). */
export interface GoldSentence {
  norm: string;
  words: NerWord[];
  gold: NerSpan[];
}

/**
 * Span P/R/F1 of the model on gold sentences. `relabel` maps a predicted label index (into NER_LABELS) to the
 * scoring's label index, or -1 to ignore the span (People's Daily has one ORG for our three organisation labels).
 */
export function evaluateNer(model: NerModel, gazetteer: NameGazetteer, sentences: readonly GoldSentence[], labels: readonly string[], relabel: (label: number) => number): Record<string, SpanScore> {
  const pairs = sentences.map((s) => ({
    gold: s.gold,
    predicted: tagSentence(model, gazetteer, s.norm, s.words)
      .map((p) => ({ start: p.start, end: p.end, label: relabel(p.label) }))
      .filter((p) => p.label >= 0),
  }));
  return scoreSpans(pairs, labels);
}

/** A score table as text, one label a line. */
export function formatScores(title: string, scores: Record<string, SpanScore>): string {
  const rows = Object.entries(scores).map(([name, s]) => `  ${name.padEnd(13)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (gold ${s.gold}, predicted ${s.predicted})`);
  return [title, ...rows].join('\n');
}
