import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.ts';
import { graphFromJson } from '../../../src/graph/graph-from-json.ts';
import type { Graph } from '../../../src/graph/graph-types.ts';
import { toGraphJson } from '../../../src/write/graph-json.ts';
import { toGraphml } from '../../../src/write/graphml.ts';
import { writeOutputs } from '../../../src/write/write-outputs.ts';
import { sampleResults } from '../../fixtures/graph/sample-results.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhkg-out-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fakeCypher = (g: Graph): string => `// ${g.order} nodes\n`;

describe('writeOutputs', () => {
  it('writes graph.json, graph.graphml and graph.cypher and returns their paths', async () => {
    const graph = buildGraph(sampleResults());
    const out = join(dir, 'out');
    const paths = await writeOutputs(graph, out, {}, fakeCypher);
    expect(paths).toEqual(['graph.json', 'graph.graphml', 'graph.cypher'].map((f) => join(out, f)));
    expect(await readFile(paths[0], 'utf8')).toBe(toGraphJson(graph));
    expect(await readFile(paths[1], 'utf8')).toBe(toGraphml(graph));
    expect(await readFile(paths[2], 'utf8')).toBe('// 10 nodes\n');
    expect(graphFromJson(JSON.parse(await readFile(paths[0], 'utf8'))).size).toBe(graph.size);
  });

  it('writes graph.html, graph.gexf, nodes.csv and edges.csv when asked, in the order of OUTPUT_FORMATS', async () => {
    const out = join(dir, 'out');
    const paths = await writeOutputs(buildGraph(sampleResults()), out, { formats: ['csv', 'gexf', 'html', 'json'] });
    expect(paths).toEqual(['graph.json', 'graph.html', 'graph.gexf', 'nodes.csv', 'edges.csv'].map((f) => join(out, f)));
    expect(await readFile(join(out, 'graph.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(await readFile(join(out, 'edges.csv'), 'utf8')).toMatch(/^Source,Target,Type,Id,Label,Weight/);
  });

  it('skips cypher without a script function', async () => {
    const paths = await writeOutputs(buildGraph(sampleResults()), dir);
    expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(['graph.json', 'graph.graphml']);
    expect((await readdir(dir)).sort()).toEqual(['graph.graphml', 'graph.json']);
  });

  it('writes only the formats asked for', async () => {
    const paths = await writeOutputs(buildGraph(sampleResults()), dir, { formats: ['cypher'] }, fakeCypher);
    expect(paths).toEqual([join(dir, 'graph.cypher')]);
    expect(await readdir(dir)).toEqual(['graph.cypher']);
  });

  it('fails with E_WRITE when the output folder cannot be made', async () => {
    await writeFile(join(dir, 'taken'), 'x');
    const out = join(dir, 'taken', 'out');
    await expect(writeOutputs(buildGraph(sampleResults()), out)).rejects.toMatchObject({
      code: 'E_WRITE',
      file: out,
    });
    expect((await readdir(join(dir))).sort()).toEqual(['taken']);
  });

  it('is all or nothing: a failure while writing leaves the previous set byte-identical and no temporary files', async () => {
    const out = join(dir, 'out');
    await writeOutputs(buildGraph(sampleResults()), out, {}, fakeCypher);
    const before = await Promise.all(['graph.cypher', 'graph.graphml', 'graph.json'].map((f) => readFile(join(out, f))));
    // The third file fails (as on a full disk); the first two were already written, so an in-place writer mixes sets.
    const failing = (): string => {
      throw new Error('ENOSPC: no space left on device');
    };
    const smaller = buildGraph(sampleResults().slice(0, 1));
    await expect(writeOutputs(smaller, out, {}, failing)).rejects.toThrow(/ENOSPC/);
    const after = await Promise.all(['graph.cypher', 'graph.graphml', 'graph.json'].map((f) => readFile(join(out, f))));
    expect(after).toEqual(before);
    expect(await readdir(out)).toEqual(['graph.cypher', 'graph.graphml', 'graph.json']);
    expect(await readdir(dir)).toEqual(['out']);
  });

  it('replaces the whole set: a json-only run leaves no graph.cypher of an earlier run beside it', async () => {
    const out = join(dir, 'out');
    await writeOutputs(buildGraph(sampleResults()), out, {}, fakeCypher);
    await writeOutputs(buildGraph(sampleResults()), out, { formats: ['json'] });
    expect(await readdir(out)).toEqual(['graph.json']);
    expect(await readdir(dir)).toEqual(['out']);
  });

  it('a json-only run leaves no graph.html, graph.gexf or CSV of an earlier run, but keeps files zhkg did not write', async () => {
    const out = join(dir, 'out');
    await writeOutputs(buildGraph(sampleResults()), out, { formats: ['html', 'gexf', 'csv'] });
    await writeFile(join(out, 'notes.txt'), 'mine');
    await writeOutputs(buildGraph(sampleResults()), out, { formats: ['json'] });
    expect((await readdir(out)).sort()).toEqual(['graph.json', 'notes.txt']);
  });
});
