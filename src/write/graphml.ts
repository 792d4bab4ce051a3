/**
 * GraphML writer (graphology-graphml only reads). Scalars keep their GraphML type; arrays and objects are written as
 * JSON strings. Nodes get a `label` (their name) and edges a `label` (their type) for Gephi and yEd.
 */
import type { Graph } from '../graph/index.ts';
import { xmlEscape } from './xml-escape.ts';

type Domain = 'graph' | 'node' | 'edge';
type AttrType = 'boolean' | 'int' | 'long' | 'double' | 'string';
type Attrs = Record<string, unknown>;

interface KeySpec {
  id: string;
  name: string;
  type: AttrType;
}

const INT32_MAX = 2 ** 31 - 1;

function kindOf(value: unknown): AttrType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return Math.abs(value) <= INT32_MAX ? 'int' : 'long';
  }
  return 'string';
}

function widen(a: AttrType, b: AttrType): AttrType {
  if (a === b) return a;
  const numeric = ['int', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) return a === 'double' || b === 'double' ? 'double' : 'long';
  return 'string';
}

/** JSON that XML can carry unchanged: JSON.stringify already escapes controls and lone surrogates, not U+FFFE/F. */
function toXmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function encode(value: unknown, type: AttrType): string {
  if (type !== 'string') return String(value);
  return typeof value === 'string' ? value : toXmlSafeJson(value);
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function withNodeLabel(a: Attrs): Attrs {
  return 'label' in a || typeof a.name !== 'string' ? a : { label: a.name, ...a };
}

function withEdgeLabel(a: Attrs): Attrs {
  return 'label' in a || typeof a.type !== 'string' ? a : { label: a.type, ...a };
}

/** Key declarations per domain, in first-seen order, with types widened over every value. */
function collectKeys(domains: Record<Domain, Iterable<Attrs>>): Record<Domain, Map<string, KeySpec>> {
  let next = 0;
  const keys = {} as Record<Domain, Map<string, KeySpec>>;
  for (const domain of ['graph', 'node', 'edge'] as const) {
    const specs = new Map<string, KeySpec>();
    for (const attrs of domains[domain]) {
      for (const [name, value] of Object.entries(attrs)) {
        if (value === undefined || value === null) continue;
        const spec = specs.get(name);
        if (spec) spec.type = widen(spec.type, kindOf(value));
        else specs.set(name, { id: '', name, type: kindOf(value) });
      }
    }
    for (const spec of specs.values()) spec.id = `k${next++}`;
    keys[domain] = specs;
  }
  return keys;
}

function dataLines(attrs: Attrs, specs: Map<string, KeySpec>, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(attrs)) {
    const spec = specs.get(name);
    if (!spec || value === undefined || value === null) continue;
    lines.push(`${indent}<data key="${spec.id}">${xmlEscape(encode(value, spec.type))}</data>`);
  }
  return lines;
}

export function toGraphml(graph: Graph): string {
  return [...graphmlChunks(graph)].join('');
}

/** Attributes of each key in turn, made when asked for: the labelled copies exist one at a time. */
function* attributesOf(keys: readonly string[], attributes: (key: string) => Attrs): Generator<Attrs> {
  for (const key of keys) yield attributes(key);
}

/**
 * The text of `toGraphml` in pieces (a node or an edge each), so a large graph is written without its whole text;
 * only the sorted keys are held, and each element's labelled attributes are made when it is written.
 */
export function* graphmlChunks(graph: Graph): Generator<string> {
  const graphAttrs = graph.getAttributes() as Attrs;
  const nodes = graph.nodes().sort(byString);
  const edges = graph.edges().sort(byString);
  const nodeAttrs = (key: string): Attrs => withNodeLabel(graph.getNodeAttributes(key) as Attrs);
  const edgeAttrs = (key: string): Attrs => withEdgeLabel(graph.getEdgeAttributes(key) as Attrs);
  const keys = collectKeys({
    graph: [graphAttrs],
    node: attributesOf(nodes, nodeAttrs),
    edge: attributesOf(edges, edgeAttrs),
  });

  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const domain of ['graph', 'node', 'edge'] as const) {
    for (const spec of keys[domain].values()) {
      head.push(
        `  <key id="${spec.id}" for="${domain}" attr.name="${xmlEscape(spec.name)}" attr.type="${spec.type}"/>`,
      );
    }
  }
  head.push('  <graph id="G" edgedefault="directed">');
  head.push(...dataLines(graphAttrs, keys.graph, '    '));
  yield `${head.join('\n')}\n`;
  for (const key of nodes) {
    yield `${[`    <node id="${xmlEscape(key)}">`, ...dataLines(nodeAttrs(key), keys.node, '      '), '    </node>'].join('\n')}\n`;
  }
  for (const key of edges) {
    const ends = `source="${xmlEscape(graph.source(key))}" target="${xmlEscape(graph.target(key))}"`;
    yield `${[`    <edge id="${xmlEscape(key)}" ${ends}>`, ...dataLines(edgeAttrs(key), keys.edge, '      '), '    </edge>'].join('\n')}\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
