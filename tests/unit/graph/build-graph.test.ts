import { describe, expect, it } from 'vitest';
import { buildGraph, createGraphBuilder } from '../../../src/graph/build-graph.ts';
import { toGraphJson } from '../../../src/write/graph-json.ts';
import type { EntityNodeAttributes, FactEdgeAttributes, Graph } from '../../../src/graph/graph-types.ts';
import type { ArticleResult, Fact } from '../../../src/types.ts';
import { makeArticle, makeDoc, makeEntity, makeFact, sampleResults } from '../../fixtures/graph/sample-results.ts';

function build(results: ArticleResult[]): { graph: Graph; warnings: string[] } {
  const warnings: string[] = [];
  const graph = buildGraph(results, { onWarning: (m) => warnings.push(m) });
  return { graph, warnings };
}

function factEdge(graph: Graph, key: string): FactEdgeAttributes {
  return graph.getEdgeAttributes(key) as FactEdgeAttributes;
}

describe('buildGraph', () => {
  it('makes one directed multi graph with zhkg graph attributes', () => {
    const { graph, warnings } = build(sampleResults());
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.allowSelfLoops).toBe(false);
    expect(graph.getAttributes()).toEqual({ generator: 'zhkg', version: '0.1.0', createdFrom: 2 });
    expect(warnings).toEqual([]);
  });

  it('creates article nodes keyed article:<id> with the contract attributes', () => {
    const { graph } = build(sampleResults());
    expect(graph.getNodeAttributes('article:epoch-2020-001')).toEqual({
      type: 'Article',
      name: '央行约谈蚂蚁集团',
      title: '央行约谈蚂蚁集团',
      url: 'https://example.org/epoch-2020-001.html',
      date: '2020-11-04',
      outlet: '大纪元',
      source: 'tests/fixtures/epoch-2020-001.html',
      contentHash: '0'.repeat(64),
      mentions: 0,
      aliases: [],
    });
    expect(graph.getNodeAttributes('article:voa-2020-002')).not.toHaveProperty('url');
  });

  it('merges one entity seen under different names in two articles into one node', () => {
    const { graph } = build(sampleResults());
    const ant = graph.getNodeAttributes('ant-group') as EntityNodeAttributes;
    expect(ant).toEqual({
      type: 'Company',
      name: '蚂蚁集团',
      nameEn: 'Ant Group',
      aliases: ['蚂蚁金服', '蚂蚁集团', '螞蟻金服', '螞蟻集團'],
      mentions: 4,
    });
    // nameEn known only in the second article is still kept.
    expect((graph.getNodeAttributes('alibaba-group') as EntityNodeAttributes).nameEn).toBe('Alibaba Group');
    expect(graph.filterNodes((_k, a) => a.name === '蚂蚁集团')).toEqual(['ant-group']);
  });

  it('links each article to its entities with MENTIONS counts', () => {
    const { graph } = build(sampleResults());
    expect(graph.getEdgeAttributes('article:epoch-2020-001|MENTIONS|ant-group')).toEqual({ type: 'MENTIONS', count: 2, weight: 2 });
    expect(graph.getEdgeAttributes('article:voa-2020-002|MENTIONS|ant-group')).toEqual({ type: 'MENTIONS', count: 2, weight: 2 });
    expect(graph.getEdgeAttributes('article:epoch-2020-001|MENTIONS|epoch-times')).toMatchObject({ count: 2 });
  });

  it('adds PUBLISHED_BY, WRITTEN_BY and EDITED_BY only for entities the article has', () => {
    const { graph } = build(sampleResults());
    const provenance = graph
      .filterEdges((_k, a) => ['PUBLISHED_BY', 'WRITTEN_BY', 'EDITED_BY'].includes(a.type))
      .sort();
    expect(provenance).toEqual([
      'article:epoch-2020-001|EDITED_BY|Person:高静',
      'article:epoch-2020-001|PUBLISHED_BY|epoch-times',
      'article:epoch-2020-001|WRITTEN_BY|Person:林燕',
      'article:voa-2020-002|PUBLISHED_BY|voa',
    ]);
    expect(graph.getEdgeAttributes('article:voa-2020-002|PUBLISHED_BY|voa')).toEqual({ type: 'PUBLISHED_BY', weight: 1 });
  });

  it('finds the outlet by alias as well as by name', () => {
    const [a] = sampleResults();
    a.doc.article.outlet = '大紀元';
    const { graph } = build([a]);
    expect(graph.hasEdge('article:epoch-2020-001|PUBLISHED_BY|epoch-times')).toBe(true);
  });

  it('merges a fact found in two articles into one edge with both evidences', () => {
    const { graph } = build(sampleResults());
    const edge = factEdge(graph, 'pboc|REGULATES|ant-group');
    expect(edge.weight).toBe(2);
    expect(edge.evidence.map((e) => [e.article, e.trigger])).toEqual([
      ['epoch-2020-001', '约谈'],
      ['voa-2020-002', '約談'],
    ]);
    expect(edge.confidence).toBe(0.9);
    expect(edge.modality).toBe('asserted');
    expect(edge.articles).toEqual(['epoch-2020-001', 'voa-2020-002']);
  });

  it('keeps one edge per pair for symmetric relations, with sorted endpoints', () => {
    const { graph } = build(sampleResults());
    const partners = graph.filterEdges((_k, a) => a.type === 'PARTNERS_WITH');
    expect(partners).toEqual(['alibaba-group|PARTNERS_WITH|ant-group']);
    expect(graph.source(partners[0])).toBe('alibaba-group');
    expect(factEdge(graph, partners[0]).weight).toBe(2);
  });

  it('keeps identical evidence once and a second rule on the same sentence, but weighs the sentence once', () => {
    const [a] = sampleResults();
    const fact = a.facts.find((f) => f.type === 'LAUNCHED') as Fact;
    a.facts.push({ ...fact, confidence: 0.95 }, { ...fact, evidence: { ...fact.evidence, rule: 'other-rule' } });
    const { graph } = build([a]);
    const edge = factEdge(graph, 'ant-group|LAUNCHED|alipay');
    expect(edge.weight).toBe(1);
    expect(edge.evidence.map((e) => e.rule)).toEqual(['other-rule', 'test-launched']);
    expect(edge.confidence).toBe(0.95);
  });

  it('weighs a fact by its distinct supporting sentences (a byline read by two rules counts once)', () => {
    const [a] = sampleResults();
    const fact = a.facts.find((f) => f.type === 'LAUNCHED') as Fact;
    const { start, end } = fact.evidence;
    a.facts.push(
      { ...fact, evidence: { ...fact.evidence, rule: 'meta-reporter' } },
      { ...fact, evidence: { ...fact.evidence, start: end + 1, end: end + 5, rule: 'other-rule' } },
    );
    const edge = factEdge(build([a]).graph, 'ant-group|LAUNCHED|alipay');
    expect(edge.evidence).toHaveLength(3);
    expect(edge.weight).toBe(2);
    expect(start).toBeLessThan(end);
  });

  it.each([
    [['negated', 'hedged'], 'hedged'],
    [['reported', 'asserted'], 'asserted'],
    [['negated', 'reported', 'hedged'], 'reported'],
    [['negated'], 'negated'],
  ] as const)('gives a fact edge with modalities %j the modality %s', (modalities, expected) => {
    const [a] = sampleResults();
    const base = a.facts.find((f) => f.type === 'LAUNCHED') as Fact;
    a.facts = modalities.map((modality, i) => ({ ...base, evidence: { ...base.evidence, start: i, modality } }));
    const { graph } = build([a]);
    expect(factEdge(graph, 'ant-group|LAUNCHED|alipay').modality).toBe(expected);
  });

  it.each([
    ['an unknown subject', { subject: 'nobody' }],
    ['an article endpoint', { object: 'article:epoch-2020-001' }],
    ['a self loop', { object: 'ant-group' }],
    ['an unknown relation type', { type: 'LIKES' }],
  ])('drops a fact with %s and warns', (_name, change) => {
    const [a] = sampleResults();
    const base = a.facts.find((f) => f.type === 'LAUNCHED') as Fact;
    a.facts = [{ ...base, ...change } as Fact];
    const { graph, warnings } = build([a]);
    expect(graph.filterEdges((_k, attr) => 'evidence' in attr)).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^buildGraph: dropped/);
  });

  it('accepts a fact pointing at an entity introduced by a later article', () => {
    const [a, b] = sampleResults();
    b.facts.push(makeFact(b.doc, { type: 'CITES', subject: 'voa', object: 'alipay', trigger: '報導' }));
    const { graph, warnings } = build([a, b]);
    expect(warnings).toEqual([]);
    expect(graph.hasEdge('voa|CITES|alipay')).toBe(true);
  });

  it('keeps the first type when a key arrives with another type, and warns', () => {
    const [a] = sampleResults();
    const doc = makeDoc(makeArticle({ id: 'x' }), '蚂蚁集团发布公告。');
    const clash = makeEntity(doc, { key: 'ant-group', type: 'Organization', name: '蚂蚁集团', surfaces: ['蚂蚁集团'] });
    const { graph, warnings } = build([a, { doc, entities: [clash], facts: [], warnings: [] }]);
    expect(graph.getNodeAttribute('ant-group', 'type')).toBe('Company');
    expect(graph.getNodeAttribute('ant-group', 'mentions')).toBe(3);
    expect(warnings).toEqual(['buildGraph: entity "ant-group" is Company and Organization; kept Company']);
  });

  it('ignores a second copy of the same article id, with one warning', () => {
    const { graph, warnings } = build([...sampleResults(), sampleResults()[0]]);
    expect(graph.getAttribute('createdFrom')).toBe(2);
    expect(graph.getNodeAttribute('ant-group', 'mentions')).toBe(4);
    expect(warnings).toHaveLength(1);
  });

  it('gives the same graph whatever the article order', () => {
    const [a, b] = sampleResults();
    const forward = build([a, b]).graph;
    const backward = build([b, a]).graph;
    const edges = (g: Graph) => Object.fromEntries(g.mapEdges((k, attr) => [k, attr]));
    expect(edges(backward)).toEqual(edges(forward));
    expect(backward.getNodeAttributes('ant-group')).toEqual(forward.getNodeAttributes('ant-group'));
  });

  it('builds an empty graph from no articles', () => {
    const { graph } = build([]);
    expect([graph.order, graph.size, graph.getAttribute('createdFrom')]).toEqual([0, 0, 0]);
  });
});

describe('createGraphBuilder', () => {
  it('builds the same graph one article at a time, with each result dropped (emptied) after it is added', () => {
    const warnings: string[] = [];
    const builder = createGraphBuilder({ onWarning: (m) => warnings.push(m) });
    for (const result of sampleResults()) {
      builder.add(result);
      // What a streaming caller may do once a result is merged: nothing of it but its facts is read later.
      result.entities.length = 0;
      result.doc.article.reporters.length = 0;
    }
    const graph = builder.finish();
    expect(toGraphJson(graph)).toBe(toGraphJson(buildGraph(sampleResults())));
    expect(warnings).toEqual([]);
  });

  it('sets createdFrom to the articles added, not counting a repeated id', () => {
    const builder = createGraphBuilder();
    const [a, b] = sampleResults();
    builder.add(a!);
    builder.add(b!);
    builder.add(sampleResults()[0]!);
    expect(builder.finish().getAttribute('createdFrom')).toBe(2);
  });

  it('refuses articles after finish', () => {
    const builder = createGraphBuilder();
    builder.finish();
    expect(() => builder.add(sampleResults()[0]!)).toThrow(/finished/);
  });
});
