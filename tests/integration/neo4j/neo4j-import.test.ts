/**
 * README "Beyond one machine" (bulk import): `zhkg export --format neo4j-import` → `neo4j-admin database import full`
 * (the command import.sh holds) → start → after-import.cypher gives the database `loadGraph` gives, dump for dump.
 * neo4j-admin needs the database offline, so the import goes into a throw-away server of this file's own; the
 * driver loads go into the shared test server.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AbstractGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.ts';
import { dumpDatabase } from '../../../src/neo4j/dump-database.ts';
import { loadGraph } from '../../../src/neo4j/load-graph.ts';
import type { Neo4jConnection } from '../../../src/neo4j/neo4j-config.ts';
import { runCypherScript } from '../../../src/neo4j/run-cypher-script.ts';
import { runQuery } from '../../../src/neo4j/run-query.ts';
import { neo4jAdmin, startNeo4j, stopNeo4j } from '../../../src/neo4j/server/index.ts';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { toGraphJson } from '../../../src/write/graph-json.ts';
import { neo4jImportArgs } from '../../../src/write/neo4j-import-command.ts';
import { writeNeo4jImport } from '../../../src/write/write-neo4j-import.ts';
import { hostileGraph } from './hostile-graph.ts';
import { clearDatabase, useTestDb } from './neo4j-test-db.ts';

const db = useTestDb({ clearBeforeEach: false });
const password = 'import-test-password';
let instanceDir: string;
/** The files every export holds, as the README's command lists them. */
const FILES = [
  { name: 'articles.csv', kind: 'nodes' }, { name: 'entities.csv', kind: 'nodes' }, { name: 'mentions.csv', kind: 'relationships' },
  { name: 'provenance.csv', kind: 'relationships' }, { name: 'relations.csv', kind: 'relationships' },
] as const;

beforeAll(async () => {
  instanceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhkg-neo4j-import-test-'));
});
afterAll(async () => {
  await stopNeo4j({ instanceDir }).catch(() => {});
  await fs.rm(instanceDir, { recursive: true, force: true });
});

async function driverDump(graph: AbstractGraph): Promise<string[]> {
  await clearDatabase(db.conn);
  await loadGraph(graph, db.conn);
  return dumpDatabase(db.conn);
}

/**
 * Imports an export folder into the own server (stopped for it), starts it, runs the export's after-import.cypher
 * (with `zhkg load --cypher` when `viaCli`, as the README says).
 */
async function importDump(folder: string, viaCli = false): Promise<{ dump: string[]; conn: Neo4jConnection }> {
  await stopNeo4j({ instanceDir }).catch(() => {});
  await neo4jAdmin(neo4jImportArgs(FILES, { folder: `${folder}/` }), { instanceDir, password, heap: '512m' });
  const server = await startNeo4j({ instanceDir, boltPort: 0, httpPort: 0, password, heap: '512m', pageCache: '128m' });
  const conn = { uri: server.uri, username: server.username, password, database: 'neo4j' };
  const afterImport = path.join(folder, 'after-import.cypher');
  if (viaCli) {
    const env = { NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: password, NEO4J_DATABASE: 'neo4j' };
    const lines: string[] = [];
    const code = await main(['load', '--cypher', afterImport], { out: (l) => lines.push(l), err: (l) => lines.push(l), env, tty: false });
    expect(code, lines.join('\n')).toBe(0);
  } else {
    await runCypherScript(await fs.readFile(afterImport, 'utf8'), conn);
  }
  return { dump: await dumpDatabase(conn), conn };
}

describe('zhkg export --format neo4j-import, imported with neo4j-admin', () => {
  it('gives the driver loader\'s database for a graph of hostile strings', async () => {
    const graph = hostileGraph();
    const folder = path.join(instanceDir, 'export-hostile');
    const written = await writeNeo4jImport(graph, folder);
    expect(written.files).toEqual(FILES);
    expect(written.rows['relations.csv']).toBeGreaterThan(5);
    const expected = await driverDump(graph);
    const { dump, conn } = await importDump(folder);
    expect(dump).toEqual(expected);
    expect(dump.join('\n')).toContain('无别名');
    // The schema ran: the constraints the loader relies on exist.
    const constraints = await runQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', {}, conn);
    expect(constraints.map((c) => c.name)).toEqual(['article_id', 'entity_id']);
    // A later driver load merges into the imported database without changing it.
    await loadGraph(graph, conn);
    expect(await dumpDatabase(conn)).toEqual(expected);
  }, 300_000);

  it('gives the driver loader\'s database for the seed, through the CLI (zhkg export … and the README\'s command)', async () => {
    const { graph } = await ingest(['seeds']);
    const work = await fs.mkdtemp(path.join(instanceDir, 'seed-'));
    const graphFile = path.join(work, 'graph.json');
    await fs.writeFile(graphFile, toGraphJson(graph));
    const folder = path.join(work, 'import');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), env: {}, tty: false };
    expect(await main(['export', '--graph', graphFile, '--format', 'neo4j-import', '--out', folder], io)).toBe(0);
    expect(lines.join('\n')).toMatch(/neo4j-admin database import full/);
    const readme = await fs.readFile(path.join(folder, 'README.md'), 'utf8');
    expect(readme).toContain(`neo4j-admin ${neo4jImportArgs(FILES).join(' ')}`);
    const expected = await driverDump(graph as unknown as AbstractGraph);
    const { dump } = await importDump(folder, true);
    expect(dump).toEqual(expected);
    expect(dump.filter((l) => l.startsWith('rel ')).length).toBeGreaterThan(20);
  }, 300_000);
});
