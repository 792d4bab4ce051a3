import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';
import { PARTY_ABBREVIATIONS } from '../../../src/extract/country-pair-talks.ts';

const facts = (text: string) => describeFacts(analyze(text)).filter((f) => f.endsWith('[negotiates-party-pair]'));

describe('talks named by a pair of abbreviations (negotiates-party-pair)', () => {
  it.each<[string, string]>([
    ['美国对中国加征关税。目前正在进行的美中贸易谈判陷入僵局。', 'NEGOTIATES_WITH 美国→中国 [negotiates-party-pair]'],
    ['日本支持台湾加入。台日有许多交换意见的机会，台日对话将继续。', 'NEGOTIATES_WITH 台湾→日本 [negotiates-party-pair]'],
    ['英国与中国在1984年签署声明。此前中英谈判持续两年。', 'NEGOTIATES_WITH 中国→英国 [negotiates-party-pair]'],
    ['中国和美国都派出代表。第十三轮中美经贸磋商周四开始。', 'NEGOTIATES_WITH 中国→美国 [negotiates-party-pair]'],
  ])('reads %s', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each<[string, string]>([
    // The article does not name Japan: the abbreviation alone makes no entity.
    ['美国与中国的关系紧张。中日谈判也停滞。', '日本'],
    // 中美洲 is Central America.
    ['中美洲国家与中国、美国的贸易谈判开始。', '中国→美国'],
    // 其中美日: 中 belongs to 其中 (the talks are 美日's).
    ['日本、美国和中国都派出代表。其中美日谈判最受关注。', '中国→美国'],
    // The pair qualifies something else than talks.
    ['中国和美国都派出代表。中美关系紧张。', 'NEGOTIATES_WITH'],
  ])('draws no talks from the pair in %s', (text, not) => {
    expect(facts(text).filter((f) => f.includes(not))).toEqual([]);
  });

  it('reads the talks of the other pair after 其中 (其中美日谈判)', () => {
    expect(facts('日本、美国和中国都派出代表。其中美日谈判最受关注。')).toContain('NEGOTIATES_WITH 美国→日本 [negotiates-party-pair]');
  });

  it('maps every abbreviation to a lexicon id', () => {
    for (const id of Object.values(PARTY_ABBREVIATIONS)) expect(id).toMatch(/^[a-z-]+$/);
  });
});
