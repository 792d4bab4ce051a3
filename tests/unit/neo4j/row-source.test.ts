import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { isZhkgError } from '../../../src/errors.ts';
import { createGraph } from '../../../src/graph/create-graph.ts';
import { graphToRows } from '../../../src/neo4j/graph-rows.ts';
import { loadPlan, loadStepCount, loadSteps } from '../../../src/neo4j/load-plan.ts';
import { compareJoined, graphRowSource, rowSourceOfRows } from '../../../src/neo4j/row-source.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

const EVIDENCE = { sentence: 's', start: 0, end: 1, trigger: 't', rule: 'r', modality: 'asserted' };

/**
 * Keys inserted out of order, ids that are prefixes of one another, an id holding U+0000, a multi-edge pair with
 * two facts of one type (a tie), symmetric and directed facts: every ordering rule of the load plan is exercised.
 */
function awkwardGraph(): AbstractGraph {
  const g = createGraph({ generator: 'zhkg', version: 'test', createdFrom: 3 }) as unknown as AbstractGraph;
  for (const id of ['z9', 'a1', 'a10']) {
    g.addNode(`article:${id}`, { type: 'Article', name: id, title: id, source: `in/${id}.html`, contentHash: id.repeat(3), mentions: 0, aliases: [] });
  }
  const entities: [string, string][] = [
    ['Person:王', 'Person'], ['Person:王小', 'Person'], ['Company:甲', 'Company'], ['Person:王\u0000x', 'Person'], ['Location:北', 'Location'],
  ];
  for (const [key, type] of entities) g.addNode(key, { type, name: key.split(':')[1], aliases: ['b', 'a', 'b'], mentions: 2 });
  for (const article of ['z9', 'a10', 'a1']) {
    for (const [entity] of entities) g.addEdgeWithKey(`article:${article}|MENTIONS|${entity}`, `article:${article}`, entity, { type: 'MENTIONS', count: 1, weight: 1 });
  }
  g.addEdgeWithKey('article:a1|WRITTEN_BY|Person:王小', 'article:a1', 'Person:王小', { type: 'WRITTEN_BY', weight: 1 });
  g.addEdgeWithKey('article:z9|PUBLISHED_BY|Company:甲', 'article:z9', 'Company:甲', { type: 'PUBLISHED_BY', weight: 1 });
  const fact = (key: string, s: string, t: string, type: string, article: string, confidence: number): void => {
    g.addEdgeWithKey(key, s, t, { type, confidence, modality: 'asserted', weight: 1, evidence: [{ article, ...EVIDENCE }] });
  };
  fact('f3', 'Person:王小', 'Company:甲', 'WORKS_FOR', 'z9', 0.5);
  fact('f1', 'Person:王', 'Company:甲', 'WORKS_FOR', 'a1', 0.7);
  fact('f2', 'Person:王\u0000x', 'Company:甲', 'WORKS_FOR', 'a10', 0.6);
  fact('tie-b', 'Person:王', 'Company:甲', 'WORKS_FOR', 'z9', 0.9);
  fact('tie-a', 'Person:王', 'Company:甲', 'WORKS_FOR', 'a10', 0.8);
  fact('loc', 'Company:甲', 'Location:北', 'LOCATED_IN', 'a1', 1);
  return g;
}

/** The code of the ZhkgError `fn` throws ('other' for another error, undefined when it returns). */
function errorCodeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isZhkgError(e) ? e.code : 'other';
  }
  return undefined;
}

describe('graphRowSource', () => {
  it('gives the steps of loadPlan(graphToRows(graph)), row for row and in order', () => {
    for (const graph of [sampleGraph(), sampleGraph({ changed: true }), awkwardGraph()]) {
      for (const batch of [1, 2, 1000]) {
        expect([...loadSteps(graphRowSource(graph), batch)]).toEqual(loadPlan(graphToRows(graph), batch));
        expect([...loadSteps(graphRowSource(graph), batch, ['gone'], ['a1'])]).toEqual(loadPlan(graphToRows(graph), batch, ['gone'], ['a1']));
      }
    }
  });

  it('keeps the graph order of tied facts (same ends, same type)', () => {
    const works = [...graphRowSource(awkwardGraph()).relations('WORKS_FOR')].map((r) => `${r.source}>${r.articles[0]}`);
    expect(works).toEqual(['Person:王>a1', 'Person:王>z9', 'Person:王>a10', 'Person:王\u0000x>a10', 'Person:王小>z9']);
  });

  it('holds no fact row until its batch: the evidence is read once to check the graph, then when the row is made', () => {
    const graph = awkwardGraph();
    let reads = 0;
    const attributes = graph.getEdgeAttributes('loc');
    const evidence = attributes.evidence as unknown;
    Object.defineProperty(attributes, 'evidence', { enumerable: true, get: () => (reads++, evidence) });
    const steps = loadSteps(graphRowSource(graph), 1);
    const checked = reads;
    expect(checked).toBeGreaterThan(0);
    expect(steps.next().value?.name).toBe('retract-article-facts');
    expect(reads).toBe(checked);
    expect([...steps].at(-1)?.name).toBe('merge-relations:LOCATED_IN');
    expect(reads).toBeGreaterThan(checked);
  });

  it('rejects an edge of unknown type before producing anything (E_GRAPH_INVALID)', () => {
    const graph = awkwardGraph();
    graph.addEdgeWithKey('odd', 'Person:王', 'Company:甲', { type: 'LIKES' });
    expect(errorCodeOf(() => graphRowSource(graph))).toBe('E_GRAPH_INVALID');
  });

  it('rejects a fact with bad evidence before producing anything (E_GRAPH_INVALID), as graphToRows does', () => {
    const graph = awkwardGraph();
    graph.setEdgeAttribute('loc', 'evidence', [{ article: 'a1', sentence: 's', start: -1, end: 1, trigger: 't', rule: 'r', modality: 'asserted' }]);
    expect(errorCodeOf(() => graphRowSource(graph))).toBe('E_GRAPH_INVALID');
  });
});

describe('rowSourceOfRows', () => {
  it('sorts entities by id, mentions by entity then article', () => {
    const source = rowSourceOfRows(graphToRows(awkwardGraph()));
    expect([...source.entities()].map((e) => e.id)).toEqual(['Company:甲', 'Location:北', 'Person:王', 'Person:王\u0000x', 'Person:王小']);
    expect([...source.mentions()].slice(0, 3).map((m) => m.article)).toEqual(['a1', 'a10', 'z9']);
  });
});

describe('sizes and loadStepCount', () => {
  it('count the rows of each list without building them, the same from the graph and from its rows', () => {
    for (const g of [awkwardGraph(), sampleGraph()]) {
      const fromGraph = graphRowSource(g).sizes();
      const fromRows = rowSourceOfRows(graphToRows(g)).sizes();
      expect(fromGraph.articles).toBe(fromRows.articles);
      expect(fromGraph.entities).toBe(fromRows.entities);
      expect(fromGraph.mentions).toBe(fromRows.mentions);
      expect(new Map([...fromGraph.edges].filter(([, n]) => n > 0))).toEqual(new Map([...fromRows.edges].filter(([, n]) => n > 0)));
    }
    const sizes = graphRowSource(awkwardGraph()).sizes();
    expect([sizes.articles, sizes.entities, sizes.mentions]).toEqual([3, 5, 15]);
    expect(sizes.edges.get('WORKS_FOR')).toBe(5);
    expect(sizes.edges.get('PUBLISHED_BY')).toBe(1);
  });

  it('loadStepCount is the number of steps loadSteps yields, for any batch size, pruned and changed articles', () => {
    for (const g of [awkwardGraph(), sampleGraph()]) {
      const source = graphRowSource(g);
      const ids = [...source.articles()].map((a) => a.id);
      for (const batchSize of [1, 2, 3, 7, 1000]) {
        for (const gone of [[], ['x', 'y', 'z']]) {
          for (const changed of [undefined, [], ids.slice(0, 1), ids]) {
            const steps = [...loadSteps(source, batchSize, gone, changed)].length;
            expect(loadStepCount(source.sizes(), batchSize, gone.length, changed?.length)).toBe(steps);
          }
        }
      }
    }
  });
});

describe('compareJoined', () => {
  const joined = (a: string, b: string): string => `${a}\u0000${b}`;
  const sign = (n: number): number => Math.sign(n);
  it('orders pairs as their U+0000-joined strings do', () => {
    const parts = ['', 'a', 'ab', 'a\u0000', 'a\u0000b', 'b', '\u0000'];
    for (const a1 of parts) for (const a2 of parts) for (const b1 of parts) for (const b2 of parts) {
      const x = joined(a1, a2);
      const y = joined(b1, b2);
      expect(sign(compareJoined(a1, a2, b1, b2))).toBe(x < y ? -1 : x > y ? 1 : 0);
    }
  });
});
