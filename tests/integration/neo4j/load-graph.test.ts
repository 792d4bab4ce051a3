import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../src/neo4j/dump-database.ts';
import { loadGraph } from '../../../src/neo4j/load-graph.ts';
import { runQuery } from '../../../src/neo4j/run-query.ts';
import { sampleGraph } from './sample-graph.ts';
import { useTestDb } from './neo4j-test-db.ts';

const db = useTestDb();

describe('loadGraph against a real Neo4j', () => {
  it('creates the unique constraints and the cjk full-text index', async () => {
    await loadGraph(sampleGraph(), db.conn);
    const constraints = await runQuery('SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *', {}, db.conn);
    expect(constraints).toEqual(
      expect.arrayContaining([
        { labelsOrTypes: ['Entity'], properties: ['id'], type: 'UNIQUENESS' },
        { labelsOrTypes: ['Article'], properties: ['id'], type: 'UNIQUENESS' },
      ]),
    );
    const [fulltext] = await runQuery(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options, state WHERE name = 'entity_names' RETURN *",
      {},
      db.conn,
    );
    expect(fulltext).toMatchObject({ labelsOrTypes: ['Entity'], properties: ['name', 'aliases'], state: 'ONLINE' });
    expect((fulltext.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe('cjk');
  });

  it('writes every node, label, relationship and property of the sample graph', async () => {
    const progress: [number, number][] = [];
    const result = await loadGraph(sampleGraph(), db.conn, { batchSize: 2, onProgress: (p) => progress.push([p.done, p.total]) });
    expect(result).toMatchObject({ articles: 2, entities: 10 });
    // Every batch reported once, against a total counted before the first write.
    expect(progress.map(([done]) => done)).toEqual(progress.map((_, i) => i + 1));
    expect(progress.every(([, total]) => total === result.batches)).toBe(true);
    const [counts] = await runQuery(
      'MATCH (n) WITH count(n) AS nodes CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
      {},
      db.conn,
    );
    expect(counts).toEqual({ nodes: 12, rels: result.relationships });
    const [ant] = await runQuery(
      "MATCH (e:Entity {id: 'ant-group'}) RETURN labels(e) AS labels, e.name AS name, e.nameEn AS nameEn, e.aliases AS aliases, e.mentions AS mentions",
      {},
      db.conn,
    );
    expect(ant).toEqual({
      labels: expect.arrayContaining(['Entity', 'Company']),
      name: '蚂蚁集团',
      nameEn: 'Ant Group',
      aliases: ['蚂蚁', '蚂蚁金服', '蚂蚁集团', '螞蟻集團'],
      mentions: 9,
    });
    const [controls] = await runQuery(
      "MATCH (:Entity {id: 'jack-ma'})-[r:CONTROLS]->(:Entity {id: 'ant-group'}) RETURN r.weight AS weight, r.confidence AS confidence, r.articles AS articles, r.evidence AS evidence, valueType(r.confidence) AS ct",
      {},
      db.conn,
    );
    expect(controls).toMatchObject({ weight: 2, confidence: 0.95, articles: ['a1', 'a2'], ct: 'FLOAT NOT NULL' });
    expect((controls.evidence as string[]).map((e) => JSON.parse(e).sentence)).toEqual(['马云是蚂蚁集团的实际控制人。', '马云控制蚂蚁集团。']);
    const [regulates] = await runQuery("MATCH (:Entity {id: 'pboc'})-[r:REGULATES]->() RETURN r.evidence AS evidence", {}, db.conn);
    expect(JSON.parse((regulates.evidence as string[])[0]).sentence).toBe("央行约谈蚂蚁集团；O'Brien称 `整改` 😀");
    const [a2] = await runQuery("MATCH (a:Article {id: 'a2'}) RETURN keys(a) AS keys", {}, db.conn);
    expect((a2.keys as string[]).sort()).toEqual(['contentHash', 'id', 'source', 'title']);
  });

  it('is idempotent: loading the same graph twice gives the same database', async () => {
    await loadGraph(sampleGraph(), db.conn);
    const once = await dumpDatabase(db.conn);
    await loadGraph(sampleGraph(), db.conn, { batchSize: 2 });
    expect(await dumpDatabase(db.conn)).toEqual(once);
    expect(once.length).toBeGreaterThan(30);
  });

  it('replaces the facts, mentions and evidence of an article whose text changed', async () => {
    await loadGraph(sampleGraph({ changed: true }), db.conn);
    const fresh = await dumpDatabase(db.conn);
    await runQuery('MATCH (n) DETACH DELETE n', {}, db.conn, { write: true });
    await loadGraph(sampleGraph(), db.conn);
    await loadGraph(sampleGraph({ changed: true }), db.conn);
    expect(await dumpDatabase(db.conn)).toEqual(fresh);
    const csrc = await runQuery("MATCH (e:Entity {id: 'csrc'}) RETURN e", {}, db.conn);
    expect(csrc).toEqual([]);
  });

  it('keeps other articles\' evidence when a graph of only the changed article is loaded', async () => {
    await loadGraph(sampleGraph(), db.conn);
    await loadGraph(sampleGraph({ changed: true, articles: ['a2'] }), db.conn);
    const rows = await runQuery(
      'MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id + "|" + type(r) + "|" + t.id AS key, r.articles AS articles, r.weight AS weight ORDER BY key',
      {},
      db.conn,
    );
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey['jack-ma|CONTROLS|ant-group']).toMatchObject({ articles: ['a1'], weight: 1 });
    expect(byKey['ant-group|LAUNCHED|xianghubao']).toMatchObject({ articles: ['a2'], weight: 1 });
    expect(byKey['csrc|REGULATES|ant-group']).toBeUndefined();
    const [hash] = await runQuery("MATCH (a:Article {id: 'a2'}) RETURN a.contentHash AS h", {}, db.conn);
    expect(hash.h).toBe('c'.repeat(64));
  });
});
