import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { analyzeArticle } from '../../../src/pipeline/analyze-article.ts';
import { compactResult } from '../../../src/pipeline/compact-result.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeArticle } from '../../fixtures/nlp/make-article.ts';

describe('compactResult', () => {
  it('keeps entity keys, mention counts and surface forms, and drops the text', () => {
    const full = analyzeArticle(makeArticle(['中國人民銀行約談了螞蟻集團。', '央行表示，蚂蚁集团须整改。']), loadLexicon());
    const compact = compactResult(full);
    expect(compact.doc.text).toBe('');
    expect(compact.doc.tokens).toEqual([]);
    const ant = (r: typeof full) => r.entities.find((e) => e.key === 'ant-group')!;
    expect(ant(compact).mentions).toHaveLength(ant(full).mentions.length);
    expect(ant(compact).aliases).toContain('螞蟻集團');
    expect(compact.facts).toEqual(full.facts);
  });

  it('lets the graph of a default (compacted) ingest keep traditional surface forms as aliases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhkg-compact-'));
    writeFileSync(join(dir, 'a.txt'), '央行約談螞蟻集團\n\n中國人民銀行周三約談了螞蟻集團。');
    const { graph } = await ingest([dir]);
    expect(graph.getNodeAttributes('ant-group').aliases).toContain('螞蟻集團');
    expect(graph.getNodeAttributes('ant-group').mentions).toBe(2);
  });
});
