import { describe, expect, it } from 'vitest';
import { gluedNameCut, placeKindCut, tokenize } from '../../../src/segment/tokenize.ts';
import { normalizeText } from '../../../src/normalize/normalize-text.ts';
import { addWords } from '../../../src/segment/jieba.ts';

describe('tokenize', () => {
  it.each([
    '马云旗下的蚂蚁集团正在与国有企业洽谈。',
    '据《华尔街日报》报导，FICO公司在2021年推出新产品。',
    '谷歌研究员玻尔森（Jack Poulson）周五辞职，他说：“我不后悔。”',
    '  有空格的 文本\n和换行。',
  ])('gives tokens whose offsets slice back to their text: %j', (text) => {
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(3);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives tokens in order, without overlaps and without whitespace tokens', () => {
    const text = '蚂蚁集团 周三 在上海\n发布声明。';
    const tokens = tokenize(text);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
    expect(tokens.some((t) => t.text.trim() === '')).toBe(false);
  });

  it('offsets of the normalised text are the offsets of the traditional original', () => {
    const original = '螞蟻集團的支付寶在上海推出新功能。';
    const tokens = tokenize(normalizeText(original));
    const pay = tokens.find((t) => t.text === '支付宝')!;
    expect(pay).toBeDefined();
    expect(original.slice(pay.start, pay.end)).toBe('支付寶');
  });

  it('gives every token a POS tag', () => {
    for (const t of tokenize('马云创办了阿里巴巴。')) expect(t.pos).toMatch(/^[a-z]+$/);
  });

  it('keeps a word added to the dictionary as one token', () => {
    addWords([['星耀达金服', 'nt']]);
    const tokens = tokenize('星耀达金服发布公告。');
    expect(tokens[0]).toMatchObject({ text: '星耀达金服', start: 0, end: 5, pos: 'nt' });
  });
});

describe('known names glued to a character', () => {
  addWords([['中共', 'nt'], ['佳能', 'nt'], ['宋梓', 'nr']]);

  it.each([
    ['中共在香港的影响力很大。', '中共'],
    ['照片是用佳能拍摄的。', '佳能'],
  ])('cuts the known name out of an unknown word: %s', (text, name) => {
    expect(tokenize(text).map((t) => t.text)).toContain(name);
  });

  it.each([
    ['中共在', 2],
    ['用佳能', 1],
    ['宋梓说', 2],
  ])('cuts %s after %i characters', (word, cut) => {
    expect(gluedNameCut(word)).toBe(cut);
  });

  it.each(['宋梓涵', '香港人', '星辰在'])('leaves %s whole: a three-character personal name, a dictionary word, or no known name', (word) => {
    expect(gluedNameCut(word)).toBe(0);
  });
});

describe('known places inside dictionary compounds', () => {
  addWords([['英国', 'ns'], ['日本', 'ns'], ['日本政府', 'nt']]);

  it('cuts a known place off a kind the dictionary joined to it (英国公司 → 英国 + 公司)', () => {
    expect(placeKindCut('英国公司')).toBe(2);
    expect(tokenize('英国公司同意出售。').map((t) => t.text).slice(0, 2)).toEqual(['英国', '公司']);
  });

  it.each(['日本政府', '高科技公司', '分公司'])('leaves %s whole: a known name itself, or no known place before the kind', (word) => {
    expect(placeKindCut(word)).toBe(0);
  });
});
