import { describe, expect, it } from 'vitest';
import { matchLexicon } from '../../../src/recognize/match-lexicon.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

function surfaces(text: string): string[] {
  return matchLexicon(makeDoc(text), loadLexicon()).map((m) => `${m.norm}:${m.lexId}`);
}

describe('matchLexicon', () => {
  it.each([
    ['中国人民银行周五发表声明。', ['中国人民银行:pboc']],
    ['中国人民银行约谈了蚂蚁集团。', ['中国人民银行:pboc', '蚂蚁集团:ant-group']],
    ['国家市场监管总局发布公告。', ['国家市场监管总局:samr']],
  ])('prefers the longest name: %s', (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it.each([
    ['行政会议周二讨论了预算案。', '行政会议:hk-exco'],
    ['中国人大下月开会审议草案。', '中国人大:npc'],
  ])('knows the Hong Kong and national bodies by their short names: %s', (text, expected) => {
    expect(surfaces(text)).toContain(expected);
  });

  it.each([
    ['许多美国人使用支付宝。', 'united-states'],
    ['中国人喜欢用微信。', 'china'],
  ])('matches only on token boundaries: %s has no %s', (text, id) => {
    expect(surfaces(text).some((s) => s.endsWith(`:${id}`))).toBe(false);
  });

  it.each([
    ['马云表示满意。', '马云:jack-ma'],
    ['蚂蚁集团旗下的支付宝很受欢迎。', '支付宝:alipay'],
    ['习近平周三发表讲话。', '习近平:xi-jinping'],
  ])('never splits a known name: %s', (text, expected) => {
    expect(surfaces(text)).toContain(expected);
  });

  it('matches aliases to their entry and keeps the original surface and offsets', () => {
    const doc = makeDoc('據報導，央行約談了螞蟻集團。');
    const mentions = matchLexicon(doc, loadLexicon());
    expect(mentions.map((m) => [m.text, m.norm, m.lexId, m.type, m.source])).toEqual([
      ['央行', '央行', 'pboc', 'GovernmentBody', 'lexicon'],
      ['螞蟻集團', '蚂蚁集团', 'ant-group', 'Company', 'lexicon'],
    ]);
    for (const m of mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('matches Latin names regardless of case', () => {
    expect(surfaces('分析人士称ant group面临压力。')).toContain('ant group:ant-group');
  });

  it('gives mentions that never overlap, in text order, with their sentence index', () => {
    const doc = makeDoc('马云旗下的蚂蚁集团。中国人民银行约谈了阿里巴巴集团。');
    const mentions = matchLexicon(doc, loadLexicon());
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    expect(mentions.map((m) => m.sentence)).toEqual([0, 0, 1, 1]);
  });

  it('matches nothing in a text without known names', () => {
    expect(surfaces('今天天气很好，大家都出去玩了。')).toEqual([]);
  });

  // Fixed (was a bug): jieba's own dictionary has 美国高通公司 as one word, so the known company 高通 (alias 高通公司) inside it
  // is never matched: the article loses a Qualcomm mention. Known names should survive segmenter compounds.
  it('finds a known company inside a compound the segmenter glued to its country (美国高通公司)', () => {
    expect(surfaces('美国高通公司发布财报。').some((s) => s.endsWith(':qualcomm'))).toBe(true);
  });
});

describe('provinces and cities in one word', () => {
  it('splits a province and a city the segmenter kept together (辽宁沈阳), but never a country', () => {
    const found = matchLexicon(makeDoc('目前辽宁沈阳爆发猪瘟。'), loadLexicon()).map((m) => m.norm);
    expect(found).toEqual(['辽宁', '沈阳']);
  });

  // 维护国家安全委员会 is Hong Kong's committee: the US council's alias 国家安全委员会 inside it is not meant.
  it('reads 维护国家安全委员会 as Hong Kong’s committee, not the US National Security Council', () => {
    expect(surfaces('特首表示，维护国家安全委员会稍后会讨论。')).toEqual(['维护国家安全委员会:hk-nsc']);
  });
});
