/**
 * Neo4j load benchmark: a synthetic graph of 100,000 entities and 500,000 fact relationships, or (`--corpus DIR`,
 * repeatable) the real graph of corpora, ingested in-process with `ingest()` (no cache).
 * 1. loadGraph (driver, batched UNWIND/MERGE) into an empty database → relationships/s (all relationships:
 *    MENTIONS, provenance and facts, over the whole load, nodes included).
 * 2. The same graph through `zhkg export --format neo4j-import` (writeNeo4jImport) and `neo4j-admin database import
 *    full` (the export's command) → relationships/s, and the ratio loader/import (target ≥ 0.3).
 * Node and relationship counts of both databases are printed side by side.
 * Runs against a throw-away local server (free ports, temp folder; needs Java, Maven the first time). With NEO4J_URI
 * set it uses that server instead (it CLEARS its database) and skips the import, which needs a server we own.
 *   npm run bench:neo4j [-- --entities 100000 --relationships 500000 --batch 1000]
 *   npm run bench:neo4j -- --corpus ../shared/corpus/banned-news-2018 --corpus ../shared/corpus/news-2019-2022
 *     [--jobs 2] [--save-graph real.json]      (then --graph real.json reruns without ingesting)
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGraph } from '../src/graph/create-graph.ts';
import { graphFromJson } from '../src/graph/graph-from-json.ts';
import type { Graph } from '../src/graph/graph-types.ts';
import { loadGraph } from '../src/neo4j/load-graph.ts';
import { neo4jConfig, redact, type Neo4jConnection } from '../src/neo4j/neo4j-config.ts';
import { runQuery } from '../src/neo4j/run-query.ts';
import { neo4jAdmin, startNeo4j, type Neo4jHandle } from '../src/neo4j/server/index.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { ENTITY_TYPES, RELATION_TYPES, type Modality } from '../src/types.ts';
import { neo4jImportArgs } from '../src/write/neo4j-import-command.ts';
import { toGraphJson } from '../src/write/graph-json.ts';
import { writeNeo4jImport } from '../src/write/write-neo4j-import.ts';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    relationships: { type: 'string', default: '500000' },
    articles: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '1000' },
    corpus: { type: 'string', multiple: true },
    jobs: { type: 'string', default: '1' },
    graph: { type: 'string' },
    'save-graph': { type: 'string' },
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

async function counts(conn: Neo4jConnection): Promise<{ nodes: number; rels: number }> {
  const [row] = await runQuery('MATCH (n) WITH count(n) AS nodes CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels', {}, conn);
  return row as { nodes: number; rels: number };
}

async function main(): Promise<void> {
  let t = performance.now();
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  let graph: Graph;
  if (values.graph) {
    graph = graphFromJson(JSON.parse(await fs.readFile(values.graph, 'utf8')));
    console.log(`graph ${values.graph}: ${graph.order} nodes, ${graph.size} relationships`);
  } else if (values.corpus?.length) {
    const result = await ingest(values.corpus, { jobs: Number(values.jobs) });
    graph = result.graph;
    console.log(`real graph of ${values.corpus.join(', ')}: ${result.report.articlesRead} articles read, ${graph.order} nodes, ${graph.size} relationships ` +
      `(${((performance.now() - t) / 1000).toFixed(1)} s to ingest, no cache)`);
    if (values['save-graph']) await fs.writeFile(values['save-graph'], toGraphJson(graph));
  } else {
    graph = syntheticGraph();
    console.log(`synthetic graph: ${N_ENTITIES} entities, ${N_RELS} relationships, ${N_ARTICLES} articles (${((performance.now() - t) / 1000).toFixed(1)} s to build)`);
  }
  const N_ALL_RELS = graph.size;

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
    const driverRate = N_ALL_RELS / totalS;
    console.log(`\ndriver load (batch ${BATCH}): ${totalS.toFixed(1)} s total, ${result.batches} transactions; ` +
      `${loaded.nodes} nodes, ${loaded.rels} relationships in the db`);
    console.log(`  phases: ${[...phases].map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
    const factRels = graph.filterEdges((_k, a) => (RELATION_TYPES as readonly unknown[]).includes(a.type)).length;
    console.log(`  → ${Math.round(driverRate)} relationships/s overall (${N_ALL_RELS} relationships, nodes included); ` +
      `fact relationship steps alone ${relationsS.toFixed(1)} s, ${Math.round(factRels / relationsS)} rel/s`);

    if (!server) {
      console.log('neo4j-admin import: unavailable (NEO4J_URI points at a server this bench does not own)');
      return;
    }
    const csvDir = path.join(instanceDir, 'import-csv');
    t = performance.now();
    const exported = await writeNeo4jImport(graph, csvDir);
    console.log(`zhkg export --format neo4j-import written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await server.stop();
    server = undefined;
    t = performance.now();
    await neo4jAdmin(neo4jImportArgs(exported.files, { folder: `${csvDir}/` }), { instanceDir, password });
    const importS = (performance.now() - t) / 1000;
    server = await startNeo4j(serverOptions());
    const imported = await counts({ uri: server.uri, username: server.username, password, database: 'neo4j' });
    const importRate = N_ALL_RELS / importS;
    console.log(`neo4j-admin import: ${importS.toFixed(1)} s (JVM start included); ${imported.nodes} nodes, ${imported.rels} relationships` +
      (imported.nodes === loaded.nodes && imported.rels === loaded.rels ? ' (same counts as the driver load)' : ' (COUNTS DIFFER from the driver load)'));
    console.log(`  → ${Math.round(importRate)} relationships/s; loader/import ratio ${(driverRate / importRate).toFixed(2)} (target ≥ 0.3)`);
  } finally {
    await server?.stop().catch(() => {});
    if (instanceDir) await fs.rm(instanceDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${(error as { code?: string }).code ?? ''} ${error.message}` : error);
  process.exit(1);
});
