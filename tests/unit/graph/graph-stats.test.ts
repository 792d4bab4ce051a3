import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.ts';
import { graphStats } from '../../../src/graph/graph-stats.ts';
import { sampleResults } from '../../fixtures/graph/sample-results.ts';

describe('graphStats', () => {
  it('counts articles, entities by type and edges by type', () => {
    const stats = graphStats(buildGraph(sampleResults()));
    expect(stats.articles).toBe(2);
    expect(stats.entities).toBe(8);
    expect(stats.entitiesByType).toMatchObject({ Company: 2, MediaOutlet: 2, Person: 2, GovernmentBody: 1, Product: 1, Location: 0 });
    expect(stats.edgesByType).toMatchObject({
      MENTIONS: 11,
      PUBLISHED_BY: 2,
      WRITTEN_BY: 1,
      EDITED_BY: 1,
      REGULATES: 1,
      PARTNERS_WITH: 1,
      LAUNCHED: 1,
      WORKS_FOR: 1,
      CONTROLS: 0,
    });
    expect(stats.edges).toBe(19);
  });

  it('reports zeros for an empty graph', () => {
    const stats = graphStats(buildGraph([]));
    expect([stats.articles, stats.entities, stats.edges]).toEqual([0, 0, 0]);
    expect(Object.values(stats.edgesByType).every((n) => n === 0)).toBe(true);
    expect(Object.keys(stats.entitiesByType)).toHaveLength(8);
  });
});
