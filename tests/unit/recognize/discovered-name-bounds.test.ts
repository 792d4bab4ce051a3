import { describe, expect, it } from 'vitest';
import { analyze } from '../../fixtures/nlp/make-article.ts';

// Where a discovered name starts: a conjunction inside it, a time word or a verb before it.
const names = (text: string) => analyze(text).entities.map((e) => e.name);

describe('bounds of discovered names', () => {
  it.each([
    ['暨 joins two parts of one name', '华盛顿智库战略暨国际研究中心资深研究员葛来仪表示。', '战略暨国际研究中心', '暨国际研究中心'],
    ['当 (when) starts no name', '当MSNBC电视台评论员海斯坚称，要和解。', 'MSNBC电视台', '当MSNBC电视台'],
    ['均 (all) glued to a name after a role is the name’s (one person takes no “all”)', '律师何恒均被控间谍罪。', '何恒均', '何恒'],
    ['…and so before a date', '前情报官员张恒均10月7日被检察院起诉。', '张恒均', '张恒'],
    ['…while 亦 (also) still ends the name', '公司经理王志亦表示反对。', '王志', '王志亦'],
    ['…while the list’s own items stay names', '代表团包括交通局、投资局及国家科学院等18位官员。', '交通局', '局及国家科学院'],
  ])('%s: %s', (_what, text, right, wrong) => {
    const found = names(text);
    expect(found).toContain(right);
    expect(found).not.toContain(wrong);
  });

  it.each([
    ['a verb and its complement before 法院 name no court', '他们可以告上法院指控特朗普政府违宪。', '告上法院'],
    ['时 after a verb is “when”, not a surname', '李瑞英曾是江泽民出访时必带的央视女主播。', '时必带'],
    ['a list item’s ending glued to 及 (局及) starts no name', '代表团包括交通局、投资局及国家科学院等18位官员。', '局及国家科学院'],
  ])('%s: %s', (_what, text, wrong) => {
    expect(names(text)).not.toContain(wrong);
  });
});

describe('names after a title and names the tagger proposes (a fresh sample of the news-2019-2022 graph)', () => {
  it.each([
    ['a surname before a verb the dictionary knows', '吴掌控的安邦保险属于私企。', '吴掌控'],
    ['a given name ending on a preposition', '高通中国业务负责人张严对《每日经济新闻》记者表示，芯片会上市。', '张严对'],
    ['a verb with its aspect mark after a title', '拜登同乌克兰领导人谈过能源安全问题。', '谈过'],
    ['a numeral and a measure after a title', '他同时担任安徽省监狱管理局局长一职。', '一职'],
    ['a preposition before a generic word after a title', '广东省委负责人向中央领导同志提出建议。', '向中央'],
    ['a case glued to the name', '法院宣判粮食集团原董事长孟祥久案，判处徒刑。', '孟祥久案'],
    ['a byline’s 综合 glued to the name', '（本台记者凌杉综合报导）华为说，业务稳定。', '凌杉综'],
    ['“among” (中有) after a plural role', '分析人士说，这家公司的股东中有众多官员子弟。', '中有'],
    ['涉 (involved in) glued to the name', '某地产公司老板刘建涉黑被起诉。', '刘建涉'],
    ['则 (whereas) glued to the name', '该公司总经理刘建则表示反对。', '刘建则'],
  ])('%s: %s', (_what, text, wrong) => {
    expect(names(text)).not.toContain(wrong);
  });

  it.each([
    ['the name before a case', '法院宣判粮食集团原董事长孟祥久案，判处徒刑。', '孟祥久'],
    ['the name before a byline’s 综合', '（本台记者凌杉综合报导）华为说，业务稳定。', '凌杉'],
    ['a foreign name of four parts is one name', '墨西哥总统安德烈·曼努埃尔·洛佩斯·奥布拉多（Andres Manuel Lopez Obrador）祝愿他康复。', '安德烈·曼努埃尔·洛佩斯·奥布拉多'],
    ['a three-character name after a title', '该集团公司董事长许晓刚表示，业务稳定。', '许晓刚'],
    ['the name before 涉 (involved in)', '某地产公司老板刘建涉黑被起诉。', '刘建'],
  ])('%s: %s', (_what, text, right) => {
    expect(names(text)).toContain(right);
  });
});
