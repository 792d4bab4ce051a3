import { describe, expect, it } from 'vitest';
import { coreference } from '../../../src/resolve/coreference.ts';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';

function anchors(text: string): Array<[string, string]> {
  const result = analyze(text);
  const mentions = result.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  return coreference(result.doc, mentions).map((a) => [a.trigger, a.key]);
}

describe('coreference', () => {
  it.each<[string, Array<[string, string]>]>([
    ['蚂蚁集团周五表示，该公司将全面整改。', [['该公司', 'ant-group']]],
    ['马云周五现身，他说自己很好。', [['他', 'jack-ma']]],
    ['中国人民银行约谈了蚂蚁集团，要求其整改。', [['其', 'ant-group']]],
    ['蚂蚁集团周五宣布重组，这家金融科技巨头将设立新公司。', [['这家金融科技巨头', 'ant-group']]],
    ['中国人民银行未回应，它们正监督蚂蚁集团。', [['它们', 'pboc']]],
    ['中国银行周五公布业绩。该行行长刘金表示，利润增长。', [['该行', 'boc']]],
    ['中国银行周五公布业绩。该行业增长很快。', []],
    ['证监会周五发文。该会主席表示，监管从严。', []],
  ])('ties the reference in %s to the nearest compatible entity before it', (text, expected) => {
    expect(anchors(text)).toEqual(expected);
  });

  it('skips entities of the wrong type: 该公司 is not the person just named', () => {
    expect(anchors('蚂蚁集团的马云表示，该公司很好。')).toEqual([['该公司', 'ant-group']]);
  });

  it.each(['蚂蚁集团和其他公司都表示支持。', '蚂蚁集团表示，尤其是支付宝。'])('does not take 其 in 其他 or 尤其 for a pronoun: %s', (text) => {
    expect(anchors(text)).toEqual([]);
  });

  it('finds nothing without an antecedent', () => {
    expect(anchors('该公司表示，他们很好。')).toEqual([]);
  });
});

describe('schools', () => {
  it('resolves 该校 to a school, not to the nearest organisation', () => {
    const result = analyze(['复旦大学的学生很多。', '威尔逊中心发布报告说，该校与哈佛大学合作。']);
    const facts = describeFacts(result).join('; ');
    expect(facts).toContain('PARTNERS_WITH 复旦大学→哈佛大学');
    expect(facts).not.toContain('威尔逊中心→哈佛大学');
  });
});

describe('a bare company word before a title', () => {
  it('takes 集团 in 现任集团首席执行官X for the company the story is about', () => {
    expect(describeFacts(analyze(['阿里巴巴宣布马云将卸任。', '由现任集团首席执行官张勇接任。'])).join('; ')).toContain('LEADS 张勇→阿里巴巴集团');
  });

  it('does not take 集团 inside a name for a reference', () => {
    expect(describeFacts(analyze(['腾讯周三发布财报。', '阿里巴巴集团首席执行官张勇说。'])).join('; ')).not.toContain('腾讯');
  });
});

describe('listing venues', () => {
  it('does not take the exchange a company lists on for 该公司', () => {
    const facts = describeFacts(analyze('阿里巴巴2014年在纽交所上市，马云任该公司董事局主席。')).join('; ');
    expect(facts).toContain('LEADS 马云→阿里巴巴集团');
    expect(facts).not.toContain('纽约证券交易所');
  });
});

describe('a bare 企业 before a title', () => {
  it('takes 企业 in 企业副总裁X for the company the story is about', () => {
    expect(describeFacts(analyze(['华为周三表示，', '企业副总裁李四出席了发布会。'])).join('; ')).toContain('WORKS_FOR 李四→华为');
  });

  it('does not take 企业 inside a longer noun (国有企业董事长X)', () => {
    expect(describeFacts(analyze(['华为周三表示，', '国有企业董事长李四出席了发布会。'])).join('; ')).not.toContain('李四→华为');
  });
});

describe('a bare company word before any title of the role table and its named holder', () => {
  it.each<[string[], string]>([
    [['阿里巴巴周二发布年报。', '台上坐着的是集团联席董事总经理王五。'], 'WORKS_FOR 王五→阿里巴巴集团'],
    [['阿里巴巴周二发布年报，', '集团财务董事兼副总裁赵六出席。'], 'WORKS_FOR 赵六→阿里巴巴集团'],
    [['腾讯周二发布财报，', '公司发言人王五表示业务稳定。'], 'WORKS_FOR 王五→腾讯'],
  ])('takes the bare word for the company before it: %s', (text, fact) => {
    expect(describeFacts(analyze(text)).join('; ')).toContain(fact);
  });

  it.each([
    // No holder named: 企业CEO here is any company's chief, not Tencent's.
    '腾讯周二发布财报。分析师说，企业CEO普遍看好明年。',
    '腾讯周二发布财报。分析师说，公司董事长们普遍看好明年。',
  ])('makes no reference without a named holder: %s', (text) => {
    expect(anchors(text).filter(([trigger]) => /^(?:集团|公司|企业)$/.test(trigger))).toEqual([]);
  });
});

describe('a bare company word opening a clause', () => {
  it.each<[string, Array<[string, string]>]>([
    // 公司债 and 公司法 are other words; the 公司 that opens a clause before an adverb is the company just named.
    ['阿里巴巴周二发布年报。公司债明年到期，公司已筹足资金。', [['公司', 'alibaba-group']]],
    ['腾讯周一发布公告。分析师说，公司法修订后，集团将受益。', [['集团', 'tencent']]],
  ])('ties it to the company named before it, not a noun it starts: %s', (text, expected) => {
    expect(anchors(text)).toEqual(expected);
  });

  it('carries the company to the next clause of the sentence (公司1999年…创立，旗下包括X)', () => {
    const facts = describeFacts(analyze('阿里巴巴周二发布年报。公司1999年在杭州创立，旗下包括淘宝、天猫等平台。')).join('; ');
    expect(facts).toContain('CONTROLS 阿里巴巴集团→淘宝');
    expect(facts).toContain('CONTROLS 阿里巴巴集团→天猫');
  });
});

// Fourth judged sample: a police station fining a practitioner (法轮功学员, 对其罚款) regulated no organisation.
describe('a member of an organisation', () => {
  it('is what 其 refers to, not the organisation: no anchor', () => {
    expect(anchors('公安局抓住一个腾讯员工，对其罚款两千元。')).toEqual([]);
  });
  it('gives no fact on the organisation', () => {
    expect(describeFacts(analyze('北京市公安局抓住一个腾讯员工，对其罚款两千元。')).filter((f) => f.includes('腾讯'))).toEqual([]);
  });
});

describe('a bare company word before a holder, a subsidiary or a deal verb (held-company)', () => {
  it.each<[string, Array<[string, string]>]>([
    ['万科今日披露，公司第三大股东华润集团再度增持。', [['公司', 'vanke']]],
    ['万科今日披露,公司控股股东华润集团累计减持。', [['公司', 'vanke']]],
    ['腾讯发布公告。本公司全资子公司将迁址。', [['本公司', 'tencent']]],
    ['腾讯昨日公告，上述公司拟收购搜狗。', [['上述公司', 'tencent']]],
    ['万科今日公告称，公司成功竞得华润集团股份。', [['公司', 'vanke']]],
    // The window is this sentence and the one before: a company two sentences back is out of reach.
    ['腾讯发布公告。万科也发布公告。公司控股股东华润集团减持。', [['公司', 'vanke']]],
  ])('ties it to the one company named before it: %s', (text, expected) => {
    expect(anchors(text)).toEqual(expected);
  });

  it.each([
    // Two companies in reach: no guess.
    '腾讯公告，万科与碧桂园合作，公司第三大股东华润集团再度增持。',
    '腾讯和万科发布公告。公司控股股东华润集团减持。',
    // A longer word or a generic phrase, not a reference.
    '万科披露，上市公司第三大股东华润集团再度增持。',
    '万科披露，一家公司第三大股东华润集团再度增持。',
    '万科称，公司法规定股东持有股份。',
    '万科称，公司股东大会通过议案。',
    '万科称，资本公司控股股东华润集团减持。',
    // No company before it.
    '公司第三大股东华润集团再度增持。',
  ])('leaves it unresolved: %s', (text) => {
    expect(anchors(text).filter(([t]) => /公司|集团/.test(t) && !/该/.test(t))).toEqual([]);
  });

  it('gives the stake and ownership facts through it', () => {
    const facts = describeFacts(analyze('万科今日披露，公司第三大股东华润集团再度增持。')).join('; ');
    expect(facts).toContain('INVESTS_IN 华润集团→万科');
    expect(describeFacts(analyze('万科今日披露，公司控股股东华润集团累计减持。')).join('; ')).toContain('CONTROLS 华润集团→万科');
    expect(describeFacts(analyze('万科今日公告称，公司成功竞得华润集团1万股股份。')).join('; ')).toContain('INVESTS_IN 万科→华润集团');
    expect(describeFacts(analyze('腾讯公告，万科与碧桂园合作，公司第三大股东华润集团再度增持。')).join('; ')).not.toMatch(/INVESTS_IN 华润集团→/);
    // The subsidiary signs, not the company: 公司子公司与Y is no partnership of the company with Y.
    expect(describeFacts(analyze('万科公告，公司子公司与腾讯签约。')).join('; ')).not.toContain('PARTNERS_WITH 万科→腾讯');
  });
});
