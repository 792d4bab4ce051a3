import type { Graph } from '../graph/index.ts';

function byKey<T extends { key?: string }>(a: T, b: T): number {
  const ka = a.key ?? '';
  const kb = b.key ?? '';
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * graph.json: graphology's `graph.export()` with nodes and edges sorted by key, so the same graph always gives the
 * same bytes whatever order it was built in.
 */
export function toGraphJson(graph: Graph): string {
  const data = graph.export();
  const sorted = {
    options: data.options,
    attributes: data.attributes,
    nodes: [...data.nodes].sort(byKey),
    edges: [...data.edges].sort(byKey),
  };
  return `${JSON.stringify(sorted, null, 1)}\n`;
}
