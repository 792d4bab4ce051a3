/**
 * Run one parameterised query and return its records as plain objects (integers as numbers). Top-level integral
 * number parameters are sent as Cypher Integers (so `LIMIT $limit` works); floats inside lists/maps stay floats.
 */
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
    const sent = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]));
    const result = await driver.executeQuery(cypher, sent, {
      database: conn.database,
      routing: options.write ? neo4j.routing.WRITE : neo4j.routing.READ,
    });
    return result.records.map((record) => toPlain(record.toObject()) as QueryRecord);
  });
}
