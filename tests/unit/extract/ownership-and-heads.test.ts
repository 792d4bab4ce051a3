import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';

const facts = (text: string) => describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''));

// Pair-rule rows added for the public relation sets (issue 11 item 5): each with sentences it must read and
// sentences it must not misread. Names are the lexicon's; the sentences are invented.
const ROWS: ReadonlyArray<{ id: string; positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> }> = [
  {
    id: 'definition gloss between a name and its title',
    positive: [['腾讯控股有限公司（以下简称“腾讯”）董事会主席马化腾表示，业务稳定。', 'LEADS 马化腾→腾讯'], ['百度（下称百度公司）创始人李彦宏出席。', 'FOUNDED 李彦宏→百度']],
    negative: [['腾讯（以下简称“腾讯”）与阿里巴巴董事局主席马云会面。', 'LEADS 马云→腾讯']],
  },
  {
    id: 'stock code between a name and its title',
    positive: [['腾讯控股（00700.HK）董事会主席马化腾表示，业务稳定。', 'LEADS 马化腾→腾讯'], ['阿里巴巴（09988.HK）首席执行官张勇表示，业务稳定。', 'LEADS 张勇→阿里巴巴集团']],
    negative: [['腾讯控股（去年收购）董事会主席马化腾表示，业务稳定。', 'LEADS 马化腾→腾讯']],
  },
  {
    id: 'a place naming the seat of the organisation after a verb',
    positive: [['1987年，任正非与几名股东筹资成立了深圳市华为技术有限公司。', 'FOUNDED 任正非→华为']],
    negative: [['任正非成立了研究所，在深圳宣布了消息。', 'FOUNDED 任正非→深圳']],
  },
  {
    id: 'controls-parent-of (第一大股东)',
    positive: [['此外，苏宁第一大股东为阿里巴巴。', 'CONTROLS 阿里巴巴集团→苏宁集团']],
    negative: [['苏宁第二大股东为阿里巴巴。', 'CONTROLS 阿里巴巴集团→苏宁集团']],
  },
  {
    id: 'controls-qixia (X及下属企业Y)',
    positive: [['检方指控，张三在担任阿里巴巴及下属企业蚂蚁集团法定代表人时受贿。', 'CONTROLS 阿里巴巴集团→蚂蚁集团']],
    negative: [['阿里巴巴及腾讯下属企业的员工出席。', 'CONTROLS 阿里巴巴集团→腾讯']],
  },
  {
    id: 'shareholders after 其 (X…与其第二大股东Y)',
    positive: [['苏宁1日证实了与其第二大股东阿里巴巴商谈融资的消息。', 'INVESTS_IN 阿里巴巴集团→苏宁集团'], ['苏宁公告，其控股股东阿里巴巴将增持。', 'CONTROLS 阿里巴巴集团→苏宁集团']],
    negative: [['苏宁说阿里巴巴是其第二大客户。', 'INVESTS_IN 阿里巴巴集团→苏宁集团']],
  },
  {
    id: 'controls-acquire (入主)',
    positive: [['增发“搭桥”，阿里巴巴欲入主苏宁。', 'CONTROLS 阿里巴巴集团→苏宁集团']],
    negative: [['特朗普入主白宫后，华为遭到制裁。', 'CONTROLS 特朗普→华为']],
  },
  {
    id: 'invests-holds with adverbs and share counts',
    positive: [['收购完成后，阿里巴巴将合计持有苏宁1亿股。', 'INVESTS_IN 阿里巴巴集团→苏宁集团'], ['腾讯持有京东较多股份。', 'INVESTS_IN 腾讯→京东集团']],
    negative: [['阿里巴巴将合计持有苏宁的债券。', 'INVESTS_IN 阿里巴巴集团→苏宁集团'], ['腾讯持有京东的大量产品。', 'INVESTS_IN 腾讯→京东集团']],
  },
  {
    id: 'invests-shareholder-of',
    positive: [['苏宁第二大股东为阿里巴巴。', 'INVESTS_IN 阿里巴巴集团→苏宁集团'], ['京东的主要股东腾讯表示支持。', 'INVESTS_IN 腾讯→京东集团']],
    negative: [['京东的第二大客户腾讯表示支持。', 'INVESTS_IN 腾讯→京东集团'], ['京东第二大股东的代表见了腾讯。', 'INVESTS_IN 腾讯→京东集团']],
  },
  {
    id: 'invests-capital-into',
    positive: [['中国铝业公司通过对江西稀有金属钨业控股集团有限公司的增资扩股进军稀土产业。', 'INVESTS_IN 中国铝业集团→江西稀有金属钨业控股集团有限公司'], ['阿里巴巴向苏宁增资50亿元。', 'INVESTS_IN 阿里巴巴集团→苏宁集团']],
    negative: [['腾讯对京东的增长表示满意。', 'INVESTS_IN 腾讯→京东集团'], ['腾讯表示对京东的增资不知情。', 'INVESTS_IN 腾讯→京东集团']],
  },
  {
    id: 'invests-buys-stake with a quantity and more verbs',
    positive: [['阿里巴巴收购了苏宁51%股权。', 'INVESTS_IN 阿里巴巴集团→苏宁集团'], ['腾讯持有京东15%股份。', 'INVESTS_IN 腾讯→京东集团'], ['阿里巴巴受让苏宁20%的股份。', 'INVESTS_IN 阿里巴巴集团→苏宁集团']],
    negative: [['阿里巴巴收购了苏宁51%股权。', 'CONTROLS 阿里巴巴集团→苏宁集团'], ['公司在上海证券交易所竞得苏宁1万股股份。', 'INVESTS_IN 上海证券交易所→苏宁集团'], ['腾讯购买了京东的产品。', 'INVESTS_IN 腾讯→京东集团']],
  },
];

describe('ownership, stake and head rows (issue 11 item 5)', () => {
  for (const row of ROWS) {
    describe(row.id, () => {
      it.each(row.positive.map(([t, f]) => [t, f] as const))('reads: %s', (text, fact) => expect(facts(text)).toContain(fact));
      it.each(row.negative.map(([t, f]) => [t, f] as const))('does not misread: %s', (text, fact) => expect(facts(text)).not.toContain(fact));
    });
  }
});
