/**
 * The ordered, batched statements that write a graph: shared by `loadGraph` (driver, `$rows` parameter) and
 * `toCypherScript` (rows inlined as literals), so both give the same database by construction.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../types.ts';
import { loadStatement } from './cypher-files.ts';
import { evidencePrefix, type GraphRows } from './graph-rows.ts';

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

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Rows in one order whatever order the graph holds them in, so concurrent loaders of overlapping graphs lock shared
 * nodes and relationships in the same order (fewer deadlocks, which executeWrite retries anyway).
 */
function sorted<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return rows.map((row) => [key(row), row] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, row]) => row);
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
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`loadPlan: batchSize must be a positive integer, got ${batchSize}`);
  const steps: LoadStep[] = [];
  const add = (name: string, cypher: string, list: object[], intFields: readonly string[] = []): void => {
    for (const batch of batches(list, batchSize)) steps.push({ name, cypher, rows: batch, intFields });
  };
  // Gone articles (`--prune`) are retracted like changed ones (no content hash matches ''), then deleted.
  const goneKeys = gone.map((id) => ({ id, contentHash: '', evidencePrefix: evidencePrefix(id) }));
  add('retract-article-facts', loadStatement('retract-article-facts'), goneKeys);
  add('retract-article-provenance', loadStatement('retract-article-provenance'), goneKeys);
  add('delete-articles', loadStatement('delete-articles'), goneKeys.map(({ id }) => ({ id })));
  const changedIds = changed === undefined ? undefined : new Set(changed);
  const staleKeys = rows.articles
    .filter(({ id }) => changedIds === undefined || changedIds.has(id))
    .map(({ id, contentHash, evidencePrefix }) => ({ id, contentHash, evidencePrefix }));
  add('retract-article-facts', loadStatement('retract-article-facts'), staleKeys);
  add('retract-article-provenance', loadStatement('retract-article-provenance'), staleKeys);
  add(
    'merge-articles',
    loadStatement('merge-articles'),
    rows.articles.map(({ evidencePrefix: _, ...article }) => article),
  );
  // All types in one statement (a dynamic label): one query plan instead of one per type.
  const entities = ENTITY_TYPES.flatMap((type) => (rows.entities.get(type) ?? []).map((e) => ({ ...e, type })));
  add('merge-entities', loadStatement('merge-entities'), sorted(entities, (e) => e.id), ['mentions']);
  add('merge-mentions', loadStatement('merge-mentions'), sorted(rows.mentions, (m) => `${m.entity}\u0000${m.article}`), ['count']);
  const entityIds = ENTITY_TYPES.flatMap((type) => (rows.entities.get(type) ?? []).map(({ id }) => ({ id })));
  add('count-entity-mentions', loadStatement('count-entity-mentions'), sorted(entityIds, (e) => e.id));
  for (const type of PROVENANCE_ORDER) {
    add(`merge-provenance:${type}`, loadStatement('merge-provenance', type), rows.provenance.get(type) ?? []);
  }
  for (const type of RELATION_TYPES) {
    add(`merge-relations:${type}`, loadStatement('merge-relations', type), sorted(rows.relations.get(type) ?? [], (r) => `${r.source}\u0000${r.target}`));
  }
  return steps;
}
