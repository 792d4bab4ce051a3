import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jAdmin, neo4jStatus, startNeo4j, stopNeo4j, type Neo4jHandle } from '../../../src/neo4j/server/index.ts';

// Its own throw-away server (not the shared one): this file tests starting and stopping.
const password = 'server-test-password';
let instanceDir: string;
let server: Neo4jHandle | undefined;

async function returnOne(uri: string, pw: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', pw));
  try {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    return (records[0]?.get('one') as { toNumber(): number }).toNumber();
  } finally {
    await driver.close();
  }
}

describe('local Neo4j server', () => {
  beforeAll(async () => {
    instanceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhkg-neo4j-server-test-'));
    server = await startNeo4j({ instanceDir, boltPort: 0, httpPort: 0, password, heap: '512m', pageCache: '128m' });
  });

  afterAll(async () => {
    await stopNeo4j({ instanceDir });
    await fs.rm(instanceDir, { recursive: true, force: true });
  });

  it('answers RETURN 1 over Bolt with the configured password', async () => {
    expect(await returnOne(server!.uri, password)).toBe(1);
  });

  it('rejects a wrong password', async () => {
    await expect(returnOne(server!.uri, 'not-the-password')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
  });

  it('serves Neo4j Browser as HTML on the HTTP port', async () => {
    const response = await fetch(`${server!.httpUrl}/browser/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<title>Neo4j Browser</title>');
  });

  it('reports itself running as Community 5.26', async () => {
    const status = await neo4jStatus({ instanceDir });
    expect(status).toMatchObject({ running: true, pid: server!.pid, uri: server!.uri, edition: 'community' });
    expect(status.version).toMatch(/^5\.26\./);
  });

  it('starting again finds the running server instead of starting a second one', async () => {
    const again = await startNeo4j({ instanceDir, boltPort: 0, httpPort: 0, password });
    expect(again.alreadyRunning).toBe(true);
    expect(again.pid).toBe(server!.pid);
    expect(again.uri).toBe(server!.uri);
  });

  it('a wrong password at start fails fast with E_NEO4J_AUTH', async () => {
    await expect(startNeo4j({ instanceDir, password: 'wrong-password-here', timeoutMs: 30_000 })).rejects.toMatchObject({ code: 'E_NEO4J_AUTH' });
  });

  it('bulk-imports CSV with neo4j-admin into the stopped server, then serves the data', async () => {
    const stopped = await stopNeo4j({ instanceDir });
    expect(stopped.wasRunning).toBe(true);
    expect((await neo4jStatus({ instanceDir })).running).toBe(false);
    const nodes = path.join(instanceDir, 'import', 'entities.csv');
    const rels = path.join(instanceDir, 'import', 'rels.csv');
    await fs.writeFile(nodes, 'id:ID,name\ne1,华为\ne2,深圳\n');
    await fs.writeFile(rels, ':START_ID,:END_ID\ne1,e2\n');
    // The database name goes first: --nodes/--relationships take any number of files after them.
    await neo4jAdmin(['database', 'import', 'full', 'neo4j', '--overwrite-destination', `--nodes=Entity=${nodes}`, `--relationships=LOCATED_IN=${rels}`], { instanceDir });
    server = await startNeo4j({ instanceDir, boltPort: 0, httpPort: 0, password, heap: '512m', pageCache: '128m' });
    const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password));
    try {
      const { records } = await driver.executeQuery('MATCH (a:Entity)-[:LOCATED_IN]->(b:Entity) RETURN a.name AS a, b.name AS b');
      expect(records.map((r) => [r.get('a'), r.get('b')])).toEqual([['华为', '深圳']]);
    } finally {
      await driver.close();
    }
  }, 240_000);

  it('stops and says so; stopping again is harmless', async () => {
    const first = await stopNeo4j({ instanceDir });
    expect(first.wasRunning).toBe(true);
    expect(first.killed).toBe(false);
    expect((await neo4jStatus({ instanceDir })).running).toBe(false);
    expect((await stopNeo4j({ instanceDir })).wasRunning).toBe(false);
  });
});
