import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/pipeline/analyze-article.ts';
import { documentText } from '../../../src/pipeline/prepare-doc.ts';
import { MAX_PARAGRAPH_CHARS, splitArticle } from '../../../src/pipeline/split-article.ts';
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

describe('splitArticle on an over-long paragraph', () => {
  it('cuts it into pieces of bounded size, each a part of its own, with exact offsets', () => {
    const long = '蚂蚁集团推出花呗马云没有出席'.repeat(3 * MAX_PARAGRAPH_CHARS / 10);
    const article = makeArticle(['前一段。', long, '后一段。'], { title: '标题', captions: ['图说。'] });
    const parts = splitArticle(article);
    expect(parts.length).toBeGreaterThanOrEqual(5);
    const whole = documentText(article);
    for (const { part, offset } of parts) {
      const text = documentText(part);
      expect(part.paragraphs.every((p) => p.length <= MAX_PARAGRAPH_CHARS)).toBe(true);
      expect(whole.slice(offset, offset + text.length)).toBe(text);
    }
    const last = parts[parts.length - 1]!;
    expect(last.offset + documentText(last.part).length).toBe(whole.length);
  });

  it('keeps the offsets of facts found in a 1,000,000-character paragraph exact', () => {
    const line = '蚂蚁集团推出花呗马云没有出席'.repeat(66_667);
    const article = makeArticle(line);
    const result = analyzeArticle(article, loadLexicon());
    expect(result.facts.length).toBeGreaterThan(100);
    const text = documentText(article);
    for (const f of result.facts.slice(-10)) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.sentence);
  }, 60_000);
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
