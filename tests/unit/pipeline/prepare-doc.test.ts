import { describe, expect, it } from 'vitest';
import { documentText, prepareDoc } from '../../../src/pipeline/prepare-doc.ts';
import { makeArticle } from '../../fixtures/nlp/make-article.ts';

describe('documentText', () => {
  it('joins title, paragraphs and captions one per line, skipping blank blocks', () => {
    const article = makeArticle(['第一段。', '  ', '第二段。'], { title: '标题', captions: ['图说。'] });
    expect(documentText(article)).toBe('标题\n第一段。\n第二段。\n图说。');
  });

  it('adds credit lines for reporters and editors the body does not name', () => {
    const article = makeArticle(['蚂蚁集团被罚款。'], { outlet: '大纪元', reporters: ['林燕'], editors: ['林妍'] });
    expect(documentText(article)).toBe('蚂蚁集团被罚款。\n大纪元记者：林燕\n大纪元责任编辑：林妍');
  });

  it('adds no credit line for a reporter the body already names', () => {
    const article = makeArticle(['（大纪元记者林燕报导）蚂蚁集团被罚款。'], { outlet: '大纪元', reporters: ['林燕'] });
    expect(documentText(article)).toBe('（大纪元记者林燕报导）蚂蚁集团被罚款。');
  });
});

describe('prepareDoc', () => {
  const article = makeArticle(['據華爾街日報報導，螞蟻集團推出ＡＰＰ。', '馬雲沒有出席！'], { title: '螞蟻集團新產品' });
  const doc = prepareDoc(article);

  it('keeps the original text and a normalised twin of the same length', () => {
    expect(doc.text).toBe('螞蟻集團新產品\n據華爾街日報報導，螞蟻集團推出ＡＰＰ。\n馬雲沒有出席！');
    expect(doc.norm).toBe('蚂蚁集团新产品\n据华尔街日报报导，蚂蚁集团推出APP。\n马云没有出席！');
    expect(doc.norm.length).toBe(doc.text.length);
  });

  it('splits sentences whose offsets slice the original text', () => {
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      '螞蟻集團新產品',
      '據華爾街日報報導，螞蟻集團推出ＡＰＰ。',
      '馬雲沒有出席！',
    ]);
  });

  it('gives tokens of the normalised text whose offsets slice back to them', () => {
    expect(doc.tokens.length).toBeGreaterThan(5);
    for (const t of doc.tokens) expect(doc.norm.slice(t.start, t.end)).toBe(t.text);
  });
});
