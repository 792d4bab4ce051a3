import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';
import { createGraph } from '../../../src/graph/create-graph.ts';
import { toGraphJson } from '../../../src/write/graph-json.ts';

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env: {}, tty: false };
}

describe('zhkg export', () => {
  it('refuses an unknown format with E_USAGE (exit 2)', async () => {
    const io = captureIo();
    expect(await main(['export', '--format', 'parquet'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/^E_USAGE .*neo4j-import/m);
  });

  it('reports a missing graph with E_INPUT_MISSING', async () => {
    const io = captureIo();
    expect(await main(['export', '--graph', 'no-such/graph.json'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/^E_INPUT_MISSING /m);
  });

  it('writes the CSV files, import.sh, after-import.cypher and README.md, and prints the command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhkg-export-'));
    const graph = createGraph({ generator: 'zhkg', version: 'test', createdFrom: 0 });
    graph.addNode('ant', { type: 'Company', name: '蚂蚁集团', aliases: ['蚂蚁'], mentions: 1 });
    writeFileSync(join(dir, 'graph.json'), toGraphJson(graph));
    const io = captureIo();
    expect(await main(['export', '--graph', join(dir, 'graph.json'), '--out', join(dir, 'import')], io), io.stderr.join('\n')).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/entities\.csv 1[\s\S]*neo4j-admin database import full neo4j/);
    expect(readFileSync(join(dir, 'import', 'entities.csv'), 'utf8')).toContain('"蚂蚁集团"');
    expect(readFileSync(join(dir, 'import', 'after-import.cypher'), 'utf8')).toMatch(/SET e\.aliases = \[\][\s\S]*CREATE CONSTRAINT entity_id/);
    expect(readFileSync(join(dir, 'import', 'import.sh'), 'utf8')).toContain('--multiline-fields=true');
  });
});
