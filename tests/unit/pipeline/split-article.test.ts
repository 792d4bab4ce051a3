import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/pipeline/analyze-article.ts';
import { documentText } from '../../../src/pipeline/prepare-doc.ts';
import { splitArticle } from '../../../src/pipeline/split-article.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeArticle } from '../../fixtures/nlp/make-article.ts';

const PARAGRAPHS = [
  '【大纪元2021年06月23日讯】（大纪元记者林燕综合报导）中国人民银行周三约谈了蚂蚁集团。',
  '马云旗下的蚂蚁集团位于杭州。',
  '据华尔街日报报导，腾讯公司董事会主席马化腾表示，腾讯将与京东合作。',
  '中国证监会对康美药业作出行政处罚。',
];

describe('splitArticle', () => {
  it('cuts at paragraph boundaries into parts whose texts, joined, are the whole document text', () => {
    const article = makeArticle(PARAGRAPHS, { captions: ['图为蚂蚁集团的标识。'] });
    const parts = splitArticle(article, 40);
    expect(parts.length).toBeGreaterThan(1);
    const whole = documentText(article);
    expect(parts.map((p) => documentText(p.part)).join('\n')).toBe(whole);
    for (const { part, offset } of parts) expect(whole.slice(offset, offset + documentText(part).length)).toBe(documentText(part));
  });
});

describe('analyzeArticle on a long article', () => {
  it('finds the same entities and facts in parts as in one piece, with offsets into the whole text', () => {
    const article = makeArticle(PARAGRAPHS);
    const lexicon = loadLexicon();
    const whole = analyzeArticle(article, lexicon);
    const parts = analyzeArticle(article, lexicon, 60);
    const keys = (r: typeof whole) => r.entities.map((e) => `${e.key}×${e.mentions.length}`).sort();
    expect(whole.facts.length).toBeGreaterThan(2);
    expect(keys(parts)).toEqual(keys(whole));
    const facts = (r: typeof whole) => r.facts.map((f) => `${f.subject} ${f.type} ${f.object} ${f.evidence.start}-${f.evidence.end}`).sort();
    expect(facts(parts)).toEqual(facts(whole));
    const text = documentText(article);
    for (const f of parts.facts) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.sentence);
  });
});
