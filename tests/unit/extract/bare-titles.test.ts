import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';
import { BARE_TITLE_ROWS } from '../../../src/extract/bare-titles.ts';
import { ROLE_TABLE } from '../../../src/recognize/role-table.ts';

const facts = (text: string) => describeFacts(analyze(text));
const bare = (text: string) => facts(text).map((f) => f.replace(/ \[.*\]$/, ''));

describe('bareTitleFacts (a head title with no organisation before it takes the sentence’s one organisation)', () => {
  it('names only rows of the role table', () => {
    expect(BARE_TITLE_ROWS.map((r) => r.row).filter((id) => !ROLE_TABLE.some((row) => row.id === id))).toEqual([]);
  });

  it.each([
    ['北京大学举行校庆，校长郝平致辞。', 'LEADS 郝平→北京大学 [leads-bare-title]'],
    ['腾讯成立于1998年，现任董事会主席马化腾。', 'LEADS 马化腾→腾讯 [leads-bare-title]'],
    ['百度周一发布财报，创始人李彦宏出席。', 'FOUNDED 李彦宏→百度 [founded-bare-title]'],
    ['百度是一家搜索公司，创始人是李彦宏。', 'FOUNDED 李彦宏→百度 [founded-bare-title]'],
  ])('reads: %s', (text, fact) => expect(facts(text)).toContain(fact));

  it.each([
    ['腾讯宣布，校长王五将来访。', 'LEADS 王五→腾讯'],
    ['腾讯称，国家主席习近平将出席。', 'LEADS 习近平→腾讯'],
    ['阿里巴巴与腾讯合作，董事长马云出席。', 'LEADS 马云→腾讯'],
    ['腾讯表示，副总裁王五将出席。', 'LEADS 王五→腾讯'],
    ['据路透社报道，总裁王五表示反对。', 'LEADS 王五→路透社'],
    ['腾讯2016年成立子公司，由王五担任主席一职。', 'LEADS 王五→腾讯'],
    ['腾讯发布报告说，美国总统是特朗普。', 'LEADS 特朗普→腾讯'],
  ])('does not misread: %s', (text, fact) => expect(bare(text)).not.toContain(fact));
});

describe('bareTitleFacts after a name', () => {
  it('leaves a title right after a place-named unit to the role rules (阿里巴巴上海总经理X heads a unit)', () => {
    expect(facts('阿里巴巴上海总经理王小明表示，业务稳定。').filter((f) => f.includes('bare-title'))).toEqual([]);
  });
});
