import type { Doc, Fact, RelationType } from '../types.ts';
import type { PairRule } from './relation-rules.ts';
import { modality, phraseModality } from './modality.ts';

// Facts a noun phrase states (titles, 旗下, possessives, places in names and before kinds, bylines): see phraseModality.
const NOMINAL_RULE = /^(?:(?:leads|works-for|controls|invests|founded)-role(?!-copula|-appointed)|controls-(?:qixia|possessive|subsidiary)|operates-possessive|located-(?:name-prefix|university-country|place-kind|nationality|place-title|kind-list|nested-place|envoy-office|capital|place-de)|(?:leads|works-for)-title-body|meta-)/;

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
  const norm = doc.norm.slice(sentence.start, sentence.end);
  const m = NOMINAL_RULE.test(rule.id) ? phraseModality(norm, from - sentence.start, to - sentence.start) : modality(norm, from - sentence.start, to - sentence.start, type);
  return {
    type,
    subject: subject.key,
    object: object.key,
    confidence: m === 'hedged' || m === 'negated' ? rule.confidence * 0.8 : rule.confidence,
    evidence: { article: doc.article.id, sentence: text, start: sentence.start, end: sentence.end, trigger, rule: rule.id, modality: m },
  };
}
