import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/index.ts';
import { defaultIterations, layoutPositions } from '../../../src/graph/layout-positions.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

const graph = sampleGraph() as unknown as Graph;

describe('layoutPositions', () => {
  it('places every entity and no article, at finite coordinates', () => {
    const positions = layoutPositions(graph);
    const entities = graph.filterNodes((_k, a) => a.type !== 'Article');
    expect([...positions.keys()].sort()).toEqual(entities.sort());
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('is deterministic for a seed and differs for another', () => {
    expect(layoutPositions(graph)).toEqual(layoutPositions(graph));
    expect(layoutPositions(graph, { seed: 1 })).not.toEqual(layoutPositions(graph, { seed: 2 }));
  });

  it('draws related entities closer than unrelated ones on average', () => {
    const p = layoutPositions(graph);
    const d = (a: string, b: string): number => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    // 林燕 works for 大纪元 and touches nothing else; 上海 is only linked to 蚂蚁集团.
    expect(d('Person:林燕', 'epoch-times')).toBeLessThan(d('Person:林燕', 'shanghai'));
  });

  it('spends fewer iterations on bigger graphs', () => {
    expect(defaultIterations(500)).toBe(300);
    expect(defaultIterations(10_000)).toBe(30);
    expect(defaultIterations(3000)).toBe(100);
  });
});
