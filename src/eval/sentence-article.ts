import type { LoadedArticle } from '../types.ts';

/** A bare sentence of a public data set as an article: one paragraph, no metadata, so no outlet or byline facts. */
export function sentenceArticle(text: string, id: string): LoadedArticle {
  return { id, source: id, format: 'text', title: '', reporters: [], editors: [], paragraphs: [text], captions: [], hints: [], contentHash: '0'.repeat(64) };
}
