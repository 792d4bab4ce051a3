import { describe, expect, it } from 'vitest';
import { toViewerData } from '../../../src/view/to-viewer-data.ts';
import type { Graph } from '../../../src/graph/index.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

const graph = sampleGraph() as unknown as Graph;

describe('toViewerData', () => {
  it('keeps entities and fact relations and turns MENTIONS into each entity’s article list', () => {
    const data = toViewerData(graph);
    expect(data.entities.map((e) => e.key)).not.toContain('article:a1');
    expect(data.articles.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    const ma = data.entities.find((e) => e.key === 'jack-ma')!;
    expect(ma.articles.map((i) => data.articles[i]!.id).sort()).toEqual(['a1', 'a2']);
    const factTypes = data.facts.map((f) => f.type);
    expect(factTypes).toContain('CONTROLS');
    expect(factTypes).not.toContain('MENTIONS');
    expect(data.facts).toHaveLength(graph.filterEdges((_k, a) => 'evidence' in a).length);
  });

  it('folds names and aliases to simplified, lower-case search forms', () => {
    const data = toViewerData(graph);
    const ant = data.entities.find((e) => e.key === 'ant-group')!;
    expect(ant.search).toContain('蚂蚁集团');
    expect(ant.search).toContain('antgroup');
    expect(ant.search).not.toContain('螞蟻集團');
  });

  it('points evidence at its article and keeps the article metadata', () => {
    const data = toViewerData(graph);
    const fact = data.facts.find((f) => f.type === 'REGULATES' && data.entities[f.source]!.key === 'pboc')!;
    const article = data.articles[fact.evidence[0]!.article]!;
    expect(article).toMatchObject({ id: 'a1', date: '2020-11-03', outlet: '大纪元', url: "https://example.org/a1?x=1&y='2'" });
  });

  it('carries layout positions when given and ships the traditional→simplified table', () => {
    const data = toViewerData(graph, new Map([['jack-ma', { x: 1.234, y: -5 }]]));
    expect(data.entities.find((e) => e.key === 'jack-ma')).toMatchObject({ x: 1.23, y: -5 });
    expect(data.entities.find((e) => e.key === 'alibaba')!.x).toBeUndefined();
    expect(data.charMap).toContain('馬马');
    const pairs = Array.from(data.charMap).length / 2;
    expect(pairs).toBeGreaterThan(2000); // README: about 3,000 characters
    expect(pairs).toBeLessThan(4000);
  });
});
