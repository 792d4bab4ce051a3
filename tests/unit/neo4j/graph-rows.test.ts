import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { isZhkgError } from '../../../src/errors.ts';
import { createGraph } from '../../../src/graph/create-graph.ts';
import { evidencePrefix, graphToRows } from '../../../src/neo4j/graph-rows.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isZhkgError(e) ? e.code : 'not a ZhkgError';
  }
  return undefined;
}

type Graph = AbstractGraph;

function tiny(): Graph {
  const g = createGraph({ generator: 'zhkg', version: 'test', createdFrom: 1 }) as unknown as Graph;
  g.addNode('article:x', { type: 'Article', name: 'T', title: 'T', source: 's', contentHash: 'h', mentions: 0, aliases: [] });
  g.addNode('a', { type: 'Company', name: 'A', aliases: ['A'], mentions: 1 });
  g.addNode('b', { type: 'Person', name: 'B', aliases: ['B'], mentions: 1 });
  return g;
}
const EVIDENCE = { article: 'x', sentence: 's', start: 0, end: 1, trigger: 't', rule: 'r', modality: 'asserted' };

describe('graphToRows', () => {
  it('turns the sample graph into plain JSON-safe rows', () => {
    const rows = graphToRows(sampleGraph());
    expect(rows.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(rows.articles[1]).toMatchObject({ url: null, date: null, outlet: null, evidencePrefix: '{"article":"a2",' });
    expect(rows.entities.get('Company')?.map((e) => e.id).sort()).toEqual(['alibaba', 'ant-group']);
    expect(rows.entities.get('Product')?.[0]).toEqual({ id: 'alipay', name: '支付宝', nameEn: 'Alipay', aliases: ['支付宝'], mentions: 1 });
    expect(rows.mentions).toContainEqual({ article: 'a2', entity: 'jack-ma', count: 2 });
    expect(rows.provenance.get('WRITTEN_BY')).toEqual([{ article: 'a1', entity: 'Person:林燕' }]);
    const controls = rows.relations.get('CONTROLS')?.[0];
    expect(controls).toMatchObject({ source: 'jack-ma', target: 'ant-group', confidence: 0.95, modality: 'asserted', articles: ['a1', 'a2'] });
    expect(controls?.evidence.map((e) => JSON.parse(e).article)).toEqual(['a1', 'a2']);
    expect(controls?.evidencePrefixes).toEqual(['{"article":"a1",', '{"article":"a2",']);
    expect(JSON.parse(JSON.stringify({ ...rows, entities: [...rows.entities] })).articles).toHaveLength(2);
  });

  it('serialises each evidence item as JSON starting with its article, whatever the id holds', () => {
    const id = 'we"ird\\id';
    const json = JSON.stringify({ article: id, sentence: 'x' });
    expect(json.startsWith(evidencePrefix(id))).toBe(true);
    expect(evidencePrefix('a1')).toBe('{"article":"a1",');
  });

  it('puts evidence keys in a fixed order and drops unknown keys', () => {
    const g = tiny();
    g.addEdgeWithKey('a|CONTROLS|b', 'a', 'b', {
      type: 'CONTROLS', confidence: 1, weight: 1, modality: 'asserted', articles: ['x'],
      evidence: [{ modality: 'asserted', rule: 'r', trigger: 't', end: 1, start: 0, sentence: 's', article: 'x', extra: 1 }],
    });
    expect(graphToRows(g).relations.get('CONTROLS')?.[0].evidence).toEqual([
      '{"article":"x","sentence":"s","start":0,"end":1,"trigger":"t","rule":"r","modality":"asserted"}',
    ]);
  });

  it('keeps the metadata field of evidence from a composed line, last', () => {
    const g = tiny();
    g.addEdgeWithKey('a|WORKS_FOR|b', 'a', 'b', {
      type: 'WORKS_FOR', confidence: 1, weight: 1, modality: 'asserted', articles: ['x'],
      evidence: [{ field: 'editors', modality: 'asserted', rule: 'meta-editor', trigger: '编辑', end: 1, start: 0, sentence: 's', article: 'x' }],
    });
    expect(graphToRows(g).relations.get('WORKS_FOR')?.[0].evidence).toEqual([
      '{"article":"x","sentence":"s","start":0,"end":1,"trigger":"编辑","rule":"meta-editor","modality":"asserted","field":"editors"}',
    ]);
  });

  it.each([
    ['an unknown node type', (g: Graph) => g.addNode('c', { type: 'Animal', name: 'C', aliases: [], mentions: 0 })],
    ['an unknown relation type', (g: Graph) => g.addEdge('a', 'b', { type: 'LIKES`]->(x) DETACH DELETE x //', evidence: [EVIDENCE], confidence: 1, modality: 'asserted' })],
    ['a fact without evidence', (g: Graph) => g.addEdge('a', 'b', { type: 'CONTROLS', evidence: [], confidence: 1, modality: 'asserted' })],
    ['a confidence above 1', (g: Graph) => g.addEdge('a', 'b', { type: 'CONTROLS', evidence: [EVIDENCE], confidence: 1.5, modality: 'asserted' })],
    ['an unknown modality', (g: Graph) => g.addEdge('a', 'b', { type: 'CONTROLS', evidence: [{ ...EVIDENCE, modality: 'maybe' }], confidence: 1, modality: 'asserted' })],
    ['a fact touching an article', (g: Graph) => g.addEdge('article:x', 'b', { type: 'CONTROLS', evidence: [EVIDENCE], confidence: 1, modality: 'asserted' })],
    ['MENTIONS between entities', (g: Graph) => g.addEdge('a', 'b', { type: 'MENTIONS', count: 1, weight: 1 })],
    ['a fractional mention count', (g: Graph) => g.mergeNodeAttributes('a', { mentions: 1.5 })],
    ['non-string aliases', (g: Graph) => g.mergeNodeAttributes('a', { aliases: [1] })],
    ['an article key without the article: prefix', (g: Graph) => g.addNode('y', { type: 'Article', name: 'T', title: 'T', source: 's', contentHash: 'h' })],
  ])('rejects %s with E_GRAPH_INVALID', (_, mutate) => {
    const g = tiny();
    mutate(g);
    expect(codeOf(() => graphToRows(g))).toBe('E_GRAPH_INVALID');
  });
});
