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
  const dedupe = articleDeduper();
  const kept = results.filter((r) => dedupe.admit(r));
  return { kept, duplicates: dedupe.duplicates };
}

/**
 * The same decision one result at a time, in input order, remembering only ids and text hashes (not the results):
 * `admit` is true for a result to keep and lists one to leave out in `duplicates`.
 */
export function articleDeduper(): { admit(result: ArticleResult): boolean; readonly duplicates: DuplicateArticle[] } {
  const byId = new Map<string, string>();
  const byText = new Map<string, string>();
  const duplicates: DuplicateArticle[] = [];
  return {
    duplicates,
    admit(result) {
      const { id, source, textHash } = result.doc.article;
      const sameId = byId.get(id);
      const sameText = textHash !== undefined ? byText.get(textHash) : undefined;
      if (sameId !== undefined || sameText !== undefined) {
        duplicates.push({ source, keptSource: (sameId ?? sameText)!, id, reason: sameId !== undefined ? 'same-id' : 'same-text' });
        return false;
      }
      byId.set(id, source);
      if (textHash !== undefined) byText.set(textHash, source);
      return true;
    },
  };
}
