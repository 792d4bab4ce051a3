/**
 * README "Beyond one machine": several loaders writing into one Neo4j at the same time. Two `loadGraph` calls (two
 * drivers, as two machines would have) load disjoint halves of a corpus that share entities and relationships; the
 * database must end as one loader loading the halves one after the other (in either order): no duplicate nodes,
 * no lost evidence, aliases united, mention counts added up.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../src/neo4j/dump-database.ts';
import { loadGraph } from '../../../src/neo4j/load-graph.ts';
import { runQuery } from '../../../src/neo4j/run-query.ts';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { createGraph } from '../../../src/graph/create-graph.ts';
import { contentionGraph } from './contention-graph.ts';
import { clearDatabase, useTestDb } from './neo4j-test-db.ts';

const db = useTestDb();

async function sequentialDump(first: AbstractGraph, second: AbstractGraph): Promise<string[]> {
  await clearDatabase(db.conn);
  await loadGraph(first, db.conn);
  await loadGraph(second, db.conn);
  return dumpDatabase(db.conn);
}

/** The second loader connects with neo4j:// (a routing driver, as for a cluster or Aura's neo4j+s://). */
async function concurrentDump(a: AbstractGraph, b: AbstractGraph, batchSize: number): Promise<string[]> {
  await clearDatabase(db.conn);
  const routed = { ...db.conn, uri: db.conn.uri.replace(/^bolt:/, 'neo4j:') };
  await Promise.all([loadGraph(a, db.conn, { batchSize }), loadGraph(b, routed, { batchSize })]);
  return dumpDatabase(db.conn);
}

async function expectNoDuplicates(): Promise<void> {
  const [row] = await runQuery(
    'MATCH (n) WITH count(n) AS nodes, count(DISTINCT n.id) AS ids CALL { MATCH (s)-[r]->(t) WITH s, type(r) AS type, t, count(r) AS n WHERE n > 1 RETURN count(*) AS duplicateRels } RETURN nodes, ids, duplicateRels',
    {},
    db.conn,
  );
  expect(row).toMatchObject({ duplicateRels: 0 });
  expect(row.nodes).toBe(row.ids);
}

const INVENTED = {
  'a/invented-1.txt': '马云仍是蚂蚁集团的实际控制人\n\n马云是蚂蚁集团的实际控制人。中国人民银行约谈蚂蚁集团。阿里巴巴集团持股蚂蚁集团。\n',
  'b/invented-2.txt': '蚂蚁集团推出相互宝\n\n蚂蚁集团推出相互宝。马云创办了阿里巴巴集团。中国人民银行约谈蚂蚁集团和马云。\n',
  'b/invented-3.txt': '证监会调查蚂蚁集团\n\n证监会调查蚂蚁集团。马云控制蚂蚁集团。蚂蚁集团旗下的支付宝有10亿用户。\n',
};

/** One article `id` saying 马云 controls 蚂蚁集团: many of these, loaded one by one, all update one relationship. */
function oneArticleGraph(id: string): AbstractGraph {
  const graph = createGraph({ generator: 'zhkg', version: 'test', createdFrom: 1 }) as unknown as AbstractGraph;
  graph.addNode(`article:${id}`, { type: 'Article', name: id, title: id, source: `${id}.txt`, contentHash: id.padStart(64, '0'), mentions: 0, aliases: [] });
  graph.addNode('jack-ma', { type: 'Person', name: '马云', aliases: ['马云'], mentions: 1 });
  graph.addNode('ant-group', { type: 'Company', name: '蚂蚁集团', aliases: ['蚂蚁集团', `蚂蚁${id}`], mentions: 2 });
  graph.addEdgeWithKey(`${id}|m1`, `article:${id}`, 'jack-ma', { type: 'MENTIONS', count: 1, weight: 1 });
  graph.addEdgeWithKey(`${id}|m2`, `article:${id}`, 'ant-group', { type: 'MENTIONS', count: 2, weight: 2 });
  const sentence = `马云控制蚂蚁集团（${id}）。`;
  graph.addEdgeWithKey('jack-ma|CONTROLS|ant-group', 'jack-ma', 'ant-group', {
    type: 'CONTROLS', confidence: 0.9, weight: 1, modality: 'asserted', articles: [id],
    evidence: [{ article: id, sentence, start: 0, end: sentence.length, trigger: '控制', rule: 'r', modality: 'asserted' }],
  });
  return graph;
}

describe('two loaders at once', () => {
  it('halves of a corpus (the seed + invented articles about 蚂蚁集团 and 马云) converge to the sequential load', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhkg-concurrent-'));
    try {
      for (const [file, text] of Object.entries(INVENTED)) {
        await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await fs.writeFile(path.join(dir, file), text);
      }
      await fs.copyFile('seeds/000_b8188a9e28d94beb.txt', path.join(dir, 'a', 'seed.txt'));
      const a = (await ingest([path.join(dir, 'a')])).graph as unknown as AbstractGraph;
      const b = (await ingest([path.join(dir, 'b')])).graph as unknown as AbstractGraph;
      const shared = a.filterNodes((key) => b.hasNode(key));
      expect(shared).toEqual(expect.arrayContaining(['ant-group', 'jack-ma', 'pboc']));
      const sharedEdges = a.filterEdges((key, attrs) => b.hasEdge(key) && attrs.type !== 'MENTIONS');
      expect(sharedEdges.length).toBeGreaterThan(0);

      const expected = await sequentialDump(a, b);
      expect(await sequentialDump(b, a)).toEqual(expected);
      for (const batchSize of [1, 3, 1000]) {
        expect(await concurrentDump(a, b, batchSize)).toEqual(expected);
        await expectNoDuplicates();
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('halves that collide in every transaction converge to the sequential load (no lost evidence, no duplicates)', async () => {
    const a = contentionGraph(0);
    const b = contentionGraph(1);
    const expected = await sequentialDump(a, b);
    expect(await sequentialDump(b, a)).toEqual(expected);
    const [rel] = await runQuery("MATCH (:Entity {id: 'e0'})-[r]->(:Entity {id: 'e1'}) RETURN size(r.evidence) AS n, r.articles[0] AS first", {}, db.conn);
    expect(rel).toEqual({ n: 20, first: 'h0-0' });
    for (let round = 0; round < 3; round += 1) {
      for (const batchSize of [1, 4]) {
        expect(await concurrentDump(a, b, batchSize)).toEqual(expected);
        await expectNoDuplicates();
      }
    }
  }, 240_000);

  it('two loaders adding evidence to the same relationship article by article lose none of it', async () => {
    // Without the write lock taken before the evidence is read (merge-relations.cypher) this lost about 40% of the
    // evidence; the same for the aliases and mention counts of the two entities.
    const N = 25;
    await clearDatabase(db.conn);
    const loader = async (w: number): Promise<void> => {
      for (let i = 0; i < N; i += 1) await loadGraph(oneArticleGraph(`w${w}-${String(i).padStart(2, '0')}`), db.conn);
    };
    await Promise.all([loader(0), loader(1)]);
    const [rel] = await runQuery(
      "MATCH (s:Entity {id: 'jack-ma'})-[r:CONTROLS]->(t:Entity {id: 'ant-group'}) RETURN size(r.evidence) AS evidence, size(r.articles) AS articles, r.weight AS weight, s.mentions AS ma, t.mentions AS ant, size(t.aliases) AS aliases",
      {},
      db.conn,
    );
    expect(rel).toEqual({ evidence: 2 * N, articles: 2 * N, weight: 2 * N, ma: 2 * N, ant: 4 * N, aliases: 2 * N + 1 });
    await expectNoDuplicates();
  }, 240_000);
});
