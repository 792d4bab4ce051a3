/**
 * Neo4j load benchmark: a synthetic graph of 100,000 entities and 500,000 fact relationships.
 * 1. loadGraph (driver, batched UNWIND/MERGE) into an empty database → relationships/s.
 * 2. The same data as CSV through `neo4j-admin database import full` → relationships/s and the ratio to 1.
 * Runs against a throw-away local server (free ports, temp folder; needs Java, Maven the first time). With NEO4J_URI
 * set it uses that server instead (it CLEARS its database) and skips the import, which needs a server we own.
 *   npm run bench:neo4j [-- --entities 100000 --relationships 500000 --batch 1000]
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGraph } from '../src/graph/create-graph.ts';
import type { Graph } from '../src/graph/graph-types.ts';
import { graphToRows } from '../src/neo4j/graph-rows.ts';
import { loadGraph } from '../src/neo4j/load-graph.ts';
import { neo4jConfig, redact, type Neo4jConnection } from '../src/neo4j/neo4j-config.ts';
import { runQuery } from '../src/neo4j/run-query.ts';
import { neo4jAdmin, startNeo4j, type Neo4jHandle } from '../src/neo4j/server/index.ts';
import { ENTITY_TYPES, RELATION_TYPES, type Modality } from '../src/types.ts';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    relationships: { type: 'string', default: '500000' },
    articles: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '1000' },
  },
});
const N_ENTITIES = Number(values.entities);
const N_RELS = Number(values.relationships);
const N_ARTICLES = Number(values.articles);
const BATCH = Number(values.batch);
const MODALITIES: Modality[] = ['asserted', 'reported', 'hedged', 'negated'];

/** Deterministic PRNG (mulberry32), so every run benchmarks the same graph. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticGraph(): Graph {
  const random = rng(42);
  const pick = (n: number): number => Math.floor(random() * n);
  const graph = createGraph({ generator: 'zhkg', version: 'bench', createdFrom: N_ARTICLES });
  for (let i = 0; i < N_ARTICLES; i += 1) {
    graph.addNode(`article:b${i}`, {
      type: 'Article', name: `文章${i}`, title: `文章${i}`, source: `bench/${i}.html`, date: '2021-01-01',
      contentHash: i.toString(16).padStart(64, '0'), mentions: 0, aliases: [],
    });
  }
  for (let i = 0; i < N_ENTITIES; i += 1) {
    const name = `实体${i}号`;
    graph.addNode(`e${i}`, { type: ENTITY_TYPES[i % ENTITY_TYPES.length], name, aliases: [name, `别名${i}`], mentions: 1 + (i % 7) });
  }
  let added = 0;
  while (added < N_RELS) {
    const s = pick(N_ENTITIES);
    const t = pick(N_ENTITIES);
    const type = RELATION_TYPES[pick(RELATION_TYPES.length)];
    const key = `e${s}|${type}|e${t}`;
    if (s === t || graph.hasEdge(key)) continue;
    const article = `b${pick(N_ARTICLES)}`;
    const modality = MODALITIES[pick(4)];
    const sentence = `实体${s}号与实体${t}号的关系；据报导 "${type}"。`;
    graph.addEdgeWithKey(key, `e${s}`, `e${t}`, {
      type, confidence: 0.5 + pick(50) / 100, weight: 1, modality, articles: [article],
      evidence: [{ article, sentence, start: 0, end: sentence.length, trigger: '关系', rule: 'bench', modality }],
    });
    added += 1;
  }
  return graph;
}

const csvField = (value: string): string => `"${value.replaceAll('"', '""')}"`;
const ARRAY_DELIMITER = '\u001f';

/** Entities, articles and fact relationships as neo4j-admin CSV (same properties as loadGraph writes). */
async function writeImportCsv(graph: Graph, dir: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const rows = graphToRows(graph);
  const write = async (file: string, lines: Iterable<string>): Promise<string> => {
    const full = path.join(dir, file);
    const out = createWriteStream(full);
    for (const line of lines) if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
    await new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      out.end(() => resolve());
    });
    return full;
  };
  const nodes = [
    await write('articles.csv', (function* () {
      yield 'id:ID(Article),title,date,source,contentHash';
      for (const a of rows.articles) yield [a.id, a.title, a.date ?? '', a.source, a.contentHash].map(csvField).join(',');
    })()),
  ];
  for (const [type, list] of rows.entities) {
    nodes.push(`Entity:${type}=${await write(`entities-${type}.csv`, (function* () {
      yield 'id:ID(Entity),name,aliases:string[],mentions:long';
      for (const e of list) yield [csvField(e.id), csvField(e.name), csvField(e.aliases.join(ARRAY_DELIMITER)), e.mentions].join(',');
    })())}`);
  }
  nodes[0] = `Article=${nodes[0]}`;
  const relationships: string[] = [];
  for (const [type, list] of rows.relations) {
    relationships.push(`${type}=${await write(`rel-${type}.csv`, (function* () {
      yield ':START_ID(Entity),:END_ID(Entity),confidence:double,weight:long,modality,articles:string[],evidence:string[]';
      for (const r of list) {
        yield [csvField(r.source), csvField(r.target), r.confidence, r.evidence.length, r.modality,
          csvField(r.articles.join(ARRAY_DELIMITER)), csvField(r.evidence.join(ARRAY_DELIMITER))].join(',');
      }
    })())}`);
  }
  return { nodes, relationships };
}

async function counts(conn: Neo4jConnection): Promise<{ nodes: number; rels: number }> {
  const [row] = await runQuery('MATCH (n) WITH count(n) AS nodes CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels', {}, conn);
  return row as { nodes: number; rels: number };
}

async function main(): Promise<void> {
  let t = performance.now();
  const graph = syntheticGraph();
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`synthetic graph: ${N_ENTITIES} entities, ${N_RELS} relationships, ${N_ARTICLES} articles (${((performance.now() - t) / 1000).toFixed(1)} s to build)`);

  const external = process.env.NEO4J_URI ? neo4jConfig() : undefined;
  let instanceDir = '';
  let server: Neo4jHandle | undefined;
  const password = `bench-${randomBytes(8).toString('hex')}`;
  const serverOptions = () => ({ instanceDir, boltPort: 0, httpPort: 0, password, heap: '2g', pageCache: '1g' });
  try {
    let conn: Neo4jConnection;
    if (external) {
      conn = external;
      await runQuery('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', {}, conn, { write: true }).catch(() =>
        runQuery('MATCH (n) DETACH DELETE n', {}, conn, { write: true }));
    } else {
      instanceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhkg-neo4j-bench-'));
      server = await startNeo4j(serverOptions());
      conn = { uri: server.uri, username: server.username, password, database: 'neo4j' };
    }
    console.log(`server: ${redact(conn)}${external ? ' (NEO4J_URI)' : ' (throw-away local instance)'}`);

    const phases = new Map<string, number>();
    let last = performance.now();
    t = last;
    const result = await loadGraph(graph, conn, {
      batchSize: BATCH,
      onProgress: (p) => {
        const now = performance.now();
        const phase = p.step.split(':')[0];
        phases.set(phase, (phases.get(phase) ?? 0) + (now - last));
        last = now;
        if (p.done % 100 === 0) process.stdout.write('.');
      },
    });
    const totalS = (performance.now() - t) / 1000;
    const relationsS = (phases.get('merge-relations') ?? 0) / 1000;
    const loaded = await counts(conn);
    const driverRate = N_RELS / totalS;
    console.log(`\ndriver load (batch ${BATCH}): ${totalS.toFixed(1)} s total, ${result.batches} transactions; ` +
      `${loaded.nodes} nodes, ${loaded.rels} relationships in the db`);
    console.log(`  phases: ${[...phases].map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
    console.log(`  → ${Math.round(driverRate)} relationships/s overall (nodes included); relationship steps alone ${relationsS.toFixed(1)} s, ${Math.round(N_RELS / relationsS)} rel/s`);

    if (!server) {
      console.log('neo4j-admin import: unavailable (NEO4J_URI points at a server this bench does not own)');
      return;
    }
    const csvDir = path.join(instanceDir, 'import-csv');
    await fs.mkdir(csvDir);
    t = performance.now();
    const files = await writeImportCsv(graph, csvDir);
    console.log(`CSV written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await server.stop();
    server = undefined;
    t = performance.now();
    await neo4jAdmin([
      // The database name goes first: --nodes and --relationships take any number of files.
      'database', 'import', 'full', 'neo4j', '--overwrite-destination', `--array-delimiter=${ARRAY_DELIMITER}`,
      ...files.nodes.map((f) => `--nodes=${f}`), ...files.relationships.map((f) => `--relationships=${f}`),
    ], { instanceDir, password });
    const importS = (performance.now() - t) / 1000;
    server = await startNeo4j(serverOptions());
    const imported = await counts({ uri: server.uri, username: server.username, password, database: 'neo4j' });
    const importRate = N_RELS / importS;
    console.log(`neo4j-admin import: ${importS.toFixed(1)} s (JVM start included); ${imported.nodes} nodes, ${imported.rels} relationships`);
    console.log(`  → ${Math.round(importRate)} relationships/s; import/driver ratio ${(importRate / driverRate).toFixed(1)}×`);
  } finally {
    await server?.stop().catch(() => {});
    if (instanceDir) await fs.rm(instanceDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${(error as { code?: string }).code ?? ''} ${error.message}` : error);
  process.exit(1);
});
