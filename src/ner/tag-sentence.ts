import type { NerModel } from './ner-model.ts';
import { emissions } from './ner-model.ts';
import { extractFeatures, type NerWord } from './ner-features.ts';
import type { NameGazetteer } from './name-gazetteer.ts';
import { tagsToSpans, type NerSpan } from './ner-labels.ts';
import { viterbi } from './viterbi.ts';

/** A tagged name: its span in the sentence, label, and the smallest margin over its characters (see `viterbi`). */
export interface TaggedSpan extends NerSpan {
  margin: number;
}

/** The names the model finds in one sentence, given its segmenter words (offsets relative to the sentence). */
export function tagSentence(model: NerModel, gazetteer: NameGazetteer, text: string, words: readonly NerWord[]): TaggedSpan[] {
  const n = text.length;
  if (n === 0) return [];
  const features = extractFeatures(text, words, gazetteer, model.buckets);
  const margins = new Float32Array(n);
  const tags = viterbi(emissions(model, features, n), n, model.transitions, margins);
  return tagsToSpans(tags).map((s) => {
    let margin = Infinity;
    for (let i = s.start; i < s.end; i++) if (margins[i]! < margin) margin = margins[i]!;
    return { ...s, margin };
  });
}
