/** Run a Cypher script (e.g. from `toCypherScript`) statement by statement, each in its own write transaction. */
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from './neo4j-config.ts';
import { withDriver } from './open-driver.ts';
import { splitCypherStatements } from './split-cypher-statements.ts';

export interface RunCypherScriptOptions {
  onProgress?: (done: number, total: number) => void;
}

/** Returns the number of statements run. Throws E_NEO4J_CONNECT/AUTH/QUERY; a failed statement stops the run. */
export async function runCypherScript(script: string, conn: Neo4jConnection, options: RunCypherScriptOptions = {}): Promise<number> {
  const statements = splitCypherStatements(script);
  await withDriver(conn, 'runCypherScript', async (driver) => {
    const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const [i, statement] of statements.entries()) {
        await session.executeWrite((tx) => tx.run(statement));
        options.onProgress?.(i + 1, statements.length);
      }
    } finally {
      await session.close();
    }
  });
  return statements.length;
}
