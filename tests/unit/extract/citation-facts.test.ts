import { describe, expect, it } from 'vitest';
import { analyze, describeFacts, factsBetween } from '../../fixtures/nlp/make-article.ts';

const EPOCH = { outlet: '大纪元' };

describe('citation facts', () => {
  it.each<[string, string, string]>([
    ['据X报导', '【大纪元讯】据华尔街日报报导，蚂蚁集团被罚款。', 'cites-according-to-media'],
    ['《X》周三引述', '【大纪元讯】《华尔街日报》周三引述知情人士说，马云很低调。', 'cites-media-reports'],
    ['X报导称', '【大纪元讯】华尔街日报报导称，马云很低调。', 'cites-media-reports'],
    ['告诉X', '【大纪元讯】一位官员告诉《华尔街日报》，此事属实。', 'cites-told-media'],
    ['《X》的消息显示', '【大纪元讯】而《华尔街日报》的消息则显示，交易取消。', 'cites-media-reports'],
  ])('the article’s outlet CITES the outlet it reports from: %s', (_cue, text, rule) => {
    const result = analyze(text, EPOCH);
    const facts = factsBetween(result, 'CITES', '大纪元', '华尔街日报');
    expect(facts.map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual([rule]);
    const { start, end, sentence } = facts[0]!.evidence;
    expect(result.doc.text.slice(start, end)).toBe(sentence);
  });

  it('marks 据X报导 as reported', () => {
    const [fact] = factsBetween(analyze('【大纪元讯】据华尔街日报报导，蚂蚁集团被罚款。', EPOCH), 'CITES', '大纪元', '华尔街日报');
    expect(fact!.evidence.modality).toBe('reported');
  });

  it('gives no citation when the article’s outlet is unknown', () => {
    const result = analyze('据华尔街日报报导，蚂蚁集团被罚款。');
    expect(result.facts.filter((f) => f.type === 'CITES')).toEqual([]);
  });

  it('does not make the outlet cite itself', () => {
    const result = analyze('【大纪元讯】据大纪元报导，蚂蚁集团被罚款。', EPOCH);
    expect(result.facts.filter((f) => f.type === 'CITES')).toEqual([]);
  });

  it('does not cite an outlet that is only mentioned, not reported from', () => {
    const result = analyze('【大纪元讯】马云曾收购华尔街日报的竞争对手。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '华尔街日报')).toEqual([]);
  });

  it('gives reporters named in traditional characters on the page WORKS_FOR its outlet (張喜良 → 张喜良)', () => {
    const hints = ['張喜良'].map((name) => ({ name, type: 'Person' as const, origin: 'byline' as const }));
    const result = analyze('【大纪元讯】蚂蚁集团被罚款。', { ...EPOCH, reporters: ['張喜良'], hints });
    expect(factsBetween(result, 'WORKS_FOR', '张喜良', '大纪元')).toHaveLength(1);
  });

  it('names the metadata field when the byline is a line zhkg composed, offsets exact; not when the page printed it', () => {
    const hints = ['林燕', '林妍'].map((name) => ({ name, type: 'Person' as const, origin: 'byline' as const }));
    const result = analyze('【大纪元讯】蚂蚁集团被罚款。（记者林燕报导）', { ...EPOCH, reporters: ['林燕'], editors: ['林妍'], hints });
    const [editor] = factsBetween(result, 'WORKS_FOR', '林妍', '大纪元');
    const [reporter] = factsBetween(result, 'WORKS_FOR', '林燕', '大纪元').filter((f) => f.evidence.rule === 'meta-reporter');
    expect(editor!.evidence.field).toBe('editors');
    expect(result.doc.text.slice(editor!.evidence.start, editor!.evidence.end)).toBe(editor!.evidence.sentence);
    expect(editor!.evidence.start).toBeGreaterThanOrEqual(result.doc.composedFrom!);
    expect(reporter!.evidence.field).toBeUndefined();
    expect(reporter!.evidence.sentence).toContain('记者林燕报导');
  });

  it('gives the article’s reporters and editors WORKS_FOR its outlet', () => {
    // As loadArticle does: byline names are also Person hints.
    const hints = ['林燕', '林妍'].map((name) => ({ name, type: 'Person' as const, origin: 'byline' as const }));
    const result = analyze('【大纪元讯】蚂蚁集团被罚款。', { ...EPOCH, reporters: ['林燕'], editors: ['林妍'], hints });
    expect(factsBetween(result, 'WORKS_FOR', '林燕', '大纪元')).toHaveLength(1);
    expect(factsBetween(result, 'WORKS_FOR', '林妍', '大纪元')).toHaveLength(1);
  });
});

describe('interviews', () => {
  it.each([
    ['接受X专栏作家…采访', '共和党参议员科顿此前在接受华盛顿邮报专栏作家乔什·罗金采访时表示，中国在说谎。', '华盛顿邮报', '科顿'],
    ['对X表示', '律师王平对财新表示，案件仍在审理。', '财新', '王平'],
    ['与X的记者交流', '马化腾在周末与纽约时报的记者交流中说，公司不会上市。', '纽约时报', '马化腾'],
    ['告诉X，', '主任史密斯告诉《纽约时报》，微波可能是原因。', '纽约时报', '史密斯'],
    ['an organisation right before 对X说', '美国国务院对《华盛顿邮报》说，政策没有改变。', '华盛顿邮报', '美国国务院'],
  ])('the outlet CITES the person who spoke to it: %s', (_cue, text, outlet, person) => {
    const result = analyze(text);
    expect(factsBetween(result, 'CITES', outlet, person).map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-interview']);
  });

  it.each([
    ['与X合作', '马化腾与纽约时报合作推出新闻应用。', '纽约时报', '马化腾'],
    ['another outlet between', '马化腾说，路透社对财新表示不满。', '财新', '马化腾'],
    ['an organisation that is not the speaker', '美国国务院的文件显示，官员对《华盛顿邮报》说，政策没有改变。', '华盛顿邮报', '美国国务院'],
    ['告诉 without what was told', '马化腾要告诉纽约时报的读者真相。', '纽约时报', '马化腾'],
  ])('gives no interview for %s', (_cue, text, outlet, person) => {
    expect(factsBetween(analyze(text), 'CITES', outlet, person)).toEqual([]);
  });

  it.each([
    ['据X，', '【大纪元讯】据高盛，基金减持了银行股。', '高盛'],
    ['据X数据', '【大纪元讯】据腾讯数据，用户增长了。', '腾讯'],
    ['据X观测', '【大纪元讯】据中国气象局观测，台风增强。', '中国气象局'],
  ])('cites the source of a clause: %s', (_cue, text, source) => {
    const result = analyze(text, EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', source).map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-according-to-source']);
  });

  it('cites a body that says something in a report (X在周五的月度报告中称)', () => {
    const result = analyze('【大纪元讯】美国能源信息署在周五的月度报告中称，产量增加。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '美国能源信息署').map((f) => f.evidence.rule)).toEqual(['cites-statement']);
  });

  it.each([
    ['X称', '【大纪元讯】工商银行周五称，利润增长。', '中国工商银行'],
    ['X证实', '【大纪元讯】国家统计局证实，经济放缓。', '国家统计局'],
  ])('cites an organisation that speaks at the start of its clause: %s', (_cue, text, source) => {
    const result = analyze(text, EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', source).map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-statement']);
  });

  it('cites no organisation whose titled person speaks (阿里巴巴集团创始人马云宣布), but one whose spokesperson does', () => {
    expect(factsBetween(analyze('【大纪元讯】阿里巴巴集团创始人马云宣布卸任。', EPOCH), 'CITES', '大纪元', '阿里巴巴集团')).toEqual([]);
    expect(factsBetween(analyze('【大纪元讯】工商银行发言人在一份声明中称，利润增长。', EPOCH), 'CITES', '大纪元', '中国工商银行')).toHaveLength(1);
  });

  it('cites an organisation through 该公司 when it speaks (此前该公司称)', () => {
    const result = analyze('【大纪元讯】工商银行同意出售资产。此前该公司称，交易获批。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '中国工商银行').map((f) => f.evidence.rule)).toContain('cites-statement');
  });

  it('cites a body speaking in a statement written in Taiwanese style (X發言人在一份宣告中稱)', () => {
    const result = analyze('【大紀元訊】國際貨幣基金組織發言人在一份宣告中稱，協議有效。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '国际货币基金组织').map((f) => f.evidence.rule)).toEqual(['cites-statement']);
  });

  it('cites a body that issues a statement (X周日发布一份声明说)', () => {
    const result = analyze('【大纪元讯】美国国务院周日发布一份声明说，调查继续。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '美国国务院').map((f) => f.evidence.rule)).toEqual(['cites-statement']);
  });

  it('cites no organisation spoken to or of after a date (他23日晚间对行政院表示不满, 工商银行23日的资料很多)', () => {
    const result = analyze('【大纪元讯】他23日晚间对行政院表示不满。工商银行23日晚间的资料很多。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '行政院'), describeFacts(result).join('; ')).toEqual([]);
    expect(factsBetween(result, 'CITES', '大纪元', '中国工商银行'), describeFacts(result).join('; ')).toEqual([]);
  });

  it('cites no organisation that is spoken of (对工商银行表示不满) or is not the subject (他说工商银行…)', () => {
    const result = analyze('【大纪元讯】客户对工商银行表示不满。他说工商银行很慢。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '中国工商银行')).toEqual([]);
  });

  it('cites nothing from 根据X， (a rule or plan as often as a source)', () => {
    const result = analyze('【大纪元讯】根据腾讯，用户增长了。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '腾讯')).toEqual([]);
  });

  it('cites a source named after a short description (根据研究公司X的数据)', () => {
    const result = analyze('【大纪元讯】根据研究公司IDC的数据，华为排名第二。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', 'IDC').map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-according-to-source']);
  });
});

describe('what an organisation’s website says (X官网介绍)', () => {
  it('cites the organisation whose website is quoted', () => {
    const result = analyze('【大纪元讯】清华大学官网介绍，王小云生于山东诸城。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '清华大学').map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-statement']);
  });

  it('cites nobody for an organisation introducing a product', () => {
    expect(factsBetween(analyze('【大纪元讯】腾讯介绍了新产品，用户很多。', EPOCH), 'CITES', '大纪元', '腾讯')).toEqual([]);
  });
});

describe('where the reporter learned it (从X获悉)', () => {
  it.each([
    ['从X获悉', '【大纪元讯】记者从腾讯获悉，游戏将下架。', '腾讯'],
    ['从X举行的新闻发布会上获悉', '【大纪元讯】记者今日从交通运输部举行的新闻发布会上获悉，新规将实施。', '交通运输部'],
  ])('the article’s outlet CITES the source: %s', (_cue, text, source) => {
    const result = analyze(text, EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', source).map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-learned-from']);
  });

  it('gives the source to the outlet whose report learned it (据X消息，今日从Y获悉)', () => {
    const result = analyze('据路透社9月26日消息，今日从交通运输部举行的新闻发布会获悉，新规将实施。');
    expect(factsBetween(result, 'CITES', '路透社', '交通运输部').map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-learned-from']);
    expect(factsBetween(analyze('路透社报道，记者从马云亲属处获悉，他身体健康。'), 'CITES', '路透社', '马云')).toEqual([]);
  });

  it.each([
    ['someone of X’s (从X亲属处获悉)', '【大纪元讯】记者从马云亲属处获悉，他身体健康。', '马云'],
    ['leaving X (从X离职)', '【大纪元讯】马云从腾讯离职，外界获悉后震惊。', '腾讯'],
  ])('cites nobody for %s', (_cue, text, name) => {
    expect(factsBetween(analyze(text, EPOCH), 'CITES', '大纪元', name)).toEqual([]);
  });
});

describe('reported speakers', () => {
  it.each([
    ['X报导，Y报告认为', '彭博社报导，汇丰银行（HSBC）报告认为，增长放缓。', '彭博社', '汇丰银行'],
    ['X周三报道，Y部长Z表示', '路透社周三报道，美国财政部长姆努钦表示，谈判将继续。', '路透社', '姆努钦'],
    ['据X报道，Y称', '据路透报道，腾讯称将继续投资。', '路透社', '腾讯'],
    ['X（date）报道，Y称', '路透9月28日报道，腾讯称将继续投资。', '路透社', '腾讯'],
    ['据X，Y表示', '据《华尔街日报》，马云周三表示，公司将上市。', '华尔街日报', '马云'],
    ['根据X，time，place，Y表示', '根据新华社，上周五，在北京举行的论坛上，清华大学教授马云表示，前景很好。', '新华社', '马云'],
  ])('the outlet CITES the speaker its report quotes: %s', (_cue, text, outlet, speaker) => {
    const result = analyze(text);
    expect(factsBetween(result, 'CITES', outlet, speaker).map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-reported-speaker']);
  });

  it.each([
    ['no speech verb', '新华社报道，习近平会见了普京。', '新华社', '习近平'],
    ['the title, not the body, when a person follows', '路透社周三报道，美国财政部长姆努钦表示，谈判将继续。', '路透社', '美国财政部'],
    ['a clause with another name between 据X and the speaker', '根据新华社，腾讯上周收购了一家公司，马云表示反对。', '新华社', '马云'],
    ['据 not right before the outlet', '据悉，新华社上周，马云表示反对。', '新华社', '马云'],
  ])('cites no speaker with %s', (_cue, text, outlet, speaker) => {
    expect(factsBetween(analyze(text), 'CITES', outlet, speaker)).toEqual([]);
  });
});

describe('outlets in lists', () => {
  it('cites every outlet listed after a cited one (据X和Y报导)', () => {
    const result = analyze('【大纪元讯】据《华尔街日报》和《纽约时报》报导，谈判破裂。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '纽约时报'), describeFacts(result).join('; ')).toHaveLength(1);
  });

  it('gives every outlet in the list the interview (接受X、Y等媒体采访)', () => {
    const result = analyze('彭斯于周日接受福克斯新闻、CNN等美媒采访时表示，中国在干预选举。');
    expect(factsBetween(result, 'CITES', '福克斯新闻', '彭斯')).toHaveLength(1);
    expect(factsBetween(result, 'CITES', 'CNN', '彭斯'), describeFacts(result).join('; ')).toHaveLength(1);
  });
});

describe('published figures', () => {
  it.each([
    ['X周四公布', '【路透华盛顿9月6日】美国劳工部周四公布，上周失业人数下降。'],
    ['X报告显示', '【路透华盛顿9月6日】美国劳工部报告显示，上周失业人数下降。'],
  ])('the outlet CITES a body that publishes figures: %s', (_cue, text) => {
    const result = analyze(text, { outlet: '路透社' });
    expect(factsBetween(result, 'CITES', '路透社', '美国劳工部').map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-statement']);
  });
});

describe('the party before a body', () => {
  it('does not cite the party for its ministry’s data (根据中共X部的数据)', () => {
    const result = analyze('【大纪元讯】根据中共农业和农村事务部的数据，猪肉价格上涨。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '中共')).toEqual([]);
  });
});

describe('names that only qualify the speaker', () => {
  it('cites no body for what its government or officials said (X政府宣布, X官员称)', () => {
    expect(factsBetween(analyze('路透社报导，华为官员称，公司不会退出。'), 'CITES', '路透社', '华为')).toEqual([]);
    expect(factsBetween(analyze('路透社报导，华为称，公司不会退出。'), 'CITES', '路透社', '华为')).toHaveLength(1);
  });
});

describe('glossed sources', () => {
  it('reads the statement after a Latin gloss (X（The X Center）日前发布报告)', () => {
    const result = analyze('【大纪元讯】研究机构威尔逊中心（The Wilson Center）日前发布报告，阐述了影响。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '威尔逊中心').map((f) => f.evidence.rule)).toEqual(['cites-statement']);
  });
});

describe('quotes of titled people', () => {
  it('cites a quoted analyst and does not make them staff of the outlet (路透社援引分析师X的话说)', () => {
    const facts = describeFacts(analyze('路透社援引分析师张明的话说，市场将反弹。')).map((f) => f.replace(/ \[.*\]$/, ''));
    expect(facts).toContain('CITES 路透社→张明');
    expect(facts).not.toContain('WORKS_FOR 张明→路透社');
  });

  it('cites the person the next clause’s report quotes (X报导此事，报导引述评论员Y)', () => {
    const result = analyze('自由亚洲电台周三报导此事，报导引述网络评论员利里的话说，政府在说谎。');
    expect(factsBetween(result, 'CITES', '自由亚洲电台', '利里').map((f) => f.evidence.rule)).toEqual(['cites-quotes-report']);
  });

  it('does not cite a body named inside a description of the source (引述负责X的官员)', () => {
    expect(factsBetween(analyze('《华尔街日报》周四引述负责日本政府网络安全官员的话。'), 'CITES', '华尔街日报', '日本政府')).toEqual([]);
  });
});

describe('statements on websites', () => {
  it('cites a body whose website statement the story reports (X网站新闻稿显示)', () => {
    const result = analyze('路透北京9月7日 - 交通运输部网站新闻稿显示，将开展全面检查。', { outlet: '路透社' });
    expect(factsBetween(result, 'CITES', '路透社', '交通运输部').map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-statement']);
  });
});

describe('citation cues news in many outlets use', () => {
  it.each<[string, string, string, string, string]>([
    ['X with a date before 报道', '【大纪元讯】新华社6月9日报道，香港局势平稳。', '新华社', 'cites-media-reports', '报道'],
    ['a dash, then X and a date', '【大纪元讯】香港事务是中国内政 – 澎湃新闻6月6日报道。', '澎湃新闻', 'cites-media-reports', '报道'],
    ['据X周三报道', '【大纪元讯】据新华社周三报道，香港局势平稳。', '新华社', 'cites-according-to-media', '据'],
    ['在《X》杂志撰文', '【大纪元讯】郭树清在最新一期《求是》杂志撰文称，泡沫是最大风险。', '求是杂志', 'cites-media-reports', '撰文'],
    ['接受陆媒X专访', '【大纪元讯】乐玉成接受陆媒观察者网专访，批评美国。', '观察者网', 'cites-told-media', '接受'],
    ['据X调查', '【大纪元讯】据腾讯调查，用户增长了。', '腾讯', 'cites-according-to-source', '据'],
    ['X其后证实', '【大纪元讯】加拿大司法部其后证实，已接获引渡要求。', '加拿大司法部', 'cites-statement', '证实'],
    ['X发布声明', '【大纪元讯】腾讯周五发布声明，否认传闻。', '腾讯', 'cites-statement', '发布声明'],
    ['X发布通报', '【大纪元讯】中国证监会发布通报称，调查仍在进行。', '中国证监会', 'cites-statement', '发布通报'],
    ['X敦促', '【大纪元讯】中国外交部敦促美国停止打压。', '中国外交部', 'cites-statement', '敦促'],
    ['X, a date and a time of day, 证实', '【大纪元讯】台湾行政院22日晚间证实，已提出加入申请。', '行政院', 'cites-statement', '证实'],
    ['X, a date, 也发出声明表示', '【大纪元讯】台湾陆委会23日晚间也发出声明表示，这是打压。', '大陆委员会', 'cites-statement', '发出声明表示'],
    ['X重申', '【大纪元讯】中国外交部5日重申，反对干涉。', '中国外交部', 'cites-statement', '重申'],
    ['X(stock code)周五宣布', '【大纪元讯】复星国际(0656.HK)周五宣布，旗下公司将上市。', '复星国际', 'cites-statement', '宣布'],
    ['X（股票代码）公告称', '【大纪元讯】贵州茅台（股票代码：600519）公告称，利润增长。', '贵州茅台', 'cites-statement', '公告称'],
    ['X（gloss）资料显示', '【大纪元讯】美国半导体产业协会（SIA）资料显示，销售下滑。', '美国半导体产业协会', 'cites-statement', '资料显示'],
  ])('the host CITES the source: %s', (_cue, text, source, rule, trigger) => {
    const result = analyze(text, EPOCH);
    const facts = factsBetween(result, 'CITES', '大纪元', source);
    expect(facts.map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual([rule]);
    expect(facts[0]!.evidence.trigger).toBe(trigger);
  });

  it('gives the interview both ways (接受陆媒X专访: X CITES the speaker, the host CITES X)', () => {
    const result = analyze('【大纪元讯】大使乐玉成接受陆媒观察者网专访，批评美国。', EPOCH);
    expect(factsBetween(result, 'CITES', '观察者网', '乐玉成').map((f) => f.evidence.trigger), describeFacts(result).join('; ')).toEqual(['接受…专访']);
  });

  it.each([
    ['对X承认', '经济学家余永定也对《新京报》承认，风险很大。', '新京报', '余永定'],
  ])('the outlet CITES the person who spoke to it: %s', (_cue, text, outlet, person) => {
    const result = analyze(text);
    expect(factsBetween(result, 'CITES', outlet, person).map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual(['cites-interview']);
  });

  it('cites the body whose unnamed official an outlet quotes (路透社引述未具名的X官员)', () => {
    const result = analyze('路透社9月4日引述未具名的美国国防部官员的话说，审查将继续。');
    expect(factsBetween(result, 'CITES', '路透社', '美国国防部').map((f) => f.evidence.trigger), describeFacts(result).join('; ')).toEqual(['引述']);
  });

  it.each([
    ['a relative speaks, not the person named before', '【大纪元讯】马云妻子张瑛女士在接受《纽约时报》采访时呼吁关注。', '纽约时报', '马云'],
  ])('gives no interview when %s', (_cue, text, outlet, person) => {
    const result = analyze(text, EPOCH);
    expect(factsBetween(result, 'CITES', outlet, person), describeFacts(result).join('; ')).toEqual([]);
  });

  it('cites no organisation that is the object of 让 or set against another (让白宫而不是国务院宣布)', () => {
    const result = analyze('【大纪元讯】他说，美国可以让白宫而不是国务院宣布新政策。', EPOCH);
    const cited = result.facts.filter((f) => f.type === 'CITES' && f.evidence.rule === 'cites-statement');
    expect(cited, describeFacts(result).join('; ')).toEqual([]);
  });
});

describe('reported speakers named with their employer and title', () => {
  it('cites the employer of a titled speaker the report quotes (X报道，Y首席经济学家Z称)', () => {
    const result = describeFacts(analyze('路透社周一报道，渣打银行首席经济学家李明华表示，中国经济放缓。'));
    expect(result).toContain('CITES 路透社→渣打银行 [cites-reported-speaker-employer]');
  });

  it('cites no employer when the words between it and the speaker are no title (渣打银行的客户Z称)', () => {
    const result = describeFacts(analyze('路透社周一报道，渣打银行的客户李明华表示，中国经济放缓。'));
    expect(result.filter((f) => f.includes('cites-reported-speaker-employer'))).toEqual([]);
  });
});

// The news-2019-2022 repost rule: a portal page reprinting another outlet's story gives the story's sources to the
// outlet that wrote it; the host CITES the original only.
describe('citations on a repost', () => {
  const REPOST = { outlet: '网易新闻', originalOutlet: '每日经济新闻' };
  it.each<[string, string]>([
    ['网易新闻讯 本文来源：每日经济新闻。马云周二表示，公司将继续投资。', '马云'],
    ['网易新闻讯 本文来源：每日经济新闻。据华尔街日报报导，蚂蚁集团被罚款。', '华尔街日报'],
    ['网易新闻讯 本文来源：每日经济新闻。工商银行周五宣布，利润增长。', '中国工商银行'],
  ])('the original outlet, not the host, CITES the source: %s', (text, source) => {
    const result = analyze(text, REPOST);
    expect(factsBetween(result, 'CITES', '每日经济新闻', source), describeFacts(result).join('; ')).toHaveLength(1);
    expect(factsBetween(result, 'CITES', '网易新闻', source)).toEqual([]);
    expect(factsBetween(result, 'CITES', '网易新闻', '每日经济新闻').map((f) => f.evidence.rule)).toEqual(['cites-repost']);
  });

  it('keeps the host as the citing outlet on a page that reprints nothing', () => {
    const result = analyze('网易新闻讯 马云周二表示，公司将继续投资。', { outlet: '网易新闻' });
    expect(factsBetween(result, 'CITES', '网易新闻', '马云'), describeFacts(result).join('; ')).toHaveLength(1);
  });

  it('does not make the original cite itself or the host', () => {
    const result = analyze('网易新闻讯 本文来源：每日经济新闻。据每日经济新闻报导，网易新闻称，蚂蚁集团被罚款。', REPOST);
    expect(factsBetween(result, 'CITES', '每日经济新闻', '网易新闻'), describeFacts(result).join('; ')).toEqual([]);
  });
});
