/**
 * useNeo4j(): the Neo4j an integration test should talk to, in this order:
 * 1. NEO4J_URI (+ NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE): a server you run, e.g. docker compose;
 * 2. the server tests/integration/setup/neo4j-global-setup.ts started once for the run (inject('neo4j'));
 * 3. otherwise a local server started just for the caller (free ports, temp data), stopped by close().
 * If none is possible it throws, saying how to get one: integration tests never skip silently.
 *
 *   let neo4j: Awaited<ReturnType<typeof useNeo4j>>;
 *   beforeAll(async () => { neo4j = await useNeo4j(); });
 *   afterAll(async () => { await neo4j?.close(); });
 */
import { inject } from 'vitest';
import { acquireNeo4j, neo4jFromEnv, type Neo4jConnection } from './setup/local-neo4j.ts';

export interface UsedNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  httpUrl: string;
  /** Stops the server only if this call started it; a no-op for shared or external ones. */
  close(): Promise<void>;
}

export async function useNeo4j(): Promise<UsedNeo4j> {
  const fromEnv = neo4jFromEnv();
  if (fromEnv) return withClose(fromEnv, async () => {});
  const shared = inject('neo4j') as Neo4jConnection | undefined;
  if (shared) return withClose(shared, async () => {});
  const own = await acquireNeo4j();
  return withClose(own, own.close);
}

function withClose(c: Neo4jConnection, close: () => Promise<void>): UsedNeo4j {
  return { uri: c.uri, username: c.username, password: c.password, database: c.database, httpUrl: c.httpUrl, close };
}
