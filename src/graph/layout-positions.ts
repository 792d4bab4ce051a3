/**
 * Positions for drawing the entities (the viewer opens fast because the browser does not lay the graph out):
 * seeded random start, then a fixed number of ForceAtlas2 iterations over the fact relations, Barnes-Hut above
 * 2,000 nodes. Deterministic: the same graph gives the same positions. The one place the layout libraries are used.
 */
import { UndirectedGraph } from 'graphology';
import { random } from 'graphology-layout';
import * as fa2 from 'graphology-layout-forceatlas2';
import { isArticleNode, isFactEdge, type Graph as ZhkgGraph } from './graph-types.ts';
import { seededRandom } from './seeded-random.ts';

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer for bigger graphs (the layout is a first view, not a final one). */
  iterations?: number;
  seed?: number;
}

// A CommonJS module whose typings say `export default`: the function is the module itself at run time.
type ForceAtlas2 = {
  assign(graph: never, params: { iterations: number; settings: fa2.ForceAtlas2Settings; getEdgeWeight: string }): void;
  inferSettings(graph: never): fa2.ForceAtlas2Settings;
};
const forceAtlas2: ForceAtlas2 = ((fa2 as unknown as { default?: ForceAtlas2 }).default ?? fa2) as ForceAtlas2;

export const DEFAULT_LAYOUT_OPTIONS = { seed: 14 } as const;

/** Iterations by size: 300 up to 1,000 nodes, then 300,000 / nodes, at least 30 (about 2 s on one core at 10,000). */
export function defaultIterations(nodes: number): number {
  if (nodes <= 1000) return 300;
  return Math.max(30, Math.round(300_000 / nodes));
}

export function layoutPositions(graph: ZhkgGraph, options: LayoutOptions = {}): Map<string, { x: number; y: number }> {
  const seed = options.seed ?? DEFAULT_LAYOUT_OPTIONS.seed;
  const layout = new UndirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((key, a) => {
    if (!isArticleNode(a)) layout.addNode(key);
  });
  graph.forEachEdge((_key, a, source, target) => {
    if (!isFactEdge(a) || !layout.hasNode(source) || !layout.hasNode(target)) return;
    if (layout.hasEdge(source, target)) layout.updateEdgeAttribute(source, target, 'weight', (w: number) => w + a.weight);
    else layout.addEdge(source, target, { weight: a.weight });
  });
  const n = layout.order;
  random.assign(layout as never, { rng: seededRandom(seed), scale: Math.max(100, Math.sqrt(n) * 20), center: 0 });
  const settings = { ...forceAtlas2.inferSettings(layout as never), barnesHutOptimize: n > 2000 };
  forceAtlas2.assign(layout as never, { iterations: options.iterations ?? defaultIterations(n), settings, getEdgeWeight: 'weight' });
  const positions = new Map<string, { x: number; y: number }>();
  layout.forEachNode((key, a) => positions.set(key, { x: a.x as number, y: a.y as number }));
  return positions;
}
