/**
 * The graph as the CSV files `neo4j-admin database import full` reads, giving exactly the database `loadGraph`
 * writes into an empty Neo4j (same labels, properties, property types and relationships; see
 * cypher/load/*.cypher and graph-rows.ts, which both consume the same rows).
 *
 * - articles.csv: `id:ID(Article)`, `:LABEL` (Article), title, url, date, outlet, originalOutlet, source, contentHash.
 * - entities.csv: `id:ID(Entity)`, `:LABEL` (Entity + the type label), name, nameEn, `aliases:string[]`, `mentions:long`
 *   (the sum of the entity's MENTIONS counts, as the loader computes it; graph.json's `mentions` is that sum too).
 * - mentions.csv: `:START_ID(Article)`, `:END_ID(Entity)`, `:TYPE` (MENTIONS), `count:long`.
 * - provenance.csv: `:START_ID(Article)`, `:END_ID(Entity)`, `:TYPE` (PUBLISHED_BY, WRITTEN_BY, EDITED_BY).
 * - relations.csv: `:START_ID(Entity)`, `:END_ID(Entity)`, `:TYPE`, `confidence:double`, `weight:long`, modality,
 *   `articles:string[]`, `evidence:string[]`.
 *
 * Articles and entities are two id spaces (an entity key may equal an article id). Every string is quoted (quotes
 * doubled), so `""` is an empty string; a missing property (null url, date, nameEn …) is an empty unquoted field,
 * which the importer leaves unset, as the loader's `SET x = null` does. Fields may hold newlines
 * (`--multiline-fields=true`). Array elements and labels are joined with ARRAY_DELIMITER (U+001F, a control
 * character JSON escapes, so evidence strings never hold it); a name or alias holding it cannot be exported and
 * throws E_GRAPH_INVALID. An empty array (an entity without aliases) is written as an empty quoted field, which
 * the importer reads as an empty array.
 */
import type { AbstractGraph } from 'graphology-types';
import { ZhkgError } from '../errors.ts';
import { articleRow, entityRow, isProvenanceType, isRelationType, provenanceRow, relationRow } from '../neo4j/graph-rows.ts';
import { graphRowSource } from '../neo4j/row-source.ts';

/** U+001F (unit separator): passed to neo4j-admin as `--array-delimiter=U+001F`. */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_ARG = 'U+001F';

export interface Neo4jImportFile {
  /** File name inside the export folder. */
  name: string;
  kind: 'nodes' | 'relationships';
  /** Header line first; produced lazily, so a big graph is never one string. */
  lines: () => Iterable<string>;
}

const quote = (value: string): string => `"${value.replaceAll('"', '""')}"`;
const optional = (value: string | null): string => (value === null ? '' : quote(value));

function array(values: readonly string[], where: string): string {
  for (const v of values) {
    if (v.includes(ARRAY_DELIMITER)) {
      throw new ZhkgError('E_GRAPH_INVALID', `neo4jImportFiles: ${where} holds the array delimiter U+001F: ${JSON.stringify(v)}`);
    }
  }
  return quote(values.join(ARRAY_DELIMITER));
}

/** A double as Java's Double.parseDouble reads it back bit for bit (JS prints the shortest round-trip form). */
function double(value: number): string {
  return String(value);
}

function* articleLines(graph: AbstractGraph): Iterable<string> {
  yield 'id:ID(Article),:LABEL,title,url,date,outlet,originalOutlet,source,contentHash';
  for (const key of graph.nodes()) {
    const attributes = graph.getNodeAttributes(key);
    if (attributes.type !== 'Article') continue;
    const a = articleRow(key, attributes);
    yield [quote(a.id), 'Article', quote(a.title), optional(a.url), optional(a.date), optional(a.outlet), optional(a.originalOutlet),
      quote(a.source), quote(a.contentHash)].join(',');
  }
}

function* entityLines(graph: AbstractGraph): Iterable<string> {
  yield 'id:ID(Entity),:LABEL,name,nameEn,aliases:string[],mentions:long';
  // As count-entity-mentions.cypher computes it in the loader: the sum of the entity's MENTIONS counts.
  const mentions = new Map<string, number>();
  graph.forEachEdge((key, a, source, target) => {
    if (a.type === 'MENTIONS') mentions.set(target, (mentions.get(target) ?? 0) + (provenanceRow(key, a, source, target).count ?? 0));
  });
  const keys = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (a.type === 'Article') return;
    const list = keys.get(a.type as string);
    if (list) list.push(key);
    else keys.set(a.type as string, [key]);
  });
  for (const [type, list] of keys) {
    for (const key of list) {
      const e = entityRow(key, graph.getNodeAttributes(key));
      yield [quote(e.id), `Entity${ARRAY_DELIMITER}${type}`, quote(e.name), optional(e.nameEn), array(e.aliases, `entity "${e.id}".aliases`),
        String(mentions.get(e.id) ?? 0)].join(',');
    }
  }
}

function* mentionLines(graph: AbstractGraph): Iterable<string> {
  yield ':START_ID(Article),:END_ID(Entity),:TYPE,count:long';
  for (const key of graph.edges()) {
    const a = graph.getEdgeAttributes(key);
    if (a.type !== 'MENTIONS') continue;
    const m = provenanceRow(key, a, graph.source(key), graph.target(key));
    yield [quote(m.article), quote(m.entity), 'MENTIONS', String(m.count ?? 0)].join(',');
  }
}

/** Keys of the edges of the given kind grouped by type, types in first-seen order, the graph's order within a type. */
function* edgesByType(graph: AbstractGraph, kind: (type: string) => boolean): Generator<[type: string, key: string]> {
  const keys = new Map<string, string[]>();
  graph.forEachEdge((key, a) => {
    const type = a.type as string;
    if (!kind(type)) return;
    const list = keys.get(type);
    if (list) list.push(key);
    else keys.set(type, [key]);
  });
  for (const [type, list] of keys) for (const key of list) yield [type, key];
}

function* provenanceLines(graph: AbstractGraph): Iterable<string> {
  yield ':START_ID(Article),:END_ID(Entity),:TYPE';
  for (const [type, key] of edgesByType(graph, (t) => isProvenanceType(t) && t !== 'MENTIONS')) {
    const p = provenanceRow(key, graph.getEdgeAttributes(key), graph.source(key), graph.target(key));
    yield [quote(p.article), quote(p.entity), type].join(',');
  }
}

function* relationLines(graph: AbstractGraph): Iterable<string> {
  yield ':START_ID(Entity),:END_ID(Entity),:TYPE,confidence:double,weight:long,modality,articles:string[],evidence:string[]';
  for (const [type, key] of edgesByType(graph, isRelationType)) {
    const r = relationRow(key, graph.getEdgeAttributes(key), graph.source(key), graph.target(key));
    const where = `${type} ${JSON.stringify(r.source)}→${JSON.stringify(r.target)}`;
    yield [quote(r.source), quote(r.target), type, double(r.confidence), String(r.evidence.length), quote(r.modality),
      array(r.articles, `${where}.articles`), array(r.evidence, `${where}.evidence`)].join(',');
  }
}

/**
 * Validates the graph (every row built once and dropped, E_GRAPH_INVALID, see graphRowSource) and describes the five
 * files, whose lines are read from the graph as they are written: no copy of the whole graph as rows is made.
 */
export function neo4jImportFiles(graph: AbstractGraph): Neo4jImportFile[] {
  graphRowSource(graph);
  return [
    { name: 'articles.csv', kind: 'nodes', lines: () => articleLines(graph) },
    { name: 'entities.csv', kind: 'nodes', lines: () => entityLines(graph) },
    { name: 'mentions.csv', kind: 'relationships', lines: () => mentionLines(graph) },
    { name: 'provenance.csv', kind: 'relationships', lines: () => provenanceLines(graph) },
    { name: 'relations.csv', kind: 'relationships', lines: () => relationLines(graph) },
  ];
}
