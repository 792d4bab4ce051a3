import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';
import type { Graph } from '../../../src/graph/index.ts';
import { toGraphJson } from '../../../src/write/graph-json.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';
import { tempDirs } from '../../fixtures/temp-dirs.ts';

const tempDir = tempDirs();

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env: {}, tty: false };
}

function graphFile(mutate?: (json: { nodes: { key: string; attributes: Record<string, unknown> }[] }) => void): string {
  const json = JSON.parse(toGraphJson(sampleGraph() as unknown as Graph));
  mutate?.(json);
  const file = join(tempDir('zhkg-show-'), 'graph.json');
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe('zhkg show', () => {
  it('prints the card of 馬雲: facts grouped by relation, evidence newest first with outlet, date and URL', async () => {
    const io = captureIo();
    expect(await main(['show', '馬雲', '--graph', graphFile()], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/^马云 \(Jack Ma\) — Person/);
    expect(text).toMatch(/CONTROLS \(1\)\n {2}→ 蚂蚁集团 \(Company\)/);
    expect(text).toMatch(/FOUNDED \(1\)\n {2}→ 阿里巴巴集团/);
    const a1 = text.indexOf('马云是蚂蚁集团的实际控制人。');
    const a2 = text.indexOf('马云控制蚂蚁集团。');
    expect(a1).toBeGreaterThan(0);
    expect(a2).toBeGreaterThan(a1);
    expect(text).toContain('大纪元 2020-11-03 《蚂蚁集团上市被叫停》 · asserted');
    expect(text).toContain("https://example.org/a1?x=1&y='2'");
  });

  it('prints the card as JSON with --json', async () => {
    const io = captureIo();
    expect(await main(['show', 'Jack Ma', '--json', '--graph', graphFile()], io)).toBe(0);
    const card = JSON.parse(io.stdout.join('\n'));
    expect(card).toMatchObject({ key: 'jack-ma', name: '马云', type: 'Person' });
    expect(card.relations.map((r: { type: string }) => r.type)).toEqual(['CONTROLS', 'FOUNDED']);
  });

  it('lists the candidates of an ambiguous name with their keys and exits 1', async () => {
    const file = graphFile((json) => {
      const csrc = json.nodes.find((n) => n.key === 'csrc')!;
      csrc.attributes.aliases = [...(csrc.attributes.aliases as string[]), '央行'];
    });
    const io = captureIo();
    expect(await main(['show', '央行', '--graph', file], io)).toBe(1);
    expect(io.stdout).toEqual([]);
    const err = io.stderr.join('\n');
    expect(err).toMatch(/^E_ENTITY_AMBIGUOUS .*"央行" names 2 entities/);
    expect(err).toMatch(/^ {2}pboc {2}中国人民银行 \(GovernmentBody/m);
    expect(err).toMatch(/^ {2}csrc {2}证监会 \(GovernmentBody/m);
    const byKey = captureIo();
    expect(await main(['show', 'csrc', '--graph', file], byKey)).toBe(0);
  });

  it('says clearly that an unknown name is unknown and exits 1', async () => {
    const io = captureIo();
    expect(await main(['show', '华为', '--graph', graphFile()], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^E_ENTITY_NOT_FOUND zhkg show: no entity is named "华为"$/);
  });

  it('names a missing graph file and tells how to make one', async () => {
    const io = captureIo();
    expect(await main(['show', '马云', '--graph', '/nonexistent/graph.json'], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^E_INPUT_MISSING .*\/nonexistent\/graph\.json.*zhkg ingest/);
  });

  it('is in the main --help and has its own', async () => {
    const io = captureIo();
    await main(['--help'], io);
    expect(io.stdout.join('\n')).toMatch(/zhkg show <name or alias>/);
    const own = captureIo();
    expect(await main(['show', '--help'], own)).toBe(0);
    expect(own.stdout.join('\n')).toMatch(/--graph <file>/);
  });
});

describe('the README’s zhkg show block', () => {
  it('is exactly what `zhkg show 馬雲` prints for the seed', { timeout: 120_000 }, async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const block = /What `npm run show -- 馬雲` prints for the seed:\n\n```\n([\s\S]*?)\n```/.exec(readme)![1]!;
    const out = join(tempDir('zhkg-readme-show-'), 'out');
    const seeds = new URL('../../../seeds/', import.meta.url).pathname;
    expect(await main(['ingest', seeds, '--out', out, '--format', 'json', '--quiet', '--no-neo4j'], captureIo())).toBe(0);
    const io = captureIo();
    expect(await main(['show', '馬雲', '--graph', join(out, 'graph.json')], io)).toBe(0);
    expect(io.stdout.join('\n')).toBe(block);
  });
});
