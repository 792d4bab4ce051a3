/**
 * Vitest globalSetup: one Neo4j for the whole integration run, provided to tests as
 * `inject('neo4j')` (useNeo4j() in tests/integration/neo4j-server.ts reads it). Uses NEO4J_URI's
 * server when set, otherwise starts a local one on free ports and stops it in teardown, which
 * vitest runs after all files, failed or not. Vitest calls globalSetup only when a test of its
 * project is queued, so keep it on an `integration` project and unit-only runs stay fast.
 */
import type { TestProject } from 'vitest/node';
import { acquireNeo4j, type Neo4jConnection } from './local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await acquireNeo4j();
  const { close, ...connection } = server;
  project.provide('neo4j', connection);
  // Teardown is skipped if the runner is killed; the server is detached, so stop it on exit too.
  const onExit = (): void => {
    if (connection.pid !== undefined) {
      try {
        process.kill(connection.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', onExit);
  return async () => {
    process.off('exit', onExit);
    await close();
  };
}
