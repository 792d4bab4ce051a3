import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../src/neo4j/dump-database.ts';
import { loadGraph } from '../../../src/neo4j/load-graph.ts';
import { runCypherScript } from '../../../src/neo4j/run-cypher-script.ts';
import { runQuery } from '../../../src/neo4j/run-query.ts';
import { toCypherScript } from '../../../src/write/cypher-script.ts';
import { sampleGraph } from './sample-graph.ts';
import { useTestDb } from './neo4j-test-db.ts';

const db = useTestDb();
const clear = (): Promise<unknown> => runQuery('MATCH (n) DETACH DELETE n', {}, db.conn, { write: true });

describe('the Cypher script against a real Neo4j', () => {
  it('builds exactly the database loadGraph builds', async () => {
    await loadGraph(sampleGraph(), db.conn);
    const loaded = await dumpDatabase(db.conn);
    await clear();
    await runCypherScript(toCypherScript(sampleGraph()), db.conn);
    expect(await dumpDatabase(db.conn)).toEqual(loaded);
  });

  it('is idempotent and, run over an older load, replaces a changed article like loadGraph does', async () => {
    await loadGraph(sampleGraph(), db.conn);
    await loadGraph(sampleGraph({ changed: true }), db.conn);
    const loaded = await dumpDatabase(db.conn);
    await clear();
    await runCypherScript(toCypherScript(sampleGraph()), db.conn);
    const script = toCypherScript(sampleGraph({ changed: true }), { batchSize: 3 });
    await runCypherScript(script, db.conn);
    await runCypherScript(script, db.conn);
    expect(await dumpDatabase(db.conn)).toEqual(loaded);
  });
});
