import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
    // Without keepResults each result is merged into the graph and dropped (bounded memory): none is returned.
    expect(results).toEqual([]);
    const kept = await ingest(['seeds'], { keepResults: true });
    expect(kept.results).toHaveLength(1);
    expect(kept.results[0]!.doc.text.length).toBeGreaterThan(1000);
  });

  it('opens an output folder early with openOutputFolder (E_WRITE at once) and hands it to writeOutputs', async () => {
    const { ingest, writeOutputs, openOutputFolder } = zhkg;
    const dir = mkdtempSync(join(tmpdir(), 'zhkg-api-'));
    writeFileSync(join(dir, 'file.txt'), 'x');
    await expect(openOutputFolder(join(dir, 'file.txt', 'out'))).rejects.toMatchObject({ code: 'E_WRITE' });
    rmSync(join(dir, 'file.txt'));
    const folder = await openOutputFolder(join(dir, 'out'));
    const { graph } = await ingest(['seeds'], {});
    expect(await writeOutputs(graph, folder, { formats: ['json'] })).toEqual([join(dir, 'out', 'graph.json')]);
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('calls onInputError for a missing path before the analysis', async () => {
    const seen: string[] = [];
    const { report } = await zhkg.ingest(['no-such-folder-zhkg'], { onInputError: (f) => seen.push(`${f.code} ${f.file}`) });
    expect(seen).toEqual(['E_INPUT_MISSING no-such-folder-zhkg']);
    expect(report.articlesRead).toBe(0);
  });

  it.each(['readArticle', 'loadArticle', 'prepareDoc', 'analyzeArticle', 'buildGraph', 'toGraphJson', 'toGraphml', 'graphFromJson', 'loadGraph', 'neo4jConfig', 'loadLexicon'])(
    'exports %s',
    (name) => {
      expect(typeof (zhkg as Record<string, unknown>)[name]).toBe('function');
    },
  );
});
