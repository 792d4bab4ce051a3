/**
 * The graph as plain, JSON-safe rows: the one shape both the driver loader and the Cypher script writer consume.
 *
 * Neo4j properties cannot hold maps, so each evidence item is stored as one JSON string (keys in the fixed order
 * article, sentence, start, end, trigger, rule, modality, then `field` on evidence from a composed line) and a relationship's `evidence` is the sorted list of those
 * strings. One string per item, rather than one string for the whole array, lets plain Cypher drop exactly one
 * article's evidence (`e STARTS WITH '{"article":"<id>",'`) when that article is re-ingested with new text.
 */
import type { AbstractGraph } from 'graphology-types';
import { ZhkgError } from '../errors.ts';
import {
  ENTITY_TYPES,
  PROVENANCE_TYPES,
  RELATION_TYPES,
  type EntityType,
  type Modality,
  type ProvenanceType,
  type RelationType,
} from '../types.ts';

export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  outlet: string | null;
  originalOutlet: string | null;
  source: string;
  contentHash: string;
  /** `{"article":"<id>",`: how this article's evidence strings begin. Not stored. */
  evidencePrefix: string;
}

export interface EntityRow {
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  /** Integer. */
  mentions: number;
}

export interface ProvenanceRow {
  /** Article id (without the graph's `article:` key prefix). */
  article: string;
  entity: string;
  /** Integer, MENTIONS only. */
  count?: number;
}

export interface RelationRow {
  source: string;
  target: string;
  /** Float in [0, 1]. */
  confidence: number;
  modality: Modality;
  /** Sorted article ids. */
  articles: string[];
  /** Sorted JSON strings, one per evidence item. */
  evidence: string[];
  /** The `evidencePrefix` of each of `articles`. Not stored. */
  evidencePrefixes: string[];
}

export interface GraphRows {
  articles: ArticleRow[];
  entities: Map<EntityType, EntityRow[]>;
  /** MENTIONS rows (with `count`). */
  mentions: ProvenanceRow[];
  /** PUBLISHED_BY, WRITTEN_BY, EDITED_BY rows. */
  provenance: Map<Exclude<ProvenanceType, 'MENTIONS'>, ProvenanceRow[]>;
  relations: Map<RelationType, RelationRow[]>;
}

const ARTICLE_PREFIX = 'article:';
const MODALITIES: ReadonlySet<string> = new Set(['asserted', 'reported', 'hedged', 'negated']);

export function isEntityType(value: unknown): value is EntityType {
  return (ENTITY_TYPES as readonly unknown[]).includes(value);
}
export function isRelationType(value: unknown): value is RelationType {
  return (RELATION_TYPES as readonly unknown[]).includes(value);
}
export function isProvenanceType(value: unknown): value is ProvenanceType {
  return (PROVENANCE_TYPES as readonly unknown[]).includes(value);
}

/** How the evidence strings of article `id` begin (JSON.stringify puts `article` first, see `evidenceJson`). */
export function evidencePrefix(id: string): string {
  return `{"article":${JSON.stringify(id)},`;
}

function fail(message: string): never {
  throw new ZhkgError('E_GRAPH_INVALID', `graphToRows: ${message}`);
}

function str(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(`${where} is not a string`);
  return value;
}
function optStr(value: unknown, where: string): string | null {
  return value === undefined || value === null ? null : str(value, where);
}
function int(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(`${where} is not a non-negative integer`);
  return value;
}
function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) fail(`${where} is not a string array`);
  return [...new Set(value as string[])].sort();
}

function evidenceJson(e: unknown, where: string): string {
  if (typeof e !== 'object' || e === null) fail(`${where} is not an object`);
  const o = e as Record<string, unknown>;
  const modality = str(o.modality, `${where}.modality`);
  if (!MODALITIES.has(modality)) fail(`${where} has unknown modality ${JSON.stringify(modality)}`);
  return JSON.stringify({
    article: str(o.article, `${where}.article`),
    sentence: str(o.sentence, `${where}.sentence`),
    start: int(o.start, `${where}.start`),
    end: int(o.end, `${where}.end`),
    trigger: str(o.trigger, `${where}.trigger`),
    rule: str(o.rule, `${where}.rule`),
    modality,
    ...(o.field === undefined ? {} : { field: str(o.field, `${where}.field`) }),
  });
}

function articleId(key: string): string {
  if (!key.startsWith(ARTICLE_PREFIX) || key.length === ARTICLE_PREFIX.length) fail(`article node "${key}" has no "article:<id>" key`);
  return key.slice(ARTICLE_PREFIX.length);
}

type Attributes = Record<string, unknown>;

/** The row of an Article node (key `article:<id>`). Throws E_GRAPH_INVALID. */
export function articleRow(key: string, a: Attributes): ArticleRow {
  const where = `node "${key}"`;
  const id = articleId(key);
  return {
    id,
    title: str(a.title ?? a.name, `${where}.title`),
    url: optStr(a.url, `${where}.url`),
    date: optStr(a.date, `${where}.date`),
    outlet: optStr(a.outlet, `${where}.outlet`),
    originalOutlet: optStr(a.originalOutlet, `${where}.originalOutlet`),
    source: str(a.source, `${where}.source`),
    contentHash: str(a.contentHash, `${where}.contentHash`),
    evidencePrefix: evidencePrefix(id),
  };
}

/** The type of an entity node. Throws E_GRAPH_INVALID for a type that is neither Article nor an entity type. */
export function entityType(key: string, a: Attributes): EntityType {
  if (!isEntityType(a.type)) fail(`node "${key}" has unknown type ${JSON.stringify(a.type)}`);
  return a.type;
}

/** The row of an entity node. Throws E_GRAPH_INVALID. */
export function entityRow(key: string, a: Attributes): EntityRow {
  const where = `node "${key}"`;
  return {
    id: key,
    name: str(a.name, `${where}.name`),
    nameEn: optStr(a.nameEn, `${where}.nameEn`),
    aliases: strings(a.aliases ?? [], `${where}.aliases`),
    mentions: int(a.mentions ?? 0, `${where}.mentions`),
  };
}

/** What an edge is, checked against the kinds of its ends ('article' | 'entity'). Throws E_GRAPH_INVALID. */
export function edgeType(
  key: string,
  a: Attributes,
  sourceKind: 'article' | 'entity' | undefined,
  targetKind: 'article' | 'entity' | undefined,
): ProvenanceType | RelationType {
  const where = `edge "${key}"`;
  const type: unknown = a.type;
  if (isProvenanceType(type)) {
    if (sourceKind !== 'article' || targetKind !== 'entity') fail(`${where}: ${type} must go from an Article to an entity`);
    return type;
  }
  if (!isRelationType(type)) fail(`${where} has unknown type ${JSON.stringify(type)}`);
  if (sourceKind !== 'entity' || targetKind !== 'entity') fail(`${where}: ${type} must join two entities`);
  return type;
}

/** The row of a provenance edge (type checked by `edgeType`); MENTIONS rows get their `count`. Throws E_GRAPH_INVALID. */
export function provenanceRow(key: string, a: Attributes, source: string, target: string): ProvenanceRow {
  const row: ProvenanceRow = { article: articleId(source), entity: target };
  if (a.type === 'MENTIONS') row.count = int(a.count ?? a.weight, `edge "${key}".count`);
  return row;
}

/** The row of a fact edge (type checked by `edgeType`): evidence as sorted JSON strings. Throws E_GRAPH_INVALID. */
export function relationRow(key: string, a: Attributes, source: string, target: string): RelationRow {
  const where = `edge "${key}"`;
  const confidence = a.confidence;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) fail(`${where}.confidence is not in [0, 1]`);
  const modality = str(a.modality, `${where}.modality`);
  if (!MODALITIES.has(modality)) fail(`${where} has unknown modality ${JSON.stringify(modality)}`);
  if (!Array.isArray(a.evidence) || a.evidence.length === 0) fail(`${where}.evidence is not a non-empty array`);
  const evidence = (a.evidence as unknown[]).map((e, i) => evidenceJson(e, `${where}.evidence[${i}]`)).sort();
  const articles = [...new Set((a.evidence as { article: string }[]).map((e) => e.article))].sort();
  return {
    source,
    target,
    confidence,
    modality: modality as Modality,
    articles,
    evidence,
    evidencePrefixes: articles.map(evidencePrefix),
  };
}

/** Validate the graph against the graph.json contract and turn it into rows. Throws E_GRAPH_INVALID. */
export function graphToRows(graph: AbstractGraph): GraphRows {
  const rows: GraphRows = {
    articles: [],
    entities: new Map(),
    mentions: [],
    provenance: new Map(),
    relations: new Map(),
  };
  const kinds = new Map<string, 'article' | 'entity'>();

  graph.forEachNode((key, a) => {
    if (a.type === 'Article') {
      kinds.set(key, 'article');
      rows.articles.push(articleRow(key, a));
      return;
    }
    const type = entityType(key, a);
    kinds.set(key, 'entity');
    const list = rows.entities.get(type) ?? [];
    list.push(entityRow(key, a));
    rows.entities.set(type, list);
  });

  graph.forEachEdge((key, a, source, target) => {
    const type = edgeType(key, a, kinds.get(source), kinds.get(target));
    if (isProvenanceType(type)) {
      const row = provenanceRow(key, a, source, target);
      if (type === 'MENTIONS') {
        rows.mentions.push(row);
      } else {
        const list = rows.provenance.get(type) ?? [];
        list.push(row);
        rows.provenance.set(type, list);
      }
      return;
    }
    const list = rows.relations.get(type) ?? [];
    list.push(relationRow(key, a, source, target));
    rows.relations.set(type, list);
  });
  return rows;
}
