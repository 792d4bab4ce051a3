import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, Graph, GraphAttributes, NodeAttributes } from './graph-types.ts';

/** An empty zhkg graph: `{ type: 'directed', multi: true, allowSelfLoops: false }`. */
export function createGraph(attributes: GraphAttributes): Graph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes(attributes);
  return graph;
}
