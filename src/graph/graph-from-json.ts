/** Rebuild a graph from a graph.json written by zhkg, refusing anything else with E_GRAPH_INVALID. */
import { ZhkgError } from '../errors.ts';
import { ENTITY_TYPES, PROVENANCE_TYPES, RELATION_TYPES } from '../types.ts';
import { createGraph } from './create-graph.ts';
import { edgeKey } from './graph-keys.ts';
import type { EdgeAttributes, Graph, GraphAttributes, NodeAttributes } from './graph-types.ts';

const NODE_TYPES: ReadonlySet<string> = new Set([...ENTITY_TYPES, 'Article']);
const FACT_TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);
const PROVENANCE: ReadonlySet<string> = new Set(PROVENANCE_TYPES);
const MODALITIES: ReadonlySet<string> = new Set(['asserted', 'reported', 'hedged', 'negated']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function fail(message: string): never {
  throw new ZhkgError('E_GRAPH_INVALID', `graphFromJson: ${message}`);
}

function checkNode(node: unknown, index: number): { key: string; attributes: NodeAttributes } {
  if (!isObject(node) || typeof node.key !== 'string' || node.key === '') fail(`node ${index} has no string key`);
  const a = node.attributes;
  const where = `node "${node.key}"`;
  if (!isObject(a)) fail(`${where} has no attributes`);
  if (typeof a.type !== 'string' || !NODE_TYPES.has(a.type)) fail(`${where} has unknown type ${JSON.stringify(a.type)}`);
  if (typeof a.name !== 'string') fail(`${where} has no string name`);
  if (!isStringArray(a.aliases)) fail(`${where}: aliases is not a string array`);
  if (typeof a.mentions !== 'number' || !Number.isFinite(a.mentions)) fail(`${where}: mentions is not a number`);
  if (a.type === 'Article' && (typeof a.source !== 'string' || typeof a.contentHash !== 'string')) {
    fail(`${where}: an Article needs string source and contentHash`);
  }
  return { key: node.key, attributes: a as NodeAttributes };
}

function checkEvidence(evidence: unknown, where: string): void {
  if (!Array.isArray(evidence) || evidence.length === 0) fail(`${where}: evidence is not a non-empty array`);
  evidence.forEach((e, i) => {
    const ok =
      isObject(e) &&
      typeof e.article === 'string' &&
      typeof e.sentence === 'string' &&
      typeof e.start === 'number' &&
      typeof e.end === 'number' &&
      typeof e.trigger === 'string' &&
      typeof e.rule === 'string' &&
      typeof e.modality === 'string' &&
      MODALITIES.has(e.modality) &&
      (e.field === undefined || typeof e.field === 'string');
    if (!ok) fail(`${where}: evidence ${i} is malformed`);
  });
}

function checkEdge(edge: unknown, index: number, nodes: Map<string, NodeAttributes>): Json {
  if (!isObject(edge) || typeof edge.key !== 'string') fail(`edge ${index} has no string key`);
  const where = `edge "${edge.key}"`;
  const { source, target, attributes: a } = edge;
  if (typeof source !== 'string' || !nodes.has(source)) fail(`${where}: unknown source ${JSON.stringify(source)}`);
  if (typeof target !== 'string' || !nodes.has(target)) fail(`${where}: unknown target ${JSON.stringify(target)}`);
  if (edge.undirected === true) fail(`${where} is undirected`);
  if (!isObject(a) || typeof a.type !== 'string') fail(`${where} has no type`);
  if (!FACT_TYPES.has(a.type) && !PROVENANCE.has(a.type)) fail(`${where} has unknown type "${a.type}"`);
  if (edge.key !== edgeKey(source, a.type as never, target)) fail(`${where} does not match its endpoints and type`);
  if (typeof a.weight !== 'number' || !Number.isFinite(a.weight)) fail(`${where}: weight is not a number`);
  const fromArticle = nodes.get(source)?.type === 'Article';
  if (PROVENANCE.has(a.type) !== fromArticle) fail(`${where}: ${a.type} edge from the wrong kind of node`);
  if (FACT_TYPES.has(a.type)) {
    checkEvidence(a.evidence, where);
    if (typeof a.confidence !== 'number' || !(a.confidence >= 0 && a.confidence <= 1)) {
      fail(`${where}: confidence is not in [0, 1]`);
    }
    if (typeof a.modality !== 'string' || !MODALITIES.has(a.modality)) fail(`${where}: unknown modality`);
    if (!isStringArray(a.articles)) fail(`${where}: articles is not a string array`);
  }
  return edge;
}

export function graphFromJson(json: unknown): Graph {
  if (!isObject(json)) fail('expected a JSON object (a graph.json written by zhkg)');
  const attributes = json.attributes;
  if (!isObject(attributes) || attributes.generator !== 'zhkg') fail('attributes.generator is not "zhkg"');
  if (!Array.isArray(json.nodes) || !Array.isArray(json.edges)) fail('nodes and edges must be arrays');
  const options = json.options;
  if (isObject(options) && (options.type !== 'directed' || options.multi !== true)) {
    fail('options must describe a directed multi graph');
  }

  const nodes = new Map<string, NodeAttributes>();
  json.nodes.forEach((raw, i) => {
    const node = checkNode(raw, i);
    if (nodes.has(node.key)) fail(`node "${node.key}" appears twice`);
    nodes.set(node.key, node.attributes);
  });

  const graph = createGraph({
    generator: 'zhkg',
    version: typeof attributes.version === 'string' ? attributes.version : 'unknown',
    createdFrom: typeof attributes.createdFrom === 'number' ? attributes.createdFrom : 0,
  } satisfies GraphAttributes);
  for (const [key, a] of nodes) graph.addNode(key, a);
  json.edges.forEach((raw, i) => {
    const edge = checkEdge(raw, i, nodes);
    const key = edge.key as string;
    if (graph.hasEdge(key)) fail(`edge "${key}" appears twice`);
    if (edge.source === edge.target) fail(`edge "${key}" is a self loop`);
    graph.addEdgeWithKey(key, edge.source as string, edge.target as string, edge.attributes as EdgeAttributes);
  });
  return graph;
}
