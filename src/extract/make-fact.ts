import type { Doc, Fact, RelationType } from '../types.ts';
import type { PairRule } from './relation-rules.ts';
import { modality } from './modality.ts';

/** A fact with its evidence: the sentence, its offsets, the trigger, the rule and the modality. */
export function makeFact(
  doc: Doc,
  sentence: { start: number; end: number },
  subject: { key: string },
  object: { key: string },
  type: RelationType,
  rule: Pick<PairRule, 'id' | 'confidence'>,
  trigger: string,
  from: number,
  to: number,
): Fact {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = modality(doc.norm.slice(sentence.start, sentence.end), from - sentence.start, to - sentence.start);
  return {
    type,
    subject: subject.key,
    object: object.key,
    confidence: m === 'hedged' || m === 'negated' ? rule.confidence * 0.8 : rule.confidence,
    evidence: { article: doc.article.id, sentence: text, start: sentence.start, end: sentence.end, trigger, rule: rule.id, modality: m },
  };
}
