import type { ArticleResult } from '../types.ts';

/**
 * Drops what the graph does not need (the text, tokens, sentences, paragraphs) so that a batch of
 * thousands of articles is held in bounded memory; evidence keeps its own sentence text.
 */
export function compactResult(result: ArticleResult): ArticleResult {
  const article = { ...result.doc.article, paragraphs: [], captions: [], hints: [] };
  return {
    doc: { article, text: '', norm: '', sentences: [], tokens: [] },
    entities: result.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, text: '', norm: '' })) })),
    facts: result.facts,
    warnings: [],
  };
}
