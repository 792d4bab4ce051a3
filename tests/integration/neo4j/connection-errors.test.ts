import { describe, expect, it } from 'vitest';
import { isZhkgError, type ZhkgError } from '../../../src/errors.ts';
import { loadGraph } from '../../../src/neo4j/load-graph.ts';
import { runQuery } from '../../../src/neo4j/run-query.ts';
import { pickFreePort } from '../../../src/neo4j/server/pick-free-port.ts';
import { sampleGraph } from './sample-graph.ts';
import { useTestDb } from './neo4j-test-db.ts';

const db = useTestDb({ clearBeforeEach: false });

async function failure(promise: Promise<unknown>): Promise<ZhkgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isZhkgError(error)) throw new Error(`expected a ZhkgError, got ${String(error)}`);
  return error;
}

describe('loadGraph connection errors', () => {
  it('reports wrong credentials as E_NEO4J_AUTH without the password anywhere in the message', async () => {
    const password = 'wrong-Pa55word-§42';
    const error = await failure(loadGraph(sampleGraph(), { ...db.conn, password }));
    expect(error.code).toBe('E_NEO4J_AUTH');
    expect(error.message).toContain(db.conn.uri);
    expect(error.message).not.toContain(password);
    expect(String((error.cause as Error)?.message ?? '')).not.toContain(password);
    expect(JSON.stringify(error)).not.toContain(password);
  });

  it('reports a port nobody listens on as E_NEO4J_CONNECT naming the URI', async () => {
    const port = await pickFreePort();
    const uri = `bolt://127.0.0.1:${port}`;
    const error = await failure(loadGraph(sampleGraph(), { ...db.conn, uri }));
    expect(error.code).toBe('E_NEO4J_CONNECT');
    expect(error.message).toContain(uri);
    expect(error.message).not.toContain(db.conn.password);
  });

  it('leaves the database untouched when the connection fails', async () => {
    await runQuery('MATCH (n) DETACH DELETE n', {}, db.conn, { write: true });
    await failure(loadGraph(sampleGraph(), { ...db.conn, password: 'not-the-password' }));
    expect(await runQuery('MATCH (n) RETURN count(n) AS n', {}, db.conn)).toEqual([{ n: 0 }]);
  });
});
