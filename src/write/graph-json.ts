import type { Graph } from '../graph/index.ts';

function byKey<T extends { key?: string }>(a: T, b: T): number {
  const ka = a.key ?? '';
  const kb = b.key ?? '';
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

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
 * The text of `toGraphJson` in pieces (a node or an edge each), so a large graph is written without its whole text
 * in memory: the same bytes as `JSON.stringify(sorted export, null, 1)`, built element by element.
 */
export function* graphJsonChunks(graph: Graph): Generator<string> {
  const data = graph.export();
  yield `{\n "options": ${nested(data.options, 1)},\n "attributes": ${nested(data.attributes, 1)},\n "nodes": `;
  yield* list([...data.nodes].sort(byKey));
  yield ',\n "edges": ';
  yield* list([...data.edges].sort(byKey));
  yield '\n}\n';
}

function* list(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) return yield '[]';
  for (let i = 0; i < items.length; i++) yield `${i === 0 ? '[\n  ' : ',\n  '}${nested(items[i], 2)}`;
  yield '\n ]';
}
