import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openResultCache } from '../../../src/cache/result-cache.ts';
import type { ArticleResult, Mention } from '../../../src/types.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhkg-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mention = { start: 0, end: 0, text: '', norm: '', type: 'Person', source: 'lexicon', sentence: -1 } as Mention;
const result: ArticleResult = {
  doc: {
    article: { id: 'a1', source: 'x.txt', format: 'text', title: '标题', reporters: ['林燕'], editors: [], paragraphs: [], captions: [], hints: [], contentHash: 'h' },
    text: '',
    norm: '',
    sentences: [],
    tokens: [],
  },
  entities: [{ key: 'Person:马云', type: 'Person', name: '马云', aliases: ['马云'], mentions: [mention, mention, mention] }],
  facts: [],
  warnings: [],
} as unknown as ArticleResult;

function entries(): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((n) => n.endsWith('.json.gz'));
}

describe('openResultCache', () => {
  it('gives back what was put, mentions counted', () => {
    const cache = openResultCache(dir, 'f1');
    const key = cache.keyOf('x.txt', Buffer.from('马云'));
    expect(cache.get(key)).toBeUndefined();
    cache.put(key, { result, chars: 42 });
    const again = openResultCache(dir, 'f1').get(key)!;
    expect(again.chars).toBe(42);
    expect(again.result.doc.article).toEqual(result.doc.article);
    expect(again.result.entities[0]!.mentions).toHaveLength(3);
    expect({ ...again.result.entities[0], mentions: [] }).toEqual({ ...result.entities[0], mentions: [] });
  });

  it('keys on the fingerprint, the path and the bytes', () => {
    const a = openResultCache(dir, 'f1');
    const b = openResultCache(dir, 'f2');
    const bytes = Buffer.from('马云');
    const keys = new Set([a.keyOf('x.txt', bytes), b.keyOf('x.txt', bytes), a.keyOf('y.txt', bytes), a.keyOf('x.txt', Buffer.from('马化腾'))]);
    expect(keys.size).toBe(4);
    expect(a.keyOf('x.txt', bytes)).toBe(openResultCache(dir, 'f1').keyOf('x.txt', bytes));
  });

  it('treats an unreadable entry as a miss', () => {
    const cache = openResultCache(dir, 'f1');
    const key = cache.keyOf('x.txt', Buffer.from('a'));
    cache.put(key, { result, chars: 1 });
    writeFileSync(join(dir, key.slice(0, 2), `${key}.json.gz`), 'not gzip');
    expect(cache.get(key)).toBeUndefined();
  });

  it('removes the entries a run did not use and counts hits and misses', () => {
    const cache = openResultCache(dir, 'f1');
    const kept = cache.keyOf('a.txt', Buffer.from('a'));
    const gone = cache.keyOf('b.txt', Buffer.from('b'));
    cache.put(kept, { result, chars: 1 });
    cache.put(gone, { result, chars: 1 });
    cache.get(kept);
    cache.get(cache.keyOf('c.txt', Buffer.from('c')));
    expect(cache.finish(new Set([kept]))).toEqual({ hits: 1, misses: 1, removed: 1 });
    expect(entries()).toEqual([join(kept.slice(0, 2), `${kept}.json.gz`)]);
  });

  it('refuses a cache folder that cannot be made, naming it (E_WRITE)', () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => openResultCache(join(dir, 'file', 'cache'), 'f')).toThrow(expect.objectContaining({ code: 'E_WRITE', file: join(dir, 'file', 'cache') }));
  });
});
