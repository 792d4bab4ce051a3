/**
 * Write a graph into Neo4j: schema first, then batched `UNWIND $rows ... MERGE` in managed write transactions
 * (the statements are cypher/load/*.cypher, in the order of load-plan.ts).
 *
 * Re-ingestion: an article already in the database with a different contentHash is retracted first (its evidence
 * is dropped from every fact relationship, relationships left without evidence are deleted, its MENTIONS and
 * PUBLISHED_BY/WRITTEN_BY/EDITED_BY go, and entities left unconnected are deleted); then the merges write the new
 * version. Relationship evidence is kept per article, so loading a graph of some articles never erases what other
 * articles said. Same contentHash = same facts: after a lexicon or rule change, clear the database and reload.
 */
import type { AbstractGraph } from 'graphology-types';
import neo4j from 'neo4j-driver';
import { statSync } from 'node:fs';
import { normalize } from 'node:path';
import { readCypherFile } from './cypher-files.ts';
import { DEFAULT_BATCH_SIZE, loadStepCount, loadSteps, type LoadStep } from './load-plan.ts';
import type { Neo4jConnection } from './neo4j-config.ts';
import { neo4jError, withDriver } from './open-driver.ts';
import { graphRowSource } from './row-source.ts';
import { schemaStatements } from './schema-statements.ts';

export interface LoadProgress {
  /** Step name, e.g. `schema`, `merge-entities:Company`, `merge-relations:CONTROLS`. */
  step: string;
  /** Batches done so far, over all steps. */
  done: number;
  total: number;
  /** Rows in the batch just written. */
  rows: number;
}

/**
 * - `batchSize` *number* [DEFAULT_BATCH_SIZE = 1000]: rows per transaction.
 * - `onProgress` *(p: LoadProgress) => void* [none]: called after every committed batch; throwing stops the load.
 */
export interface LoadGraphOptions {
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
  /**
   * `--prune`: the input paths this graph was read from. Articles in the database read from under them (same file,
   * or a file under a folder) that the graph does not hold are retracted and deleted before the merges, so the
   * database ends as if those articles had never been loaded.
   */
  pruneUnder?: readonly string[];
}

export interface LoadGraphResult {
  /** Articles retracted because their files are gone (`pruneUnder`). */
  pruned: number;
  articles: number;
  entities: number;
  relationships: number;
  batches: number;
  ms: number;
}

function withIntegers(step: LoadStep): object[] {
  if (step.intFields.length === 0) return step.rows;
  return step.rows.map((row) => {
    const out: Record<string, unknown> = { ...row };
    for (const field of step.intFields) if (typeof out[field] === 'number') out[field] = neo4j.int(out[field] as number);
    return out;
  });
}

/**
 * How the articles read from an input path begin their `source`: a folder's path with one trailing /, a file's own
 * path (normalised as the input listing does: `./archive` → `archive/`).
 */
export function sourcePrefix(path: string): string {
  let st;
  try {
    st = statSync(path);
  } catch {
    st = undefined;
  }
  const normal = normalize(path);
  return st?.isDirectory() || path.endsWith('/') ? normal.replace(/\/*$/, '/') : normal;
}

/**
 * Idempotent: loading the same graph twice leaves the same database. Throws E_NEO4J_CONNECT/AUTH/QUERY, and
 * E_GRAPH_INVALID before connecting when the graph breaks the contract. The rows are read from the graph a batch at
 * a time (`graphRowSource`): no copy of the whole graph as rows is made.
 */
export async function loadGraph(graph: AbstractGraph, conn: Neo4jConnection, options: LoadGraphOptions = {}): Promise<LoadGraphResult> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const source = graphRowSource(graph);
  const sizes = source.sizes();
  const schema = schemaStatements();
  let total = schema.length + loadStepCount(sizes, batchSize);
  let done = 0;
  let pruned = 0;
  await withDriver(conn, 'loadGraph', async (driver) => {
    const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const readIds = async (file: string, params: object): Promise<string[]> => {
        try {
          const found = await session.executeRead((tx) => tx.run(readCypherFile(`load/${file}.cypher`), params));
          return found.records.map((r) => r.get('id') as string);
        } catch (error) {
          throw neo4jError(error, `loadGraph (${file})`, conn);
        }
      };
      const articleIds = (): string[] => Array.from(source.articles(), (a) => a.id);
      let gone: string[] = [];
      if (options.pruneUnder && options.pruneUnder.length > 0) {
        const prefixes = options.pruneUnder.map(sourcePrefix);
        gone = await readIds('find-gone-articles', { prefixes, keep: articleIds() });
        pruned = gone.length;
      }
      // Only articles stored with another contentHash need retracting (none in a fresh database). A read before the
      // schema exists is fine: without the Article label nothing matches.
      const changed = await readIds('find-changed-articles', {
        rows: Array.from(source.articles(), ({ id, contentHash }) => ({ id, contentHash })),
      });
      total = schema.length + loadStepCount(sizes, batchSize, gone.length, new Set(changed).size);
      // Constraints before the merges (MERGE relies on them); the full-text index after them (a fresh load populates
      // it once; measured no faster on the corpora, see bench/README.md).
      const late = (statement: string): boolean => /FULLTEXT|awaitIndexes/i.test(statement);
      const runSchema = async (statements: string[]): Promise<void> => {
        for (const statement of statements) {
          await session.executeWrite((tx) => tx.run(statement));
          done += 1;
          options.onProgress?.({ step: 'schema', done, total, rows: 0 });
        }
      };
      await runSchema(schema.filter((s) => !late(s)));
      for (const step of loadSteps(source, batchSize, gone, changed)) {
        const params = { rows: withIntegers(step) };
        try {
          await session.executeWrite((tx) => tx.run(step.cypher, params));
        } catch (error) {
          throw neo4jError(error, `loadGraph (${step.name}, batch ${done + 1}/${total})`, conn);
        }
        done += 1;
        options.onProgress?.({ step: step.name, done, total, rows: step.rows.length });
      }
      await runSchema(schema.filter(late));
    } finally {
      await session.close();
    }
  });
  let relationships = sizes.mentions;
  for (const count of sizes.edges.values()) relationships += count;
  return { pruned, articles: sizes.articles, entities: sizes.entities, relationships, batches: done, ms: Math.round(performance.now() - started) };
}
