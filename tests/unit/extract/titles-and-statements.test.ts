import { describe, expect, it } from 'vitest';
import { analyze, describeFacts, entityNamed } from '../../fixtures/nlp/make-article.ts';

function has(text: string | string[], fact: string, meta = {}): void {
  expect(describeFacts(analyze(text, meta)).map((f) => f.replace(/ \[.*\]$/, ''))).toContain(fact);
}
function lacks(text: string | string[], fact: string, meta = {}): void {
  expect(describeFacts(analyze(text, meta)).map((f) => f.replace(/ \[.*\]$/, ''))).not.toContain(fact);
}

describe('titles next to names', () => {
  it('gives LEADS and FOUNDED for a founder who also heads the company (创办人兼首席执行长)', () => {
    const text = '脸书创办人兼首席执行长扎克伯格周三出席听证会。';
    has(text, 'LEADS 扎克伯格→脸书');
    has(text, 'FOUNDED 扎克伯格→脸书');
  });

  it('reads X部长 after a body as the head of that body (美国商务部长罗斯)', () => {
    has('美国商务部长罗斯周五表示，关税将继续。', 'LEADS 罗斯→美国商务部');
  });

  it('takes the organisation, not the field after it, as the employer (社科院的非洲问题专家X)', () => {
    const text = '中国社会科学院的非洲债务问题专家杨宝荣称，贷款风险可控。';
    has(text, 'WORKS_FOR 杨宝荣→中国社会科学院');
    lacks(text, 'WORKS_FOR 杨宝荣→非洲');
  });

  it('keeps a transliterated given name with the known surname (桑德尔·皮查伊)', () => {
    const result = analyze('谷歌首席执行官桑德尔·皮查伊周二表示，公司不会退出。');
    expect(entityNamed(result, '皮查伊')?.aliases).toContain('桑德尔·皮查伊');
    expect(describeFacts(result).map((f) => f.replace(/ \[.*\]$/, ''))).toContain('LEADS 皮查伊→谷歌');
  });
});

describe("an organisation's own announcement", () => {
  const meta = { outlet: '路透社' };
  it('is cited by the article\'s outlet when the organisation is the subject (复星国际周五宣布)', () => {
    has(['路透上海9月7日 - 路透社报道。', '复星国际周五宣布，将分拆旗下旅游业务上市。'], 'CITES 路透社→复星国际', meta);
  });

  it('is not cited when the organisation is only where someone spoke (在推特上宣布)', () => {
    const text = ['路透华盛顿9月7日 - 路透社报道。', '特朗普周三在推特上宣布，麦克加恩将离职。'];
    expect(entityNamed(analyze(text, meta), '推特')).toBeDefined();
    lacks(text, 'CITES 路透社→推特', meta);
  });
});

describe('quoted product names', () => {
  it('finds a coined name in quotes before the kind of product it is (“抢钱通”应用程序)', () => {
    expect(entityNamed(analyze('曹老伯下载了“抢钱通”应用程序，投入了十万元。'), '抢钱通')?.type).toBe('Product');
  });

  it('does not take an ordinary word in quotes for a product (“仿冒”网站)', () => {
    expect(entityNamed(analyze('警方关闭了多个“仿冒”网站。'), '仿冒')).toBeUndefined();
  });
});

describe('stakes and founders', () => {
  it('reads X持股N%的Y as X investing in Y', () => {
    has('腾讯持股20%的京东周五发布财报。', 'INVESTS_IN 腾讯→京东集团');
  });

  it('reads Y由X创立 as X founding Y', () => {
    has('阿里巴巴集团由马云等人于1999年创立。', 'FOUNDED 马云→阿里巴巴集团');
  });

  it('reads X通过旗下的Y as X controlling Y', () => {
    has('马云通过旗下的蚂蚁集团入股了一家银行。', 'CONTROLS 马云→蚂蚁集团');
  });
});

describe('people in lists', () => {
  it('takes a name-shaped word coordinated with a person for a person (孙淑敏及令狐剑)', () => {
    const result = analyze('公司最早的股东包括记者孙淑敏及令狐剑，两人均已退出。');
    expect(entityNamed(result, '令狐剑')?.type).toBe('Person');
  });

  it('does not take an ordinary word after 和 for a person, even one starting with a surname (马云和时间赛跑)', () => {
    const result = analyze('记者马云和时间赛跑。');
    expect(entityNamed(result, '时间')).toBeUndefined();
    expect(entityNamed(result, '时间赛')).toBeUndefined();
  });
});
