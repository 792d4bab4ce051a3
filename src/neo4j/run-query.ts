/** Run one parameterised query and return its records as plain objects (integers as numbers). */
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from './neo4j-config.ts';
import { toPlain, withDriver } from './open-driver.ts';

export type QueryRecord = Record<string, unknown>;

export interface RunQueryOptions {
  /** Run in a write transaction (default: read). */
  write?: boolean;
}

export async function runQuery(
  cypher: string,
  params: Record<string, unknown>,
  conn: Neo4jConnection,
  options: RunQueryOptions = {},
): Promise<QueryRecord[]> {
  return withDriver(conn, 'runQuery', async (driver) => {
    const result = await driver.executeQuery(cypher, params, {
      database: conn.database,
      routing: options.write ? neo4j.routing.WRITE : neo4j.routing.READ,
    });
    return result.records.map((record) => toPlain(record.toObject()) as QueryRecord);
  });
}
