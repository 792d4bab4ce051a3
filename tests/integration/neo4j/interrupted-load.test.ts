/**
 * A load that dies half-way, then runs again, must end complete and without duplicates: every batch is one MERGE
 * transaction, so a rerun finishes what the first run did not commit and re-merges what it did.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isZhkgError } from '../../../src/errors.ts';
import { dumpDatabase } from '../../../src/neo4j/dump-database.ts';
import { loadGraph } from '../../../src/neo4j/load-graph.ts';
import type { Neo4jConnection } from '../../../src/neo4j/neo4j-config.ts';
import { runQuery } from '../../../src/neo4j/run-query.ts';
import { startNeo4j, type Neo4jHandle } from '../../../src/neo4j/server/index.ts';
import { sampleGraph } from './sample-graph.ts';
import { clearDatabase, useTestDb } from './neo4j-test-db.ts';

const db = useTestDb();

async function duplicates(conn: Neo4jConnection): Promise<unknown[]> {
  return runQuery(
    `MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id
     UNION ALL
     MATCH (s)-[r]->(t) WITH s, type(r) AS type, t, count(*) AS c WHERE c > 1 RETURN s.id + '|' + type + '|' + t.id AS id`,
    {},
    conn,
  );
}

describe('an interrupted load, run again', () => {
  it('completes without duplicates after the client stopped mid-load (driver closed)', async () => {
    await loadGraph(sampleGraph(), db.conn);
    const complete = await dumpDatabase(db.conn);
    await clearDatabase(db.conn);

    const stop = new Error('stop here');
    const interrupted = loadGraph(sampleGraph(), db.conn, {
      batchSize: 1,
      onProgress: (p) => {
        if (p.step.startsWith('merge-mentions')) throw stop;
      },
    });
    await expect(interrupted).rejects.toBeDefined();
    const partial = await dumpDatabase(db.conn);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(complete.length);

    await loadGraph(sampleGraph(), db.conn, { batchSize: 1 });
    expect(await dumpDatabase(db.conn)).toEqual(complete);
    expect(await duplicates(db.conn)).toEqual([]);
  });

  describe('when the server process is killed mid-load', () => {
    let instanceDir = '';
    let server: Neo4jHandle | undefined;
    afterAll(async () => {
      await server?.stop().catch(() => {});
      if (instanceDir) await fs.rm(instanceDir, { recursive: true, force: true });
    });

    it('completes without duplicates after a restart', { timeout: 300_000 }, async () => {
      await loadGraph(sampleGraph(), db.conn);
      const complete = await dumpDatabase(db.conn);

      instanceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhkg-neo4j-kill-'));
      const password = `kill-${randomBytes(8).toString('hex')}`;
      const start = (): Promise<Neo4jHandle> =>
        startNeo4j({ instanceDir, boltPort: 0, httpPort: 0, password, heap: '512m', pageCache: '128m' });
      server = await start();
      const first = server;
      const conn = (h: Neo4jHandle): Neo4jConnection => ({ uri: h.uri, username: h.username, password, database: 'neo4j' });

      let killedAt = '';
      let entityBatches = 0;
      const error = await loadGraph(sampleGraph(), conn(first), {
        batchSize: 1,
        onProgress: (p) => {
          if (killedAt === '' && p.step === 'merge-entities' && ++entityBatches === 5) {
            killedAt = p.step;
            process.kill(first.pid, 'SIGKILL');
          }
        },
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(killedAt).not.toBe('');
      expect(isZhkgError(error) && ['E_NEO4J_CONNECT', 'E_NEO4J_QUERY'].includes(error.code)).toBe(true);

      server = await start();
      const partial = await dumpDatabase(conn(server));
      expect(partial.length).toBeLessThan(complete.length);
      await loadGraph(sampleGraph(), conn(server));
      expect(await dumpDatabase(conn(server))).toEqual(complete);
      expect(await duplicates(conn(server))).toEqual([]);
    });
  });
});
