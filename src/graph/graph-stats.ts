import { ENTITY_TYPES, PROVENANCE_TYPES, RELATION_TYPES, type EdgeType, type EntityType } from '../types.ts';
import type { Graph } from './graph-types.ts';

export interface GraphStats {
  articles: number;
  entities: number;
  /** Every entity type, 0 when absent. */
  entitiesByType: Record<EntityType, number>;
  edges: number;
  /** Every relation and provenance type, 0 when absent. */
  edgesByType: Record<EdgeType, number>;
}

/** Counts for the run report. */
export function graphStats(graph: Graph): GraphStats {
  const entitiesByType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const edgesByType = Object.fromEntries(
    [...RELATION_TYPES, ...PROVENANCE_TYPES].map((t) => [t, 0]),
  ) as Record<EdgeType, number>;
  let articles = 0;
  graph.forEachNode((_key, attributes) => {
    if (attributes.type === 'Article') articles += 1;
    else entitiesByType[attributes.type] = (entitiesByType[attributes.type] ?? 0) + 1;
  });
  graph.forEachEdge((_key, attributes) => {
    edgesByType[attributes.type] = (edgesByType[attributes.type] ?? 0) + 1;
  });
  return { articles, entities: graph.order - articles, entitiesByType, edges: graph.size, edgesByType };
}
