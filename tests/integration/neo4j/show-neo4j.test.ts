import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';
import type { Graph } from '../../../src/graph/index.ts';
import { loadGraph } from '../../../src/neo4j/load-graph.ts';
import { toGraphJson } from '../../../src/write/graph-json.ts';
import { sampleGraph } from './sample-graph.ts';
import { clearDatabase, useTestDb } from './neo4j-test-db.ts';

const db = useTestDb({ clearBeforeEach: false });
let graphFile: string;
beforeAll(async () => {
  await clearDatabase(db.conn);
  const graph = sampleGraph();
  await loadGraph(graph, db.conn);
  graphFile = join(mkdtempSync(join(tmpdir(), 'zhkg-show-neo4j-')), 'graph.json');
  writeFileSync(graphFile, toGraphJson(graph as unknown as Graph));
});

function captureIo(env: NodeJS.ProcessEnv = {}): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env, tty: false };
}

function neo4jEnv(): NodeJS.ProcessEnv {
  return { NEO4J_URI: db.conn.uri, NEO4J_USERNAME: db.conn.username, NEO4J_PASSWORD: db.conn.password, NEO4J_DATABASE: db.conn.database };
}

describe('zhkg show --neo4j', () => {
  it.each([['馬雲'], ['Jack Ma'], ['蚂蚁集团'], ['蚂蚁金服'], ['ant-group'], ['支付宝']])('prints the same card for %s as from graph.json', async (name) => {
    const fromNeo4j = captureIo(neo4jEnv());
    expect(await main(['show', name, '--neo4j'], fromNeo4j)).toBe(0);
    const fromFile = captureIo();
    expect(await main(['show', name, '--graph', graphFile], fromFile)).toBe(0);
    expect(fromNeo4j.stdout.join('\n')).toBe(fromFile.stdout.join('\n'));
    expect(fromNeo4j.stdout.join('\n')).toMatch(/^\S+ .*— (Person|Company|Product)/);
  });

  it('says an unknown name is unknown in that database and exits 1', async () => {
    const io = captureIo(neo4jEnv());
    expect(await main(['show', '华为', '--neo4j'], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^E_ENTITY_NOT_FOUND zhkg show: no entity is named "华为" in /);
    expect(io.stderr.join('\n')).not.toContain(db.conn.password);
  });

  it('matches names as typed, simplified or lower-cased only: jackma is found in graph.json, not in Neo4j', async () => {
    expect(await main(['show', 'jackma', '--neo4j'], captureIo(neo4jEnv()))).toBe(1);
    expect(await main(['show', 'jackma', '--graph', graphFile], captureIo())).toBe(0);
  });
});
