import { describe, expect, it } from 'vitest';
import { excludeArticles, type SampleGraph } from '../../../src/eval/exclude-articles.ts';

const graph: SampleGraph = {
  nodes: [
    { key: 'article:a1', attributes: { type: 'Article', name: 'A', source: '../corpus/sina/4.html' } },
    { key: 'article:a2', attributes: { type: 'Article', name: 'B', source: '../corpus/xsina/4.html' } },
    { key: 'org:x', attributes: { type: 'Company', name: '甲公司' } },
    { key: 'gov:y', attributes: { type: 'GovernmentBody', name: '乙局' } },
  ],
  edges: [
    { key: 'e1', source: 'gov:y', target: 'org:x', attributes: { type: 'REGULATES', evidence: [
      { article: 'a1', sentence: '乙局约谈甲公司。' }, { article: 'a2', sentence: '乙局处罚甲公司。' }] } },
  ],
};

describe('excludeArticles', () => {
  it('drops the evidence of an article whose source ends in a given corpus path', () => {
    const [edge] = excludeArticles(graph, ['sina/4.html']);
    expect(edge!.attributes.evidence!.map((e) => e.article)).toEqual(['a2']);
  });
  it('matches whole path segments only (xsina/4.html is not sina/4.html)', () => {
    const [edge] = excludeArticles(graph, ['sina/4.html']);
    expect(edge!.attributes.evidence!.some((e) => e.article === 'a2')).toBe(true);
  });
  it('keeps everything when no path is given, and does not change its input', () => {
    expect(excludeArticles(graph, [])[0]!.attributes.evidence).toHaveLength(2);
    excludeArticles(graph, ['sina/4.html', 'xsina/4.html']);
    expect(graph.edges[0]!.attributes.evidence).toHaveLength(2);
  });
  it('leaves an edge with no evidence once all its articles are excluded', () => {
    expect(excludeArticles(graph, ['sina/4.html', 'xsina/4.html'])[0]!.attributes.evidence).toEqual([]);
  });
});
