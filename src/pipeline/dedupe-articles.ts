import type { ArticleResult } from '../types.ts';

/** An input that is the same article as one read before it. */
export interface DuplicateArticle {
  /** The file left out. */
  source: string;
  /** The file whose copy is kept. */
  keptSource: string;
  id: string;
  reason: 'same-id' | 'same-text';
}

/**
 * One result per article: a later input with the id of an earlier one (same outlet id or URL) or the same text
 * (one page saved twice under two names) is left out and listed, never merged into the first. Pure.
 */
export function dedupeArticles(results: readonly ArticleResult[]): { kept: ArticleResult[]; duplicates: DuplicateArticle[] } {
  const byId = new Map<string, string>();
  const byText = new Map<string, string>();
  const kept: ArticleResult[] = [];
  const duplicates: DuplicateArticle[] = [];
  for (const result of results) {
    const { id, source, textHash } = result.doc.article;
    const sameId = byId.get(id);
    const sameText = textHash !== undefined ? byText.get(textHash) : undefined;
    if (sameId !== undefined || sameText !== undefined) {
      duplicates.push({ source, keptSource: (sameId ?? sameText)!, id, reason: sameId !== undefined ? 'same-id' : 'same-text' });
      continue;
    }
    byId.set(id, source);
    if (textHash !== undefined) byText.set(textHash, source);
    kept.push(result);
  }
  return { kept, duplicates };
}
