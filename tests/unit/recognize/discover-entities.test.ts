import { describe, expect, it } from 'vitest';
import { discoverEntities } from '../../../src/recognize/discover-entities.ts';
import type { EntityType } from '../../../src/types.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';

function discovered(text: string): Array<{ name: string; type: EntityType; rule?: string }> {
  return discoverEntities(makeDoc(text)).map((m) => ({ name: m.norm, type: m.type, rule: m.rule }));
}

describe('discoverEntities', () => {
  it.each<[string, string, EntityType, string]>([
    ['新华社记者王建国报导了此事。', '王建国', 'Person', 'person-after-role'],
    ['外交部发言人赵立坚表示反对。', '赵立坚', 'Person', 'person-after-role'],
    ['研究所资深研究员林松莲指，该计划已经停止。', '林松莲', 'Person', 'person-after-role'],
    ['该局局长罗致明叫失业的人去申请援助。', '罗致明', 'Person', 'person-after-role'],
    ['该案由谭晓东负责审理。', '谭晓东', 'Person', 'person-oov'],
    // A name the dictionary knows as a place (江波), after a title and before a verb of saying.
    ['该校校长江波说，学生都已返校。', '江波', 'Person', 'person-after-role'],
    ['谷歌研究员玻尔森（Jack Poulson）辞职。', '玻尔森', 'Person', 'person-glossed'],
    ['助理国务卿辛格(Manisha Singh)表示。', '辛格', 'Person', 'person-glossed'],
    ['欧特（Autel Robotics Inc）发布新款无人机。', '欧特', 'Company', 'org-glossed'],
    ['他创办了华鑫达集团。', '华鑫达集团', 'Company', 'org-suffix'],
    ['天津轨道交通集团发行债券。', '天津轨道交通集团', 'Company', 'org-suffix'],
    ['宁波诺丁汉大学成立新学院。', '宁波诺丁汉大学', 'Organization', 'org-suffix'],
    ['他在荆州市工作。', '荆州市', 'Location', 'place-suffix'],
    ['他住在福田区。', '福田区', 'Location', 'place-suffix'],
    ['《经济观察报》报导了此事。', '经济观察报', 'MediaOutlet', 'media-title'],
    // A province's satellite channel: 卫视 after a place is a broadcaster.
    ['据江西卫视报道，大桥已经通车。', '江西卫视', 'MediaOutlet', 'org-suffix'],
    // A place's office named for what it does (网络信息办公室).
    ['北海市网络信息办公室发布通知。', '北海市网络信息办公室', 'GovernmentBody', 'org-suffix'],
  ])('finds in %s the %s %s (%s)', (text, name, type, rule) => {
    expect(discovered(text)).toContainEqual({ name, type, rule });
  });

  it.each([
    '一家公司被罚款。',
    '美国公司纷纷撤离。',
    '这家科技公司受到调查。',
    '科技公司面临更严格的监管。',
    '这是一场骗局。',
    '全部资金已经到位。',
    '《中华人民共和国证券法》已经生效。',
    '《网络安全法》已经生效。',
    '知情人士说，亿万富翁和投资者都很紧张。',
    '他在卫视工作多年。',
    '他走进上海办公室。',
  ])('finds no organisation, person or outlet in the generic %s', (text) => {
    expect(discovered(text).filter((d) => d.type !== 'Location')).toEqual([]);
  });

  it('gives offsets into the original text and the surface in its original script', () => {
    const doc = makeDoc('該案由譚曉東負責審理。');
    const [m] = discoverEntities(doc).filter((d) => d.type === 'Person');
    expect(m).toMatchObject({ text: '譚曉東', norm: '谭晓东', source: 'discovery', sentence: 0 });
    expect(doc.text.slice(m!.start, m!.end)).toBe('譚曉東');
  });

  // A place plus an organisation ending that jieba keeps as one token (fixed in 6255df3).
  it.each<[string, string, EntityType]>([
    ['深圳市政府宣布新规。', '深圳市政府', 'GovernmentBody'],
    ['苏州大学发布报告。', '苏州大学', 'Organization'],
  ])('finds the organisation in %s (%s)', (text, name, type) => {
    expect(discovered(text).map((d) => [d.name, d.type])).toContainEqual([name, type]);
  });

  // 顾客 is an ordinary word that jieba tags nr (see the wordShape test); fixed in 6255df3.
  it('does not take the ordinary word 顾客 before a speech verb for a person', () => {
    expect(discovered('顾客表示很满意。')).toEqual([]);
  });
});

describe('titles and government bodies', () => {
  it('takes a title after a kind of publication as a media outlet (一家杂志《X》)', () => {
    const found = discoverEntities(makeDoc('他在接受一家美国杂志《名利场》的采访时说。'));
    expect(found.filter((m) => m.type === 'MediaOutlet').map((m) => m.norm)).toEqual(['名利场']);
  });

  it('does not take a book title for an outlet', () => {
    const found = discoverEntities(makeDoc('他在新书《名利场》中写道。'));
    expect(found.filter((m) => m.type === 'MediaOutlet')).toEqual([]);
  });

  it('keeps the country in a government body’s name (美国X委员会) but not in a company’s', () => {
    const found = recognizeMentions(makeDoc('美国联邦海事委员会周三表示，美国Autel Robotics公司将受调查。'), loadLexicon()).map((m) => m.norm);
    expect(found).toContain('美国联邦海事委员会');
    expect(found).toContain('Autel Robotics');
  });
});

describe('names glued to the next word', () => {
  it('reads a three-character name whose last character the segmenter glued to a word (院长苏嘉全会面)', () => {
    const people = discoverEntities(makeDoc('台湾立法院院长苏嘉全会面后离开。')).filter((m) => m.type === 'Person').map((m) => m.norm);
    expect(people).toContain('苏嘉全');
  });
});

describe('people before kinship words', () => {
  it('finds the name before 夫妇 (X、Y夫妇)', () => {
    const people = discoverEntities(makeDoc('法院冻结了李梅夫妇的股权。')).filter((m) => m.type === 'Person').map((m) => m.norm);
    expect(people).toEqual(['李梅']);
  });

  it('finds no person in a place or a number before 夫妇', () => {
    expect(discoverEntities(makeDoc('两国夫妇和中国夫妇都来了。')).filter((m) => m.type === 'Person')).toEqual([]);
  });
});

describe('surnamed, not named', () => {
  it('reads no person in a surname and 姓 (赶到时林姓男子已离开)', () => {
    const doc = makeDoc('警员赶到时林姓男子已经离开现场。');
    expect(recognizeMentions(doc, loadLexicon()).filter((m) => m.type === 'Person').map((m) => m.norm)).toEqual([]);
  });
});

describe('a place-tagged name after a title', () => {
  it('reads no person in a division of China or a country after a title (市长江北说)', () => {
    for (const text of ['该区区长江北说，路已修好。', '公司总经理黄山表示欢迎。']) {
      expect(discoverEntities(makeDoc(text)).filter((m) => m.type === 'Person' && m.rule === 'person-after-role')).toEqual([]);
    }
  });
});

describe('company names', () => {
  const companies = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'Company').map((m) => m.norm);

  it('reads a registered name with a place and several plain words (X网络技术有限公司)', () => {
    expect(companies('总部位于中国的宁波蓝天网络技术有限公司被列入名单。')).toContain('宁波蓝天网络技术有限公司');
  });

  it('reads a group and its subsidiary as two names (X集团全资子公司Y矿业), not the group’s subsidiary as one', () => {
    expect(companies('据悉，鸿岳集团全资子公司鸿岳矿业今年盈利。')).toEqual(['鸿岳集团', '鸿岳矿业']);
    expect(companies('鸿岳集团子公司去年亏损。')).toEqual(['鸿岳集团']);
  });

  it('starts a name after a kind noun inside it (上市公司戴德梁行公司)', () => {
    expect(companies('他是英国上市公司戴德梁行公司的董事。')).toEqual(['戴德梁行公司']);
  });

  it.each([
    ['a place before a kind that names nothing', '他在美上市公司任职。'],
    ['a kind that names nothing', '这家持牌公司很大，外国政府表示关注。'],
  ])('reads no organisation from %s', (_case, text) => {
    expect(discoverEntities(makeDoc(text)).filter((m) => m.rule === 'org-suffix')).toEqual([]);
  });

  it('leaves a function character glued to the first word out of the name (据祥源文化)', () => {
    expect(discoverEntities(makeDoc('据祥源文化最近披露的公告显示。')).filter((m) => m.rule === 'org-suffix').map((m) => m.norm)).not.toContain('据祥源文化');
  });

  it('does not read a place and a plain description as a name (北京一家科技公司)', () => {
    expect(companies('北京的科技公司表示。')).toEqual([]);
  });

  it('reads 合伙企业 cut in two by the segmenter', () => {
    expect(companies('他持股99%的杭州星辰投资管理合伙企业。')).toContain('杭州星辰投资管理合伙企业');
  });

  it.each([
    ['英国Whitbread Plc同意出售。', 'Whitbread'],
    ['美国对冲基金Darsana Master Fund LP认购2亿美元。', 'Darsana Master Fund LP'],
    ['美国Autel Robotics公司表示。', 'Autel Robotics'],
  ])('reads a Latin company name with its legal form or Chinese ending: %s', (text, name) => {
    expect(companies(text)).toContain(name);
  });

  it.each([
    ['Greenfield Holdings Group的分析师说。', 'Greenfield Holdings Group'],
    ['Marlow and Associates总裁表示。', 'Marlow and Associates'],
    ['Ridge Capital策略师称。', 'Ridge Capital'],
  ])('reads the longest run of firm words as one Latin name: %s', (text, name) => {
    expect(companies(text)).toEqual([name]);
  });

  it('reads no company from capitalised words without a firm word (New York Times Square)', () => {
    expect(companies('他在New York Square拍照。')).toEqual([]);
  });

  it.each([
    ['信用卡公司NovaV.N表示。', ['Nova']],
    ['投资银行Brook Lane Inc BLI.N看起来比较诱人。', ['Brook Lane Inc']],
    ['银行ABC.N的股价上涨。', []],
  ])('leaves a Reuters instrument code out of the name: %s', (text, names) => {
    const found = companies(text);
    expect(found.filter((n) => /\.N$/.test(n))).toEqual([]);
    for (const name of names) expect(found).toContain(name);
  });

  it('ends a name before a title the segmenter glued to its suffix (X大学教授)', () => {
    const found = discoverEntities(makeDoc('加州圣地亚哥大学教授格罗布同意。')).filter((m) => m.rule === 'org-suffix').map((m) => m.norm);
    expect(found).toEqual(['加州圣地亚哥大学']);
  });

  it('reads no organisation from a title after a plain word (一名大学教授)', () => {
    expect(discoverEntities(makeDoc('他是一名大学教授。')).filter((m) => m.rule === 'org-suffix')).toEqual([]);
  });

  it('ends a name read back from its suffix at a speech verb (Paul Rockwell证实公司已经…)', () => {
    expect(companies('安全主管Paul Rockwell证实公司已经发现。')).toEqual([]);
  });

  it('leaves a Latin gloss in brackets to the name before it', () => {
    expect(companies('美光科技（Micron Technology Inc）公司说。').filter((n) => n.startsWith('Micron'))).toEqual([]);
  });
});

describe('conjunctions that look like surnames', () => {
  it('reads no person from 和 + a word (林郑和特区政府)', () => {
    expect(discoverEntities(makeDoc('他批评林郑和特区政府表示的立场。')).filter((m) => m.type === 'Person').map((m) => m.norm)).not.toContain('和特区');
  });
});

describe('words that end or start no name', () => {
  const people = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'Person').map((m) => m.norm);

  it.each([
    ['a preposition before a number after a title', '高管指示员工向两个分包商付款。', '向两个'],
    ['a number\'s unit after digits', '其中赵薇出资210万占股70%。', '万占股'],
    ['所 before a verb', '这首歌是当年歌王文夏所唱。', '文夏所'],
    ['a verb the segmenter tagged as a name after a full name', '台湾艺人苏有朋祝贺生日。', '苏有朋祝贺'],
    ['之子 after a name', '他是副总理陈大明之子。', '陈大明之子'],
  ])('reads no person from %s', (_case, text, junk) => {
    expect(people(text)).not.toContain(junk);
  });

  it('keeps a Japanese name that ends in 之助 (坂井臣之助)', () => {
    expect(people('《中国观察》前总编辑坂井臣之助分析说。')).toContain('坂井臣之助');
  });
});

describe('photo credits in Chinese', () => {
  const credited = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.rule === 'person-photo-credit').map((m) => m.norm);

  it('reads the name-tagged word before 拍摄 in a bracketed credit (（美国之音白桦拍摄）)', () => {
    expect(credited('工厂车间。（美国之音白桦拍摄）')).toEqual(['白桦']);
  });

  it('reads no photographer from a credit with a date only (（美联社2018年8月9日摄）)', () => {
    expect(credited('会场。（美联社2018年8月9日摄）')).toEqual([]);
  });
});

describe('quoted names after a kind of body', () => {
  const quoted = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.rule === 'org-quoted-after-kind').map((m) => [m.norm, m.type]);

  it.each([
    ['智库“X”', '华府智库“东方政策研究中心”举办论坛。', [['东方政策研究中心', 'Organization']]],
    ['媒体“X”', '商业媒体“金海螺”报道说。', [['金海螺', 'MediaOutlet']]],
    ['大报“X”和“Y”', '两家大报“北方真理报”和“河岸晚报”刊载文章。', [['北方真理报', 'MediaOutlet'], ['河岸晚报', 'MediaOutlet']]],
    ['组织“X” with an organisation ending', '人权组织“自由援助协会”表示。', [['自由援助协会', 'Organization']]],
    ['媒体“X” in Latin', '媒体“The Wire Review”报导说。', [['The Wire Review', 'MediaOutlet']]],
  ])('reads the quoted name as the kind says: %s', (_case, text, names) => {
    expect(quoted(text)).toEqual(names);
  });

  it.each([
    ['组织“X” without an organisation ending (a slogan or nickname)', '该组织“歌咏比赛”很受欢迎。'],
    ['a phrase with function words', '官方媒体“一个声音的时代”结束了。'],
  ])('reads no name from %s', (_case, text) => {
    expect(quoted(text)).toEqual([]);
  });
});

describe('Latin product names', () => {
  const products = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'Product').map((m) => m.norm);

  it('reads a Latin name before a kind of product (X-Star四轴飞行器, Galaxy手机, Logic Pro X软件)', () => {
    expect(products('该公司销售X-Star四轴飞行器、Galaxy手机和Logic Pro X软件。')).toEqual(['X-Star', 'Galaxy', 'Logic Pro X']);
  });

  it('reads the items listed before a product with a count (P20 Pro、Nova 3、荣耀 Play和P20四款手机)', () => {
    expect(products('该公司的P20 Pro、Nova 3、荣耀 Play和P20四款手机。').sort()).toEqual(['Nova 3', 'P20', 'P20 Pro', '荣耀 Play']);
  });

  it('reads no product from a Latin word listed before a product without a list mark', () => {
    expect(products('他和Tom一起买了Galaxy手机。')).toEqual(['Galaxy']);
  });

  it('reads no product from a company name or a Latin word before other nouns', () => {
    expect(products('Huawei Technologies Co手机业务和Tesla公司的员工。')).toEqual([]);
  });
});

describe('transliterated names the segmenter cut', () => {
  const people = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'Person').map((m) => m.norm);

  it.each([
    ['before a speech verb glued to its last syllable', '研究地区经济的学者祖巴列维奇说，双方合作。', '祖巴列维奇'],
    ['after a title', '俄罗斯副外长莫尔古洛夫在活动上说。', '莫尔古洛夫'],
    ['with a time word before the verb', '欧盟贸易执委玛姆斯托姆周四表示，关税不变。', '玛姆斯托姆'],
    ['with a full stop between its parts', '集团首席经济学家克里斯.鲁普契表示。', '克里斯.鲁普契'],
    ['with a dot the segmenter tagged as a number and a place', '奠基人及所长布赖恩‧克洛兹尔说。', '布赖恩‧克洛兹尔'],
    ['with a one-character part before the dot', '项目副主任李·吉勒恩特发表声明说。', '李·吉勒恩特'],
  ])('reads a run of transliteration syllables as one name: %s', (_case, text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['a kind of company before it', '能源服务公司贝克休斯称，本周新增钻机。', '贝克休斯'],
    ['a dateline place before 综合报导', '大纪元记者岑华颖奥兰多综合报导。', '奥兰多'],
    ['no title before and no speech after', '他们去了卡尔加里旅游。', '卡尔加里'],
  ])('reads no transliterated name with %s', (_case, text, name) => {
    expect(people(text)).not.toContain(name);
  });

  it.each([
    ['美国国会众议员舍尔曼回应表示。', '舍尔曼'],
    ['记者杜涛欣实名举报。', '杜涛欣'],
    ['阿根廷总统马克理周三说。', '马克理'],
  ])('keeps the whole name after a role word: %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['记者林燕报导。', '林燕'],
    ['发言人王晓明等人表示。', '王晓明'],
  ])('stops the name at a word that ends it: %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it('reads a one-character family name after a dot (特蕾莎·梅), not the title before it', () => {
    expect(people('英国首相特蕾莎·梅周三说。')).toContain('特蕾莎·梅');
  });
});

describe('departments of institutions', () => {
  const orgs = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.rule === 'org-suffix').map((m) => m.norm);

  it('names the institution, not its department (X大学Y学院教授Z)', () => {
    expect(orgs('浙江工业大学经济学院教授李强说。')).toEqual(['浙江工业大学']);
  });

  it('keeps a department with a name of its own, and a company ending', () => {
    expect(orgs('中国人民大学重阳金融研究院研究员程诚说。')).not.toContain('中国人民大学');
    expect(orgs('原天津市铁路集团有限公司改名。')).toContain('天津市铁路集团有限公司');
  });
});

describe('bodies a place names', () => {
  const bodies = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'GovernmentBody').map((m) => m.norm);

  it('reads a place and an organisation word the segmenter knows (成都市民政厅)', () => {
    expect(bodies('成都市民政厅表示，补贴已发放。')).toEqual(['成都市民政厅']);
  });

  it('does not start a body with 曾任 (X曾任Y省Z局副局长)', () => {
    expect(bodies('王海曾任江西省药品监督管理局副局长。')).toEqual(['江西省药品监督管理局']);
  });
});

describe('titles in brackets', () => {
  it('takes a newspaper title with 法 in it, but not a law', () => {
    const found = discoverEntities(makeDoc('《民主与法制时报》报道，《网络安全法》和《外商投资法（草案）》已公布。'));
    expect(found.filter((m) => m.type === 'MediaOutlet').map((m) => m.norm)).toEqual(['民主与法制时报']);
  });

  it('lets a bracketed title win over a known name inside it (《中国新闻周刊》)', () => {
    const found = recognizeMentions(makeDoc('《中国新闻周刊》最新一期报导。'), loadLexicon()).filter((m) => !m.nested);
    expect(found.map((m) => m.norm)).toEqual(['中国新闻周刊']);
  });
});

describe('names and what follows them', () => {
  it('does not take a count after a name for part of it (刘玉琦二人)', () => {
    const people = discoverEntities(makeDoc('原总经理刘玉琦二人被调查。')).filter((m) => m.type === 'Person').map((m) => m.norm);
    expect(people).toEqual(['刘玉琦']);
  });
});

describe('more titles and transliterations', () => {
  const people = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'Person').map((m) => m.norm);

  it('reads a transliteration whose first piece looks like a place (总统拉马福萨)', () => {
    expect(people('南非总统拉马福萨周三抵达。')).toContain('拉马福萨');
  });

  it.each([
    ['外汇策略师Alfonso Esparza称，美元走强。', 'Alfonso Esparza'],
    ['联合国秘书长古特雷斯表示关切。', '古特雷斯'],
  ])('reads a person after a newer role word: %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('words after titles that are not names', () => {
  it('takes no person from 等职 after a list of titles', () => {
    expect(discoverEntities(makeDoc('他曾任副局长、局长等职。')).filter((m) => m.type === 'Person')).toEqual([]);
  });
});

describe('upper-case employers before a title', () => {
  const companies = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.rule === 'org-latin-before-role').map((m) => m.norm);

  it('reads an upper-case name right before a job title as the employer (OANDA外汇策略师X)', () => {
    expect(companies('OANDA外汇策略师Alfonso Esparza称，美元走强。')).toEqual(['OANDA']);
  });

  it.each([
    ['基金的副主管Ian McDonald表示。', 'Ian McDonald'],
    ['团队负责人Paul O\'Connor表示。', "Paul O'Connor"],
  ])('reads a Latin name with a prefixed capital after a title: %s', (text, name) => {
    expect(discoverEntities(makeDoc(text)).filter((m) => m.rule === 'person-after-role-latin').map((m) => m.norm)).toEqual([name]);
  });

  it('reads no person from a Latin name cut off by a lower-case run (Ian Mcdonald)', () => {
    expect(discoverEntities(makeDoc('副主管Ian Mcdonald表示。')).filter((m) => m.type === 'Person').map((m) => m.norm)).not.toContain('Ian Mc');
  });

  it('reads no employer from a title written in Latin (CEO马云) or a name without a title after it', () => {
    expect(companies('CEO马云说，OANDA的数据显示美元走强。')).toEqual([]);
  });
});

describe('Latin names after their kind, in links and hyphenated', () => {
  const found = (text: string) => discoverEntities(makeDoc(text)).map((m) => [m.norm, m.type]);

  it.each([
    ['a kind then a space (a link keeps its spaces)', '研究团队聘请安全公司 Brightlock 检查程序。', ['Brightlock', 'Company']],
    ['a retailer', '美国玩具零售商ToyHaven的股价大涨。', ['ToyHaven', 'Company']],
    ['a forum', '网民在论坛Chatterbox发帖。', ['Chatterbox', 'Company']],
    ['a title then a space', '该报专栏作家 Maria Holt 认为计划失败。', ['Maria Holt', 'Person']],
    ['a hyphenated name before 公司', '他被控从V-Link公司窃取机密。', ['V-Link', 'Company']],
    ['a firm word Games', '腾讯收购Frostfall Games的股份。', ['Frostfall Games', 'Company']],
    ['a magazine named after the title', '根据《Game Weekly》杂志，收入下降。', ['Game Weekly', 'MediaOutlet']],
    ['a title listed with state media (《X》等官媒)', '央视、《青禾谈》等官媒痛批网红。', ['青禾谈', 'MediaOutlet']],
  ])('reads %s', (_case, text, name) => {
    expect(found(text)).toContainEqual(name);
  });

  it.each([
    ['the kind phrase before the Latin name', '研究团队聘请德国科技保安公司 Brightlock 检查程序。', '科技保安公司'],
    ['a hyphen part alone', '他被控从V-Link公司窃取机密。', 'Link'],
    ['a title written in Latin after the kind and a space', '青禾公司 CEO 林大明表示。', 'CEO'],
    ['a book named before an ordinary noun', '他读了《Game Weekly》一书。', 'Game Weekly'],
    ['a title listed with books (《X》等书籍)', '《青禾谈》等书籍出版。', '青禾谈'],
  ])('reads no name from %s', (_case, text, junk) => {
    expect(found(text).map(([n]) => n)).not.toContain(junk);
  });
});

describe('bodies glued to their head\'s title or abbreviated', () => {
  const bodies = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'GovernmentBody').map((m) => m.norm);

  it.each([
    ['a bureau before its director (X局局长)', '青禾局局长王小明表示，计划不变。', '青禾局'],
    ['an abbreviated bureau the segmenter knows (保监局)', '投保人可以向保监局投诉。', '保监局'],
  ])('reads %s', (_case, text, name) => {
    expect(bodies(text)).toContain(name);
  });

  it.each([
    ['a pointing word before the title (该局局长)', '该局局长王小明表示，计划不变。'],
    ['a word ending in 局 (骗局)', '他说这是一个骗局，局长也知道。'],
  ])('reads no body from %s', (_case, text) => {
    expect(bodies(text)).toEqual([]);
  });
});

describe('words after a title that start with no name', () => {
  const people = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'Person').map((m) => m.norm);

  it.each([
    ['a negation (经理不批)', '经理不批他的假期。', '不批'],
    ['two unknown characters that are neither a name nor a transliteration (经理砍单)', '客户与经理砍单，公司损失大。', '砍单'],
  ])('reads no person from %s', (_case, text, junk) => {
    expect(people(text)).not.toContain(junk);
  });

  it('still reads a transliteration after a title (经理布林)', () => {
    expect(people('经理布林表示，计划不变。')).toContain('布林');
  });
});

describe('associations and institutes named by their place and field', () => {
  const orgs = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.rule === 'org-suffix').map((m) => m.norm);

  it.each([
    ['a place, a field, and a compound ending (X行业协会)', '据日本汽车行业协会统计，销量下降。', '日本汽车行业协会'],
    ['a learned society (学会)', '现任英国国际法学会副会长王小明表示。', '英国国际法学会'],
    ['a verb naming the field after the place (警察学院)', '报告引述云南警察学院网页指出。', '云南警察学院'],
  ])('reads %s', (_case, text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it.each([
    ['a country and a compound ending alone', '中国行业协会表示。'],
    ['a country and a common compound (养老基金)', '中国养老基金规模很大。'],
  ])('reads no organisation from %s', (_case, text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('Latin names counted as companies (X及Y两间公司)', () => {
  const found = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'Company').map((m) => m.norm);

  it('reads each listed Latin name before a count of companies', () => {
    expect(found('记者向Northwind及Fabrikam两间公司查询。')).toEqual(expect.arrayContaining(['Northwind', 'Fabrikam']));
  });

  it.each([
    ['the count and the kind as part of a name', '记者向Northwind及Fabrikam两间公司查询。', 'Fabrikam两间公司'],
    ['Latin titles before a count', '报道称CEO和CFO两个公司都不回应。', 'CEO'],
  ])('reads no company from %s', (_case, text, junk) => {
    expect(found(text)).not.toContain(junk);
  });
});

describe('outlets by a dated report or a media kind before the title', () => {
  const outlets = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'MediaOutlet').map((m) => m.norm);

  it.each([
    ['a site and the date of its report (X网5月30日报道)', '示威持续 – Vortex网5月30日报道。', 'Vortex网'],
    ['a title after 媒体', '内地媒体《星河周览》报导，销量下降。', '星河周览'],
  ])('reads %s', (_case, text, name) => {
    expect(outlets(text)).toContain(name);
  });

  it.each([
    ['a book after 媒体', '媒体《星河周览》一书出版。', '星河周览'],
    ['a date after a site with no report', 'Vortex网5月30日上线。', 'Vortex网'],
  ])('reads no outlet from %s', (_case, text, name) => {
    expect(outlets(text)).not.toContain(name);
  });
});

describe('a given name the segmenter takes for a verb', () => {
  const people = (text: string) => discoverEntities(makeDoc(text)).filter((m) => m.type === 'Person').map((m) => m.norm);

  it('reads surname + verb after a title when the name is clearly over (经济学家周/远行的…)', () => {
    expect(people('经济学家周远行的分析说，市场仍会波动。')).toContain('周远行');
  });

  it.each([
    ['a speech verb after a surname-shaped character', '专家王表示，计划不变。', '王表示'],
    ['a verb that runs on into the clause', '专家方打算离开。', '方打算'],
  ])('reads no person from %s', (_case, text, junk) => {
    expect(people(text)).not.toContain(junk);
  });
});

describe('parts of a place by compass points', () => {
  const all = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).map((m) => [m.norm, m.type] as const);

  it.each([
    ['今晨山东中西部、安徽中南部将有大雾。', '安徽中南部'],
    ['华东地区中东部明天转晴。', '华东地区中东部'],
  ])('in %s takes no body %s', (text, wrong) => {
    expect(all(text).map(([n]) => n)).not.toContain(wrong);
  });

  it.each([
    ['今晨山东中西部、安徽中南部将有大雾。', '安徽', 'Location'],
    ['中共中央组织部发布通知。', '中共中央组织部', 'GovernmentBody'],
  ])('in %s still finds %s (a body whose own word ends in 部)', (text, name, type) => {
    expect(all(text)).toContainEqual([name, type]);
  });
});

describe('a place, what it is for, then 医院', () => {
  it.each([
    ['她带孩子去了临江市人民医院复查。', '临江市人民医院'],
    ['次日他们又去了洛阳光明医院。', '洛阳光明医院'],
  ])('in %s finds the hospital %s', (text, name) => {
    expect(discovered(text)).toContainEqual(expect.objectContaining({ name, type: 'Organization' }));
  });

  it.each([
    ['他在上海医院工作多年。', '上海医院'],
    ['美国医院的费用很高。', '美国医院'],
  ])('in %s takes no %s (a place and the ending alone)', (text, wrong) => {
    expect(discovered(text).map((m) => m.name)).not.toContain(wrong);
  });
});

describe('a verb of winning glued after a titled name (教授某某获…奖)', () => {
  it.each([
    ['北京大学教授陈晓燕获“物理学”奖。', '陈晓燕'],
    ['复旦大学教授周小云获“化学”奖。', '周小云'],
  ])('in %s takes the name %s without 获', (text, name) => {
    const names = discovered(text).map((m) => m.name);
    expect(names).toContain(name);
    expect(names).not.toContain(`${name}获`);
  });

  it('keeps a two-character name before 获奖 whole', () => {
    expect(discovered('北京大学教授李华获奖。').map((m) => m.name)).not.toContain('李');
  });
});
