export type {
  ArticleNodeAttributes,
  EdgeAttributes,
  EntityNodeAttributes,
  FactEdgeAttributes,
  Graph,
  GraphAttributes,
  NodeAttributes,
  ProvenanceEdgeAttributes,
} from './graph-types.ts';
export { isArticleNode, isFactEdge } from './graph-types.ts';
export { articleKey, edgeKey, entityKey, orientEdge } from './graph-keys.ts';
export { createGraph } from './create-graph.ts';
export { buildGraph, createGraphBuilder, DEFAULT_BUILD_GRAPH_OPTIONS, type BuildGraphOptions, type GraphBuilder } from './build-graph.ts';
export { graphStats, type GraphStats } from './graph-stats.ts';
export { graphFromJson } from './graph-from-json.ts';
