import { describe, expect, it } from 'vitest';
import { analyze, describeFacts, factsBetween } from '../../fixtures/nlp/make-article.ts';

const EPOCH = { outlet: '大纪元' };

describe('citation facts', () => {
  it.each<[string, string, string]>([
    ['据X报导', '【大纪元讯】据华尔街日报报导，蚂蚁集团被罚款。', 'cites-according-to-media'],
    ['《X》周三引述', '【大纪元讯】《华尔街日报》周三引述知情人士说，马云很低调。', 'cites-media-reports'],
    ['X报导称', '【大纪元讯】华尔街日报报导称，马云很低调。', 'cites-media-reports'],
    ['告诉X', '【大纪元讯】一位官员告诉《华尔街日报》，此事属实。', 'cites-told-media'],
  ])('the article’s outlet CITES the outlet it reports from: %s', (_cue, text, rule) => {
    const result = analyze(text, EPOCH);
    const facts = factsBetween(result, 'CITES', '大纪元', '华尔街日报');
    expect(facts.map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual([rule]);
    const { start, end, sentence } = facts[0]!.evidence;
    expect(result.doc.text.slice(start, end)).toBe(sentence);
  });

  it('marks 据X报导 as reported', () => {
    const [fact] = factsBetween(analyze('【大纪元讯】据华尔街日报报导，蚂蚁集团被罚款。', EPOCH), 'CITES', '大纪元', '华尔街日报');
    expect(fact!.evidence.modality).toBe('reported');
  });

  it('gives no citation when the article’s outlet is unknown', () => {
    const result = analyze('据华尔街日报报导，蚂蚁集团被罚款。');
    expect(result.facts.filter((f) => f.type === 'CITES')).toEqual([]);
  });

  it('does not make the outlet cite itself', () => {
    const result = analyze('【大纪元讯】据大纪元报导，蚂蚁集团被罚款。', EPOCH);
    expect(result.facts.filter((f) => f.type === 'CITES')).toEqual([]);
  });

  it('does not cite an outlet that is only mentioned, not reported from', () => {
    const result = analyze('【大纪元讯】马云曾收购华尔街日报的竞争对手。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '华尔街日报')).toEqual([]);
  });

  it('gives the article’s reporters and editors WORKS_FOR its outlet', () => {
    // As loadArticle does: byline names are also Person hints.
    const hints = ['林燕', '林妍'].map((name) => ({ name, type: 'Person' as const, origin: 'byline' as const }));
    const result = analyze('【大纪元讯】蚂蚁集团被罚款。', { ...EPOCH, reporters: ['林燕'], editors: ['林妍'], hints });
    expect(factsBetween(result, 'WORKS_FOR', '林燕', '大纪元')).toHaveLength(1);
    expect(factsBetween(result, 'WORKS_FOR', '林妍', '大纪元')).toHaveLength(1);
  });
});
