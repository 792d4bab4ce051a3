/**
 * Shared plumbing of the Neo4j integration tests: the server from useNeo4j(), a clean database before each test
 * (Community has one user database, so test files must not run in parallel), the saved queries of cypher/queries.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { runQuery, type QueryRecord } from '../../../src/neo4j/run-query.ts';
import type { Neo4jConnection } from '../../../src/neo4j/neo4j-config.ts';
import { useNeo4j, type UsedNeo4j } from '../neo4j-server.ts';

export interface TestDb {
  conn: Neo4jConnection;
  server: UsedNeo4j;
}

/** Registers beforeAll/afterAll/beforeEach hooks; the returned object is filled in by beforeAll. */
export function useTestDb(options: { clearBeforeEach?: boolean } = {}): TestDb {
  const db = {} as TestDb;
  beforeAll(async () => {
    db.server = await useNeo4j();
    db.conn = { uri: db.server.uri, username: db.server.username, password: db.server.password, database: db.server.database };
  });
  afterAll(async () => {
    await db.server?.close();
  });
  if (options.clearBeforeEach !== false) beforeEach(async () => clearDatabase(db.conn));
  return db;
}

export async function clearDatabase(conn: Neo4jConnection): Promise<void> {
  await runQuery('MATCH (n) DETACH DELETE n', {}, conn, { write: true });
}

export function savedQuery(name: string): string {
  return readFileSync(new URL(`../../../cypher/queries/${name}.cypher`, import.meta.url), 'utf8');
}

export async function runSavedQuery(name: string, params: Record<string, unknown>, conn: Neo4jConnection): Promise<QueryRecord[]> {
  return runQuery(savedQuery(name), params, conn);
}
