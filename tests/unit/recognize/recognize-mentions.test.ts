import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { analyze, describeFacts, entityNamed, makeDoc } from '../../fixtures/nlp/make-article.ts';

function mentions(text: string, meta = {}) {
  return recognizeMentions(makeDoc(text, meta), loadLexicon());
}

describe('recognizeMentions', () => {
  it('gives mentions in text order that never overlap, except places nested in a name', () => {
    const ms = mentions('新华社记者王建国报导，马云旗下的蚂蚁集团与天津轨道交通集团洽谈。');
    const top = ms.filter((m) => !m.nested);
    for (let i = 1; i < top.length; i++) expect(top[i]!.start).toBeGreaterThanOrEqual(top[i - 1]!.end);
    expect(ms.filter((m) => m.nested).map((m) => m.norm)).toEqual(['天津']);
    expect(ms.map((m) => m.norm)).toEqual(['新华社', '王建国', '马云', '蚂蚁集团', '天津轨道交通集团', '天津']);
  });

  it('lets a known name win over a discovered guess on the same text', () => {
    const ms = mentions('中国人民银行行长易纲表示。');
    expect(ms.map((m) => [m.norm, m.source])).toEqual([
      ['中国人民银行', 'lexicon'],
      ['易纲', 'lexicon'],
    ]);
  });

  it('gives an organisation named after its city the whole span and marks the city inside it nested', () => {
    const ms = mentions('天津轨道交通集团发行债券。');
    const org = ms.find((m) => m.norm === '天津轨道交通集团')!;
    const city = ms.find((m) => m.norm === '天津')!;
    expect(org).toMatchObject({ type: 'Company', start: 0, end: 8 });
    expect(city).toMatchObject({ type: 'Location', nested: true });
    expect(org.nested).toBeUndefined();
  });

  it('extends a known company with a corporate ending written after it', () => {
    const ms = mentions('腾讯集团发布财报。');
    expect(ms[0]).toMatchObject({ norm: '腾讯集团', lexId: 'tencent' });
  });

  it('marks a page hint (a byline) in the text as a person', () => {
    const ms = mentions('据报导，此事由吕芳菲负责。', { hints: [{ name: '吕芳菲', origin: 'byline' }] });
    expect(ms.find((m) => m.norm === '吕芳菲')).toMatchObject({ type: 'Person', source: 'hint' });
  });

  it.each(['知情人士', '亿万富翁', '投资者', '报导称', '消息人士', '分析人士', '一家公司', '美国公司', '科技公司', '骗局', '全部'])(
    'never makes an entity of the generic %s',
    (word) => {
      const result = analyze(`据报导称，知情人士、消息人士、分析人士、亿万富翁和投资者认为一家公司、美国公司和科技公司的骗局全部暴露。`);
      expect(result.entities.map((e) => e.name)).not.toContain(word);
      expect(result.entities.flatMap((e) => e.aliases)).not.toContain(word);
    },
  );

  it('finds only 美国 (a place) in 美国公司 and 美国科技公司', () => {
    const result = analyze('美国公司和美国科技公司纷纷撤离。');
    expect(result.entities.map((e) => [e.name, e.type])).toEqual([['美国', 'Location']]);
  });
});

describe('places after places', () => {
  const places = (text: string) =>
    recognizeMentions(makeDoc(text), loadLexicon())
      .filter((m) => m.type === 'Location')
      .map((m) => m.norm);

  it.each([
    ['工厂设在江西赣州的开发区。', '赣州'],
    ['他住在广东东莞，每天通勤。', '东莞'],
    ['总部位于俄亥俄州哥伦布的公司。', '哥伦布'],
    ['会议在首都金边举行。', '金边'],
  ])('finds the smaller place in %s', (text, place) => {
    expect(places(text)).toContain(place);
  });

  it.each([
    ['湖北王军说，工厂已停产。', '王军'],
    ['美国国务院周三说。', '国务院'],
    ['在中国大陆销售。', '大陆'],
    ['批评对俄罗斯和朝鲜两国的制裁。', '两国'],
    ['参加了朝鲜建国70周年庆祝活动。', '建国'],
  ])('finds no place in %s', (text, word) => {
    expect(places(text)).not.toContain(word);
  });

  it('gives the smaller place LOCATED_IN the larger one', () => {
    expect(describeFacts(analyze('工厂设在江西赣州的开发区。'))).toContain('LOCATED_IN 赣州→江西 [located-nested-place]');
  });
});

describe('places before names', () => {
  it('takes no place from a place word that starts a company name (中国长安福特)', () => {
    const found = recognizeMentions(makeDoc('原计划在中国长安福特的工厂生产。'), loadLexicon());
    expect(found.filter((m) => m.rule === 'place-after-place')).toEqual([]);
  });
});

describe('envoy offices', () => {
  it('reads place + 驻 + place + office as one body with both places nested', () => {
    const found = recognizeMentions(makeDoc('加拿大驻上海总领事馆发表声明。'), loadLexicon());
    expect(found.filter((m) => !m.nested).map((m) => [m.norm, m.type])).toEqual([['加拿大驻上海总领事馆', 'GovernmentBody']]);
    expect(describeFacts(analyze('加拿大驻上海总领事馆发表声明。'))).toContain('LOCATED_IN 加拿大驻上海总领事馆→上海 [located-envoy-office]');
  });

  it('reads no office without an office ending (中国驻美国大使)', () => {
    const found = recognizeMentions(makeDoc('中国驻美国大使周五表示。'), loadLexicon());
    expect(found.filter((m) => m.type === 'GovernmentBody')).toEqual([]);
  });
});

describe('foreign bodies', () => {
  it('reads a foreign country before a bare body name as that country’s body (阿根廷央行)', () => {
    const result = analyze(['阿根廷央行周四决定加息。', '之前央行表示，将拍卖外汇储备。']);
    const bank = entityNamed(result, '阿根廷央行');
    expect(bank?.type).toBe('GovernmentBody');
    expect(bank?.mentions).toHaveLength(2);
    expect(entityNamed(result, '中国人民银行')).toBeUndefined();
  });

  it('reads a foreign country before a bare party name as that country’s party (巴西共产党)', () => {
    const result = analyze('被克里姆林宫控制的巴西共产党领导人也出席了。');
    expect(entityNamed(result, '巴西共产党')?.type).toBe('PoliticalParty');
    expect(entityNamed(result, '中共')).toBeUndefined();
    expect(describeFacts(result)).toContain('CONTROLS 克里姆林宫→巴西共产党 [controls-verb-de]');
  });

  it('keeps the Chinese party for 中国共产党', () => {
    expect(entityNamed(analyze('中国共产党召开会议。'), '中共')).toBeDefined();
  });

  it('keeps China’s body when China is named (中国央行) and known compounds (美国国务院)', () => {
    const result = analyze('中国央行和美国国务院周四表示。');
    expect(entityNamed(result, '中国人民银行')).toBeDefined();
    expect(entityNamed(result, '美国国务院')).toBeDefined();
  });
});

describe('places inside a Latin gloss', () => {
  const places = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => m.type === 'Location').map((m) => m.norm);

  it('takes no place from a Latin gloss of a name (（US-China Business Council）)', () => {
    expect(places('美中贸易全国委员会（US-China Business Council）发表声明。')).toEqual([]);
  });

  it('still takes a Latin place name in running text', () => {
    expect(places('他访问了China和美国。')).toEqual(['China', '美国']);
  });
});

describe('brand and model', () => {
  const products = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => m.rule === 'product-brand-model').map((m) => m.norm);

  it.each([
    ['华为P9照片被发现。', 'P9'],
    ['华为Mate 20 Pro发布。', 'Mate 20 Pro'],
  ])('reads a Latin model name with a digit right after a company: %s', (text, model) => {
    expect(products(text)).toEqual([model]);
    expect(describeFacts(analyze(text))).toContain(`LAUNCHED 华为→${model} [launched-brand-model]`);
  });

  it.each([
    ['an airline\'s flight', '马航MH370残骸在柬埔寨。'],
    ['a bank\'s desk', '渣打银行G10外汇研究部门表示。'],
    ['a grade of staff', '一篇《阿里P7员工得白血病》的文章。'],
  ])('reads no model from %s', (_case, text) => {
    expect(products(text)).toEqual([]);
  });

  it('reads no model from a Latin title or word without a digit after a company (华为CEO, 华为Cloud)', () => {
    expect(products('华为CEO任正非说，华为Cloud很好。')).toEqual([]);
  });
});

describe('people listed after a person', () => {
  it('takes no person from a surname-shaped adverb and conjunction after the list mark (、曾因…)', () => {
    const people = mentions('出席者有记者王小明、曾因贪污被捕的商人。').filter((m) => m.type === 'Person').map((m) => m.norm);
    expect(people).toContain('王小明');
    expect(people).not.toContain('曾因');
  });
});

describe('people listed with a person: fences, notes and the tagger\'s people', () => {
  const people = (text: string) => mentions(text).filter((m) => m.type === 'Person').map((m) => m.norm);

  it.each([
    ['颁奖嘉宾为孙启发、马化腾和李彦宏。', '孙启发'],
    ['往届得主：何建伟(2015年)、马化腾(2016年)、彭大为(2017年)。', '何建伟'],
    ['往届得主：何建伟(2015年)、马化腾(2016年)、彭大为(2017年)。', '彭大为'],
    ['名单包括韦大为、邹晨阳、李彦宏。', '韦大为'],
    ['本届评委：韦本坚、邹其林、冯晓明。', '韦本坚'],
    ['▲图片记者黎旭阳、韦妍摄', '韦妍'],
  ])('in %s finds %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['马化腾与高大为难地说。', '高大为'],
    ['出席者有马化腾、张家、李彦宏。', '张家'],
    ['会上发言的是马化腾、李彦宏、高启发言人。', '高启发'],
    ['马化腾(董事长)已经到场、韦大为难了。', '韦大为'],
    ['▲图片记者黎旭阳、韦妍摄', '韦妍摄'],
  ])('in %s takes no %s', (text, wrong) => {
    expect(people(text)).not.toContain(wrong);
  });
});

describe('a known name as the given name of a dotted full name', () => {
  it('reads 布莱尔·X as another person, not the known 布莱尔', () => {
    const people = mentions('政治顾问布莱尔·卡特兰对记者表示，计划不变。').filter((m) => m.type === 'Person');
    expect(people.map((m) => [m.norm, m.lexId])).toEqual([['布莱尔·卡特兰', undefined]]);
  });

  it('keeps the known name when no transliterated surname follows the dot', () => {
    const people = mentions('英国前首相布莱尔表示，计划不变。').filter((m) => m.type === 'Person');
    expect(people.map((m) => m.lexId)).toEqual(['tony-blair']);
  });
});

describe('envoy offices in a short-form host or of a party', () => {
  const bodies = (text: string) => mentions(text).filter((m) => m.type === 'GovernmentBody' && m.rule === 'envoy-office').map((m) => m.norm);

  it.each([
    ['a one-character host (驻华)', '法国驻华使馆发表声明。', '法国驻华使馆'],
    ['a party\'s office (中共驻X领事馆)', '当局下令关闭中共驻休斯顿总领事馆。', '中共驻休斯顿总领事馆'],
  ])('reads %s', (_case, text, name) => {
    expect(bodies(text)).toContain(name);
  });

  it.each([
    ['驻 with no office after the host', '法国驻华记者发表文章。'],
    ['a character after 驻 that names no country', '法国驻地使用的设备。'],
  ])('reads no office from %s', (_case, text) => {
    expect(bodies(text)).toEqual([]);
  });
});
