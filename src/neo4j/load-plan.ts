/**
 * The ordered, batched statements that write a graph: shared by `loadGraph` (driver, `$rows` parameter) and
 * `toCypherScript` (rows inlined as literals), so both give the same database by construction.
 */
import { RELATION_TYPES } from '../types.ts';
import { loadStatement } from './cypher-files.ts';
import { evidencePrefix, type GraphRows } from './graph-rows.ts';
import { rowSourceOfRows, type RowSizes, type RowSource } from './row-source.ts';

export interface LoadStep {
  /** e.g. `merge-entities:Company`. */
  name: string;
  /** Cypher with one `$rows` parameter. */
  cypher: string;
  rows: object[];
  /** Row fields that are integers (sent through neo4j.int; written without a decimal point). */
  intFields: readonly string[];
}

export const DEFAULT_BATCH_SIZE = 1000;
const PROVENANCE_ORDER = ['PUBLISHED_BY', 'WRITTEN_BY', 'EDITED_BY'] as const;

function* batches<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function* map<T, U>(rows: Iterable<T>, f: (row: T) => U): Generator<U> {
  for (const row of rows) yield f(row);
}

function* filter<T>(rows: Iterable<T>, keep: (row: T) => boolean): Generator<T> {
  for (const row of rows) if (keep(row)) yield row;
}

/**
 * Steps in dependency order: retract and delete `gone` articles (ids whose files are gone), retract changed articles
 * (`changed`: the ids the database holds with another contentHash, as loadGraph asks it first; undefined = every
 * article, for the Cypher script, which cannot ask; the statements skip unchanged ones either way),
 * then articles, entities, mentions, entity mention counts, provenance, relations.
 * Each step holds at most `batchSize` rows; empty steps are left out.
 */
export function loadPlan(
  rows: GraphRows,
  batchSize: number = DEFAULT_BATCH_SIZE,
  gone: readonly string[] = [],
  changed?: readonly string[],
): LoadStep[] {
  return [...loadSteps(rowSourceOfRows(rows), batchSize, gone, changed)];
}

/**
 * How many steps `loadSteps` yields for a source of these sizes, without building a row: `stale` is how many of the
 * graph's articles are retracted first (the changed ones; all of them when `changed` is undefined).
 */
export function loadStepCount(sizes: RowSizes, batchSize: number = DEFAULT_BATCH_SIZE, gone = 0, stale: number = sizes.articles): number {
  const steps = (n: number): number => Math.ceil(n / batchSize);
  let count = 3 * steps(gone) + 2 * steps(stale) + steps(sizes.articles) + 2 * steps(sizes.entities) + steps(sizes.mentions);
  for (const type of [...PROVENANCE_ORDER, ...RELATION_TYPES]) count += steps(sizes.edges.get(type) ?? 0);
  return count;
}

/**
 * The steps of `loadPlan` one at a time from a row source: with `graphRowSource` only the current batch's rows exist
 * (Entities, MENTIONS and facts are sorted as keys first; see row-source.ts).
 */
export function* loadSteps(
  rows: RowSource,
  batchSize: number = DEFAULT_BATCH_SIZE,
  gone: readonly string[] = [],
  changed?: readonly string[],
): Generator<LoadStep> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`loadPlan: batchSize must be a positive integer, got ${batchSize}`);
  function* add(name: string, cypher: string, list: Iterable<object>, intFields: readonly string[] = []): Generator<LoadStep> {
    for (const batch of batches(list, batchSize)) yield { name, cypher, rows: batch, intFields };
  }
  // Gone articles (`--prune`) are retracted like changed ones (no content hash matches ''), then deleted.
  const goneKeys = gone.map((id) => ({ id, contentHash: '', evidencePrefix: evidencePrefix(id) }));
  yield* add('retract-article-facts', loadStatement('retract-article-facts'), goneKeys);
  yield* add('retract-article-provenance', loadStatement('retract-article-provenance'), goneKeys);
  yield* add('delete-articles', loadStatement('delete-articles'), goneKeys.map(({ id }) => ({ id })));
  const changedIds = changed === undefined ? undefined : new Set(changed);
  const staleKeys = (): Iterable<object> =>
    map(
      filter(rows.articles(), ({ id }) => changedIds === undefined || changedIds.has(id)),
      ({ id, contentHash, evidencePrefix }) => ({ id, contentHash, evidencePrefix }),
    );
  yield* add('retract-article-facts', loadStatement('retract-article-facts'), staleKeys());
  yield* add('retract-article-provenance', loadStatement('retract-article-provenance'), staleKeys());
  yield* add(
    'merge-articles',
    loadStatement('merge-articles'),
    map(rows.articles(), ({ evidencePrefix: _, ...article }) => article),
  );
  // All types in one statement (a dynamic label): one query plan instead of one per type.
  yield* add('merge-entities', loadStatement('merge-entities'), rows.entities(), ['mentions']);
  yield* add('merge-mentions', loadStatement('merge-mentions'), rows.mentions(), ['count']);
  yield* add('count-entity-mentions', loadStatement('count-entity-mentions'), map(rows.entities(), ({ id }) => ({ id })));
  for (const type of PROVENANCE_ORDER) {
    yield* add(`merge-provenance:${type}`, loadStatement('merge-provenance', type), rows.provenance(type));
  }
  for (const type of RELATION_TYPES) {
    yield* add(`merge-relations:${type}`, loadStatement('merge-relations', type), rows.relations(type));
  }
}
