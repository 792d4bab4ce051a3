import { describe, expect, it } from 'vitest';
import { documentText } from '../../../src/pipeline/prepare-doc.ts';
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
  it('names the host and the original outlet on lines of their own when the text does not', () => {
    const text = documentText(makeArticle(['测试正文。'], { title: '测试', outlet: '众新闻', originalOutlet: '北京日报' }));
    expect(text.split('\n').slice(-2)).toEqual(['众新闻', '转载自北京日报']);
  });

  it('adds nothing for outlets the text names already, in either script', () => {
    const text = documentText(makeArticle(['【眾新聞】測試正文，來源：北京日報。'], { title: '测试', outlet: '众新闻', originalOutlet: '北京日报' }));
    expect(text).toBe('测试\n【眾新聞】測試正文，來源：北京日報。');
  });
});
