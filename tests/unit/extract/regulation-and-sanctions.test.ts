import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';

const facts = (text: string) => describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''));

describe('regulation and sanctions', () => {
  it('reads the cue after a list of people (对X、Y夫妇采取…措施)', () => {
    const result = facts('证监会分别对张志强、李梅夫妇采取10年证券市场禁入措施。');
    expect(result).toContain('REGULATES 中国证券监督管理委员会→张志强');
    expect(result).toContain('REGULATES 中国证券监督管理委员会→李梅');
  });

  it('reads approval from a body under its former name (获原X批准)', () => {
    expect(facts('建行此前已获原中国银行业监督管理委员会批准在德国设立分行。')).toContain('REGULATES 中国银行业监督管理委员会→中国建设银行');
  });

  it.each([
    ['美国周四制裁了中兴。', 'REGULATES 美国→中兴通讯'],
    ['该公司负责人张强也受到美国的制裁。', 'REGULATES 美国→张强'],
  ])('lets a country sanction: %s', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    ['美国和中兴达成和解协议。', 'REGULATES 美国→中兴通讯'],
    ['上海周四批准了中兴的新工厂。', 'REGULATES 上海→中兴通讯'],
  ])('gives no regulation by a place without a sanction verb, or by a city: %s', (text, fact) => {
    expect(facts(text)).not.toContain(fact);
  });

  it('does not take 它 in 其它 for a pronoun, nor lose a name glued to it (其它华为)', () => {
    const result = facts('美国国防部宣布禁止在美军基地销售手机及其它华为、中兴通讯产品。');
    expect(result).toContain('REGULATES 美国国防部→华为');
    expect(result).toContain('REGULATES 美国国防部→中兴通讯');
  });
});

describe('topics of talks', () => {
  it('takes no party from what the talks are about (就X问题同Y对话)', () => {
    const result = describeFacts(analyze('欧盟主张就新疆人权问题同中国对话。')).join('; ');
    expect(result).not.toContain('新疆');
    expect(describeFacts(analyze('美国和中国就贸易问题举行谈判。')).join('; ')).toContain('NEGOTIATES_WITH');
  });
});

describe('topics of talks, continued', () => {
  it('still reads two parties right after 关于 (关于X与Y合作)', () => {
    expect(describeFacts(analyze('关于华为与腾讯合作开发云服务的报道很多。')).join('; ')).toContain('PARTNERS_WITH');
  });
});

describe('platforms as partners', () => {
  it('lets a payment platform partner with a clearing house (支付宝和中国银联…达成合作)', () => {
    expect(describeFacts(analyze('支付宝和中国银联举行签约仪式，就清算业务达成了合作。')).join('; ')).toContain('PARTNERS_WITH 支付宝→中国银联');
  });
});

describe('joint work', () => {
  it('reads 与X联合编制/发布 as a partnership', () => {
    expect(describeFacts(analyze('腾讯与京东联合发布了一份行业报告。')).join('; ')).toContain('PARTNERS_WITH');
  });
});

describe('objects of 与', () => {
  it('does not make two objects of 与 partners of each other, but keeps the subject’s partnerships', () => {
    const result = describeFacts(analyze('谷歌在网络审查问题上与中国和俄罗斯合作。')).map((f) => f.replace(/ \[.*\]$/, ''));
    expect(result).toContain('PARTNERS_WITH 谷歌→中国');
    expect(result).toContain('PARTNERS_WITH 谷歌→俄罗斯');
    expect(result.filter((f) => f.includes('中国→俄罗斯') || f.includes('俄罗斯→中国'))).toEqual([]);
  });
});

describe('sanctions on countries and talks at a place', () => {
  // DESIGN: REGULATES objects are an organisation, a product or a person, so a country is never one
  // (src/extract/regulator-checks.ts, `no-place-object`): 美国制裁伊朗 draws nothing.
  it('reads neither 美国对伊朗实施制裁 nor the country before it as a REGULATES fact', () => {
    const result = describeFacts(analyze('只有韩国在美国对伊朗实施制裁前降低了进口。')).map((f) => f.replace(/ \[.*\]$/, ''));
    expect(result).not.toContain('REGULATES 美国→伊朗');
    expect(result).not.toContain('REGULATES 韩国→伊朗');
  });

  it('draws nothing from a country sanctioning countries (美国制裁伊朗和委内瑞拉)', () => {
    const result = describeFacts(analyze('美国制裁伊朗和委内瑞拉导致产量下降。')).map((f) => f.replace(/ \[.*\]$/, ''));
    expect(result).not.toContain('REGULATES 美国→伊朗');
    expect(result).not.toContain('REGULATES 美国→委内瑞拉');
  });

  it.each([
    ['X将Y列入实体清单', '美国商务部将华为列入实体清单。', 'REGULATES 美国商务部→华为'],
    ['country将Y列入实体清单', '美国将华为列入实体清单。', 'REGULATES 美国→华为'],
    ['Y被X列入实体清单', '中兴被美国商务部列入实体清单。', 'REGULATES 美国商务部→中兴通讯'],
  ])('reads listing as regulation: %s', (_case, text, fact) => {
    expect(describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''))).toContain(fact);
  });

  it('reads no regulation from 将X视为 or a list that is not a sanction', () => {
    expect(describeFacts(analyze('美国将华为视为威胁。他将华为列入推荐名单。')).filter((f) => f.startsWith('REGULATES'))).toEqual([]);
  });

  it('reads no sanction on a place that only possesses the target (制裁了香港的两名官员)', () => {
    expect(describeFacts(analyze('美国周三制裁了香港的两名官员。')).filter((f) => f.startsWith('REGULATES'))).toEqual([]);
  });

  it.each([
    ['对X和对Y的制裁', '他批评西方对伊朗和对朝鲜的制裁。'],
    ['对X和Y的制裁', '他批评西方对伊朗和朝鲜的制裁。'],
  ])('reads no sanction between two targets: %s', (_case, text) => {
    expect(describeFacts(analyze(text)).filter((f) => f.startsWith('REGULATES'))).toEqual([]);
  });

  it('does not read trade as a sanction (美国对中国出口增长)', () => {
    expect(describeFacts(analyze('美国对中国出口增长。'))).toEqual([]);
  });

  it('reads a meeting verb between two people (X在北京会晤了Y)', () => {
    expect(describeFacts(analyze('蓬佩奥周五在北京会晤了王毅。')).join('; ')).toContain('NEGOTIATES_WITH 蓬佩奥→王毅 [negotiates-meets]');
  });

  it('reads no talks from a courtesy call (习近平会见了普京) or between a person and a place', () => {
    expect(describeFacts(analyze('习近平会见了普京。'))).toEqual([]);
    expect(describeFacts(analyze('蓬佩奥会晤了北京。')).filter((f) => f.startsWith('NEGOTIATES_WITH'))).toEqual([]);
  });

  it('reads talks whose place comes before the verb (X和Y将在平壤会晤)', () => {
    expect(describeFacts(analyze('金正恩和文在寅将于9月18日在平壤会晤。')).join('; ')).toContain('NEGOTIATES_WITH 金正恩→文在寅');
  });
});

describe('more cue words', () => {
  it.each([
    ['阿里巴巴在杭州设立了蚂蚁金服。', 'FOUNDED 阿里巴巴集团→蚂蚁集团'],
    ['目前美国和墨西哥已达成意向。', 'PARTNERS_WITH 美国→墨西哥'],
    ['谷歌母公司Alphabet周四公布财报。', 'CONTROLS Alphabet→谷歌'],
  ])('%s gives %s', (text, fact) => {
    expect(describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''))).toContain(fact);
  });
});

describe('founding in a copula', () => {
  it('reads Y是X在Z建立的公司 as X FOUNDED Y, past the place', () => {
    expect(describeFacts(analyze('蚂蚁集团是阿里巴巴在杭州建立的金融公司。')).join('; ')).toContain('FOUNDED 阿里巴巴集团→蚂蚁集团');
  });

  it('reads nothing from 是 without a founding verb', () => {
    expect(describeFacts(analyze('蚂蚁集团是阿里巴巴在杭州最大的对手。'))).toEqual([]);
  });
});

describe('rules on something', () => {
  it('reads a regulator’s rules on a product as regulation (X就Y…征求意见)', () => {
    expect(describeFacts(analyze('中国证监会周五就沪伦通存托凭证价格等征求意见。')).join('; ')).toContain('REGULATES 中国证券监督管理委员会→沪伦通');
  });

  it('reads no regulation from a comment on something (X就Y发表评论)', () => {
    expect(describeFacts(analyze('中国证监会就蚂蚁集团上市一事发表评论。'))).toEqual([]);
  });
});

describe('funding rounds', () => {
  it('reads the backers after 由 in the next clause, each of them (完成融资，由X和Y领投)', () => {
    const facts = describeFacts(analyze('蚂蚁金服完成140亿美元融资，由新加坡政府投资公司和淡马锡领投。')).map((f) => f.replace(/ \[.*\]$/, ''));
    expect(facts).toContain('INVESTS_IN 淡马锡→蚂蚁集团');
    expect(facts).toContain('INVESTS_IN 新加坡政府投资公司→蚂蚁集团');
  });

  it('does not carry a place to the next name in a list (广东珠海和北京)', () => {
    const facts = describeFacts(analyze('他去过广东珠海和北京。')).join('; ');
    expect(facts).toContain('LOCATED_IN 珠海→广东');
    expect(facts).not.toContain('北京→广东');
  });
});

describe('capital and shareholders', () => {
  it.each([
    ['国家大基金向中芯国际注资50亿元。', 'INVESTS_IN 国家集成电路产业投资基金→中芯国际'],
    ['腾讯是京东的第一大股东。', 'CONTROLS 腾讯→京东集团'],
    ['阿里巴巴是苏宁的第二大股东。', 'INVESTS_IN 阿里巴巴集团→苏宁集团'],
  ])('%s gives %s', (text, fact) => {
    expect(describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''))).toContain(fact);
  });

  it('reads no investment from 向X表示', () => {
    expect(describeFacts(analyze('腾讯向华为表示感谢。'))).toEqual([]);
  });
});

describe('possessors are not parties', () => {
  it('reads no talks from X的决定与Y…讨论 (the decision, not X, is compared)', () => {
    expect(describeFacts(analyze('扩大弗吉尼亚州的工厂与最近同中国进行的讨论没有关系。')).join('; ')).not.toContain('弗吉尼亚州');
  });

  it('still reads X周三同Y举行谈判', () => {
    expect(describeFacts(analyze('美国周三同中国举行谈判。')).join('; ')).toContain('NEGOTIATES_WITH 美国→中国');
  });
});

describe('采取 names measures only with their target after 对', () => {
  it('reads 对X采取…措施 as regulation', () => {
    expect(describeFacts(analyze('证监会对蚂蚁集团采取监管措施。')).map((f) => f.replace(/ \[.*\]$/, ''))).toContain('REGULATES 中国证券监督管理委员会→蚂蚁集团');
  });
  it('reads no regulation from 采取努力来…X', () => {
    expect(describeFacts(analyze('中共正在采取广泛的努力来劫持联合国系统。')).filter((f) => f.startsWith('REGULATES'))).toEqual([]);
  });
});
