import { describe, expect, it } from 'vitest';
import { dedupeArticles } from '../../../src/pipeline/dedupe-articles.ts';
import type { ArticleResult } from '../../../src/types.ts';

function result(id: string, source: string, textHash?: string): ArticleResult {
  return { doc: { article: { id, source, textHash } }, entities: [], facts: [], warnings: [] } as unknown as ArticleResult;
}

const sources = (results: ArticleResult[]): string[] => results.map((r) => r.doc.article.source);

describe('dedupeArticles', () => {
  it('keeps distinct articles, all of them, in input order', () => {
    const input = [result('n1', 'c.html', 'h1'), result('n2', 'a.html', 'h2'), result('n3', 'b.html', 'h3')];
    const { kept, duplicates } = dedupeArticles(input);
    expect(sources(kept)).toEqual(['c.html', 'a.html', 'b.html']);
    expect(kept[0]).toBe(input[0]);
    expect(duplicates).toEqual([]);
  });

  it('drops a later article with the same id and names the first as kept', () => {
    const { kept, duplicates } = dedupeArticles([result('n13042441', 'epoch/a.html', 'h1'), result('n13042441', 'mirror/b.html', 'h2')]);
    expect(sources(kept)).toEqual(['epoch/a.html']);
    expect(duplicates).toEqual([{ source: 'mirror/b.html', keptSource: 'epoch/a.html', id: 'n13042441', reason: 'same-id' }]);
  });

  it('drops a later article with the same text under another id', () => {
    const { kept, duplicates } = dedupeArticles([result('text-aaaa', 'x/1.html', 'h1'), result('url-bbbb', 'y/1.html', 'h1')]);
    expect(sources(kept)).toEqual(['x/1.html']);
    expect(duplicates).toEqual([{ source: 'y/1.html', keptSource: 'x/1.html', id: 'url-bbbb', reason: 'same-text' }]);
  });

  it('names the first copy as kept for every later copy', () => {
    const { kept, duplicates } = dedupeArticles([result('a', '1.md', 'h'), result('a', '2.md', 'h'), result('b', '3.md', 'h')]);
    expect(sources(kept)).toEqual(['1.md']);
    expect(duplicates).toEqual([
      { source: '2.md', keptSource: '1.md', id: 'a', reason: 'same-id' },
      { source: '3.md', keptSource: '1.md', id: 'b', reason: 'same-text' },
    ]);
  });

  it('gives same-id and the id match as kept when the id matches one article and the text another', () => {
    const { duplicates } = dedupeArticles([result('a', 'first.html', 'h1'), result('b', 'second.html', 'h2'), result('a', 'third.html', 'h2')]);
    expect(duplicates).toEqual([{ source: 'third.html', keptSource: 'first.html', id: 'a', reason: 'same-id' }]);
  });

  it('compares articles without a text hash by id only', () => {
    const { kept, duplicates } = dedupeArticles([result('a', '1.txt'), result('b', '2.txt'), result('a', '3.txt'), result('c', '4.txt', 'h')]);
    expect(sources(kept)).toEqual(['1.txt', '2.txt', '4.txt']);
    expect(duplicates).toEqual([{ source: '3.txt', keptSource: '1.txt', id: 'a', reason: 'same-id' }]);
  });

  it('gives nothing for no input and leaves the input array alone', () => {
    expect(dedupeArticles([])).toEqual({ kept: [], duplicates: [] });
    const input = [result('a', '1.html'), result('a', '2.html')];
    dedupeArticles(input);
    expect(sources(input)).toEqual(['1.html', '2.html']);
  });
});
