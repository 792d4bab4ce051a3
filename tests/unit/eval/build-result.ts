import type { ArticleResult, EntityType, Fact, Modality, RelationType, ResolvedEntity } from '../../../src/types.ts';

/** Hand-made pipeline output for the scorer tests: entities as [key, type, name, aliases?]. */
export type EntitySpec = [key: string, type: EntityType, name: string, aliases?: string[]];
/** Facts as [subjectKey, TYPE, objectKey, modality?]. */
export type FactSpec = [subject: string, type: RelationType, object: string, modality?: Modality];

export function entity([key, type, name, aliases = []]: EntitySpec): ResolvedEntity {
  return { key, type, name, aliases, mentions: [] };
}

export function fact([subject, type, object, modality = 'asserted']: FactSpec): Fact {
  return {
    type,
    subject,
    object,
    confidence: 0.9,
    evidence: { article: 'a1', sentence: `${subject} ${type} ${object}`, start: 0, end: 1, trigger: 't', rule: 'test-rule', modality },
  };
}

export function buildResult(source: string, entities: EntitySpec[], facts: FactSpec[] = []): ArticleResult {
  const article = {
    id: 'a1',
    source,
    format: 'text',
    title: 't',
    reporters: [],
    editors: [],
    paragraphs: [],
    captions: [],
    hints: [],
    contentHash: '0',
  };
  return {
    doc: { article, text: '', norm: '', sentences: [], tokens: [] },
    entities: entities.map(entity),
    facts: facts.map(fact),
    warnings: [],
  };
}
