import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zhkg from '../../src/index.ts';

describe('the public API (README, "Library API")', () => {
  it('ingests a folder and writes the three files the way the README shows', async () => {
    const { ingest, writeOutputs, toCypherScript } = zhkg;
    const { graph, report, results } = await ingest(['seeds'], {});
    const out = mkdtempSync(join(tmpdir(), 'zhkg-api-'));
    await writeOutputs(graph, out, { formats: ['json', 'graphml', 'cypher'] }, toCypherScript);
    expect(readdirSync(out).sort()).toEqual(['graph.cypher', 'graph.graphml', 'graph.json']);
    expect(report.articlesRead).toBe(1);
    expect(report.relationsByType.CONTROLS).toBeGreaterThan(0);
    expect(results).toHaveLength(1);
  });

  it.each(['readArticle', 'loadArticle', 'prepareDoc', 'analyzeArticle', 'buildGraph', 'toGraphJson', 'toGraphml', 'graphFromJson', 'loadGraph', 'neo4jConfig', 'loadLexicon'])(
    'exports %s',
    (name) => {
      expect(typeof (zhkg as Record<string, unknown>)[name]).toBe('function');
    },
  );
});
