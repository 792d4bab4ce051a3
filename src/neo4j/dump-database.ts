/**
 * A canonical text dump of a whole database: one sorted line per node (labels, properties) and per relationship
 * (start id, type, end id, properties), independent of internal ids and write order. Two databases are the same
 * graph exactly when their dumps are equal.
 */
import type { Neo4jConnection } from './neo4j-config.ts';
import { toPlain, withDriver } from './open-driver.ts';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

function sortedTypes(types: unknown): unknown {
  return [...(types as [string, string][])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export async function dumpDatabase(conn: Neo4jConnection): Promise<string[]> {
  return withDriver(conn, 'dumpDatabase', async (driver) => {
    const database = conn.database;
    // Integers and floats differ in the dump (`3` vs `3.0`), so a type change shows up as a difference.
    const typed = (v: unknown): string => JSON.stringify(canonical(toPlain(v)));
    const nodes = await driver.executeQuery(
      'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types',
      {},
      { database },
    );
    const rels = await driver.executeQuery(
      'MATCH (s)-[r]->(t) RETURN coalesce(s.id, elementId(s)) AS s, type(r) AS type, coalesce(t.id, elementId(t)) AS t, ' +
        'properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types',
      {},
      { database },
    );
    const lines = [
      ...nodes.records.map((r) => `node ${typed([...(r.get('labels') as string[])].sort())} ${typed(r.get('props'))} ${typed(sortedTypes(r.get('types')))}`),
      ...rels.records.map((r) => `rel ${typed(r.get('s'))} ${r.get('type')} ${typed(r.get('t'))} ${typed(r.get('props'))} ${typed(sortedTypes(r.get('types')))}`),
    ];
    return lines.sort();
  });
}
