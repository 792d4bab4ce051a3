import { describe, expect, it } from 'vitest';
import { documentText } from '../../../src/pipeline/prepare-doc.ts';
import { buildGraph } from '../../../src/graph/build-graph.ts';
import { compactResult } from '../../../src/pipeline/compact-result.ts';
import { articleKey, edgeKey } from '../../../src/graph/graph-keys.ts';
import { analyze, factsBetween, makeArticle } from '../../fixtures/nlp/make-article.ts';

describe('a repost (来源：X, 转自X, 本文来自X)', () => {
  const result = analyze(['测试公司周一宣布，将在上海设立新的研发中心。', '来源：北京日报'], {
    title: '测试公司设立研发中心',
    outlet: '新浪新闻',
    originalOutlet: '北京日报',
    reporters: ['王明华'],
    editors: ['李文静'],
    hints: [{ name: '王明华', origin: 'byline' }, { name: '李文静', origin: 'byline' }],
  });

  it('is CITED by the host, with the source line as evidence', () => {
    const [fact] = factsBetween(result, 'CITES', '新浪新闻', '北京日报');
    expect(fact?.evidence.rule).toBe('cites-repost');
    expect(fact?.evidence.sentence).toContain('北京日报');
  });

  it('was written by reporters of the original outlet and edited by the host', () => {
    expect(factsBetween(result, 'WORKS_FOR', '王明华', '北京日报')).toHaveLength(1);
    expect(factsBetween(result, 'WORKS_FOR', '王明华', '新浪新闻')).toHaveLength(0);
    expect(factsBetween(result, 'WORKS_FOR', '李文静', '新浪新闻')).toHaveLength(1);
  });

  it('without a repost, reporters and editors work for the host', () => {
    const own = analyze(['测试公司周一宣布，将在上海设立新的研发中心。'], { title: '测试公司设立研发中心', outlet: '新浪新闻', reporters: ['王明华'], hints: [{ name: '王明华', origin: 'byline' }] });
    expect(factsBetween(own, 'WORKS_FOR', '王明华', '新浪新闻')).toHaveLength(1);
    expect(own.facts.filter((f) => f.evidence.rule === 'cites-repost')).toEqual([]);
  });
});

describe('documentText', () => {
  it('names the original outlet on a line of its own when the text does not, and leaves the host to metadata', () => {
    const text = documentText(makeArticle(['测试正文。'], { title: '测试', outlet: '众新闻', originalOutlet: '北京日报' }));
    expect(text).toBe('测试\n测试正文。\n转载自北京日报');
  });

  it('adds nothing for outlets the text names already, in either script', () => {
    const text = documentText(makeArticle(['【眾新聞】測試正文，來源：北京日報。'], { title: '测试', outlet: '众新闻', originalOutlet: '北京日报' }));
    expect(text).toBe('测试\n【眾新聞】測試正文，來源：北京日報。');
  });
});

describe('the publisher of an article whose text never names it', () => {
  it('is a node for PUBLISHED_BY outside the entities', () => {
    const result = analyze(['测试公司周一宣布，将在上海设立新的研发中心。'], { title: '测试', outlet: '众新闻' });
    expect(result.publisher).toMatchObject({ key: 'citizen-news', type: 'MediaOutlet', name: '众新闻', mentions: [] });
    expect(result.entities.map((e) => e.key)).not.toContain('citizen-news');
    const graph = buildGraph([result]);
    expect(graph.hasEdge(edgeKey(articleKey('test-article'), 'PUBLISHED_BY', 'citizen-news'))).toBe(true);
    // Results are compacted in every batch: the publisher survives it.
    const compacted = buildGraph([compactResult(result)]);
    expect(compacted.hasEdge(edgeKey(articleKey('test-article'), 'PUBLISHED_BY', 'citizen-news'))).toBe(true);
  });

  it('is a discovered MediaOutlet when the lexicon does not know it, and absent when the text names the outlet', () => {
    expect(analyze(['测试正文。'], { title: '测试', outlet: '测试科技' }).publisher).toMatchObject({ key: 'MediaOutlet:测试科技', type: 'MediaOutlet' });
    expect(analyze(['（大纪元记者林燕报导）测试公司周一宣布设立研发中心。'], { title: '测试', outlet: '大纪元' }).publisher).toBeUndefined();
  });
});

describe('the publisher the text never names employs the reporters and editors the page credits', () => {
  const result = analyze(['测试公司周一宣布，将在上海设立新的研发中心。据北京日报报道，该中心明年启用。', '(文/图 王明华 李文静)'], {
    title: '测试公司设立研发中心',
    outlet: '测试商报',
    reporters: ['王明华', '李文静'],
    hints: [{ name: '王明华', origin: 'byline' }, { name: '李文静', origin: 'byline' }],
  });
  const publisher = result.publisher!;
  const person = (name: string) => result.entities.find((e) => e.name === name)!;

  it('gives WORKS_FOR the publisher node from the credit the text prints', () => {
    expect(publisher).toMatchObject({ type: 'MediaOutlet', name: '测试商报' });
    const facts = result.facts.filter((f) => f.type === 'WORKS_FOR' && f.object === publisher.key);
    expect(facts.map((f) => f.subject).sort()).toEqual([person('王明华').key, person('李文静').key].sort());
    expect(facts.every((f) => f.evidence.rule === 'meta-reporter')).toBe(true);
  });

  it('makes the publisher the subject of no fact read from the text', () => {
    expect(result.facts.filter((f) => f.subject === publisher.key)).toEqual([]);
  });
});
