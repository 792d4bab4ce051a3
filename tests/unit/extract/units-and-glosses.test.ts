import { describe, expect, it } from 'vitest';
import { analyze, describeFacts, entityNamed } from '../../fixtures/nlp/make-article.ts';

const facts = (text: string | string[]) => describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''));

describe('roles behind units and glosses', () => {
  it('joins a Latin gloss of the same organisation to its name (X（Latin Inc）公司首席执行官Y)', () => {
    expect(facts('英特尔（Intel Corp）公司首席执行官Brian Krzanich周二说，新工厂将投产。')).toContain('LEADS Brian Krzanich→英特尔');
  });

  it('reads units joined by 和 between the employer and a place-named unit (X欧洲和亚洲业务主管Y)', () => {
    const result = facts('普华永道欧洲和亚洲业务主管Robert Moritz表示，市场仍有风险。');
    expect(result).toContain('WORKS_FOR Robert Moritz→普华永道');
    expect(result).not.toContain('WORKS_FOR Robert Moritz→亚洲');
  });

  it('splits two roles joined by 及 when the first ends on a role word', () => {
    expect(facts('中国证监会副主席及发行监管部主任李超说，改革将继续。')).toContain('WORKS_FOR 李超→中国证券监督管理委员会');
  });

  it('reads 方面的 as part of the unit (X公司的美国方面的负责人Y)', () => {
    expect(facts('华为的美国方面的负责人陈浩表示，公司不会退出。')).toContain('LEADS 陈浩→华为');
  });

  it('does not let a verb phrase pass as a unit', () => {
    expect(facts('华为收购了美国记者陈浩的公司。')).not.toContain('WORKS_FOR 陈浩→华为');
  });

  it('keeps the gloss part of the name, not of the gap, for a different entity', () => {
    const result = analyze('英特尔（Intel）和三星在韩国签署协议。');
    expect(entityNamed(result, '英特尔')).toBeDefined();
  });
});

describe('departments and lists of titles', () => {
  it('reads a named department with 的 before the title (X局Y司的司长Z)', () => {
    expect(facts('国家药监局药品化妆品监管司的司长丁建华被调查。')).toContain('WORKS_FOR 丁建华→国家药品监督管理局');
  });

  it('gives the next people in a list of titles the same employer, deputies as staff', () => {
    const result = facts('国家药监局药品化妆品监管司的司长丁建华、副司长董润生、副司长孙京林被调查。');
    expect(result).toContain('WORKS_FOR 董润生→国家药品监督管理局');
    expect(result).toContain('WORKS_FOR 孙京林→国家药品监督管理局');
    expect(result).not.toContain('LEADS 董润生→国家药品监督管理局');
  });

  it('gives a listed person nothing without a title of their own', () => {
    expect(facts('华为董事长梁华和张志强表示。')).not.toContain('WORKS_FOR 张志强→华为');
  });
});

describe('titles that name a body', () => {
  it('gives the holder of 国务卿 LEADS the country’s 国务院 when the article names it', () => {
    expect(facts(['美国国务卿蓬佩奥周四说，会谈有进展。', '美国国务院稍晚宣布新特使。'])).toContain('LEADS 蓬佩奥→美国国务院');
  });

  it('gives nothing when the article does not name the body', () => {
    expect(facts('美国国务卿蓬佩奥周四说，会谈有进展。').filter((f) => f.startsWith('LEADS'))).toEqual([]);
  });
});

describe('a city before the kind of an organisation', () => {
  it('places the organisation in the city (纽约咨询机构X, 华盛顿智库Y)', () => {
    expect(facts('纽约咨询机构Medley Global Advisors说，风险上升。')).toContain('LOCATED_IN Medley Global Advisors→纽约');
    expect(facts('研讨会在华盛顿智库哈德逊研究所举行。')).toContain('LOCATED_IN 哈德逊研究所→华盛顿');
    expect(facts('论坛由华盛顿智库“东方政策研究中心”主办。')).toContain('LOCATED_IN 东方政策研究中心→华盛顿');
  });

  it('places it in a foreign country before the name, with or without a kind (英国对冲基金X, 韩国斗山集团)', () => {
    expect(facts('英国对冲基金Lansdowne Partners认购3亿美元。')).toContain('LOCATED_IN Lansdowne Partners→英国');
    expect(facts('韩国斗山集团表示。')).toContain('LOCATED_IN 韩国斗山集团→韩国');
  });

  it('reads a counted kind and a retailer or forum between place and name (美国一家零售商X, 美国网络论坛Y)', () => {
    expect(facts('加拿大一家连锁零售商Loblaw宣布降价。')).toContain('LOCATED_IN Loblaw→加拿大');
    expect(facts('很多人在英国网络论坛Mumsnet留言。')).toContain('LOCATED_IN Mumsnet→英国');
  });

  it('does not place a name after a counted word that is no kind (美国一位网友X)', () => {
    expect(facts('美国一位网友Smith说，价格太高。').filter((f) => f.startsWith('LOCATED_IN'))).toEqual([]);
  });

  it('places an outlet in the place named right before its title (香港《苹果日报》, 德国《经济周刊》)', () => {
    expect(facts('据香港《苹果日报》报导，德国《经济周刊》也报导了。')).toEqual(expect.arrayContaining(['LOCATED_IN 苹果日报→香港', 'LOCATED_IN 经济周刊→德国']));
    expect(facts('香港亲共报刊《文汇报》发文。')).toContain('LOCATED_IN 文汇报→香港');
  });

  it('reads a rank and a longer kind between place and name (中国最大的芯片制造商中芯国际)', () => {
    expect(facts('中国最大的芯片制造商中芯国际今年上市。')).toContain('LOCATED_IN 中芯国际→中国');
  });

  it('does not place an outlet in a place that only stands before it in another phrase', () => {
    expect(facts('他在香港接受《苹果日报》采访。')).not.toContain('LOCATED_IN 苹果日报→香港');
  });

  it('does not place it across other words', () => {
    expect(facts('纽约的投资者和哈德逊研究所都表示反对。')).not.toContain('LOCATED_IN 哈德逊研究所→纽约');
  });
});

describe('party members in a legislature', () => {
  it('gives a senator named with legislature and party WORKS_FOR the legislature', () => {
    const result = facts('国会民主党参议员范浩伦表示反对。');
    expect(result).toContain('WORKS_FOR 范浩伦→美国国会');
    expect(result).not.toContain('WORKS_FOR 范浩伦→美国民主党');
  });
});

describe('titles of organisations the recognisers missed', () => {
  it('does not give the title to a known name inside a longer organisation name (台湾联合国协进会理事长X)', () => {
    expect(facts('台湾联合国协进会理事长蔡明宪认为，政策太消极。').filter((f) => f.includes('蔡明宪'))).toEqual([]);
  });

  it('does not give the party a title of a body named after it (中共X研究院副院长Y)', () => {
    expect(facts('包括中共食品药品检定研究院副院长王佑春在内的官员被问责。').filter((f) => f.includes('王佑春'))).toEqual([]);
  });
});

describe('titles after quoted names', () => {
  it('reads a role after the closing mark of an outlet’s title (《X》记者Y)', () => {
    expect(facts('大陆《民主与法制时报》记者杜涛欣实名举报。')).toContain('WORKS_FOR 杜涛欣→民主与法制时报');
  });
});

describe('capitals', () => {
  it('places a capital in the country named before it in the sentence (在X……在首都Y)', () => {
    expect(facts('他在阿塞拜疆访问期间，在首都巴库举行会谈。')).toContain('LOCATED_IN 巴库→阿塞拜疆');
  });

  it('gives nothing without a country before it', () => {
    expect(facts('他在首都巴库举行会谈。').filter((f) => f.startsWith('LOCATED_IN'))).toEqual([]);
  });
});

describe('foreign bodies and their country', () => {
  it('places a foreign body named by its country in that country (阿根廷央行)', () => {
    expect(facts('阿根廷央行周四决定加息。')).toContain('LOCATED_IN 阿根廷央行→阿根廷');
  });

  it('does not place a national body in the country in its lexicon name (中国人民银行)', () => {
    expect(facts('中国人民银行周四决定降息。').filter((f) => f.startsWith('LOCATED_IN'))).toEqual([]);
  });
});

describe('people listed after a title', () => {
  it('gives each person listed after a title that is not a head WORKS_FOR the body (议员X、Y和Z)', () => {
    const result = facts('香港立法会民主派议员林卓廷、尹兆坚和郭家麒表示。');
    for (const name of ['林卓廷', '尹兆坚', '郭家麒']) expect(result.some((f) => f.startsWith(`WORKS_FOR ${name}→香港立法会`))).toBe(true);
  });

  it('does not give a head title to the people listed after the first (董事局主席马云和蔡崇信)', () => {
    expect(facts('阿里巴巴董事局主席马云和蔡崇信表示。').filter((f) => f.includes('蔡崇信'))).toEqual([]);
  });
});
