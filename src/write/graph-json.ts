import type { Graph } from '../graph/index.ts';

/** `JSON.stringify(value, null, 1)` of a value nested `depth` levels deep (JSON strings hold no raw newline). */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 1).replaceAll('\n', `\n${' '.repeat(depth)}`);
}

/**
 * graph.json: graphology's `graph.export()` with nodes and edges sorted by key, so the same graph always gives the
 * same bytes whatever order it was built in.
 */
export function toGraphJson(graph: Graph): string {
  return [...graphJsonChunks(graph)].join('');
}

/**
 * The text of `toGraphJson` in pieces (a node or an edge each), so a large graph is written without its whole text in
 * memory: the same bytes as `JSON.stringify(sorted export, null, 1)`, built element by element. Each element is
 * serialised as `graph.export()` does (graphology's serializeNode / serializeEdge: key, source, target, attributes
 * unless empty) when its turn comes, so no copy of the whole graph is made either.
 */
export function* graphJsonChunks(graph: Graph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{\n "options": ${nested(options, 1)},\n "attributes": ${nested(graph.getAttributes(), 1)},\n "nodes": `;
  yield* list(graph.nodes().sort(byString), (key) => withAttributes({ key }, graph.getNodeAttributes(key)));
  yield ',\n "edges": ';
  yield* list(graph.edges().sort(byString), (key) =>
    withAttributes({ key, source: graph.source(key), target: graph.target(key) }, graph.getEdgeAttributes(key)),
  );
  yield '\n}\n';
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function withAttributes(serialized: Record<string, unknown>, attributes: object): Record<string, unknown> {
  for (const _ in attributes) return { ...serialized, attributes };
  return serialized;
}

function* list(keys: readonly string[], element: (key: string) => unknown): Generator<string> {
  if (keys.length === 0) return yield '[]';
  for (let i = 0; i < keys.length; i++) yield `${i === 0 ? '[\n  ' : ',\n  '}${nested(element(keys[i]!), 2)}`;
  yield '\n ]';
}
