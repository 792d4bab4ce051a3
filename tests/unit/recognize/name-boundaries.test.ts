import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

// Error patterns from a hand-judged sample of the news-2019-2022 graph: spans that took a neighbour's characters,
// and ordinary words taken for names.
const mentions = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).map((m) => [m.norm, m.type] as const);

describe('name boundaries', () => {
  it.each([
    ['只得大律师公会前主席林定国及身兼全国政协的资深大律师胡汉清。', '林定国', 'Person'],
    ['联邦调查局局长克里斯托弗˙雷和司法部长与我同席发表。', '克里斯托弗˙雷', 'Person'],
    ['局长克里斯托弗‧雷表示。', '克里斯托弗‧雷', 'Person'],
    ['共同持有香港上市公司安乐工程的股份。', '香港', 'Location'],
    ['香港中文大学高级讲师蔡子强的分析认为有变。', '蔡子强', 'Person'],
    ['香港中文大学教授庄太量表示，经济放缓。', '庄太量', 'Person'],
    ['记者张伟强调，消息属实。', '张伟', 'Person'],
  ])('in %s finds %s', (text, name, type) => {
    expect(mentions(text)).toContainEqual([name, type]);
  });

  it.each([
    ['只得大律师公会前主席林定国及身兼全国政协的资深大律师胡汉清。', '林定国及'],
    ['联邦调查局局长克里斯托弗˙雷和司法部长与我同席发表。', '克里斯托弗'],
    ['川普于是开所有美国总统所未开的先河。', '所未开'],
    ['共同持有香港上市公司安乐工程的股份。', '香港上市公司'],
    ['按中国爱国式说法，汇丰是爪牙。', '爱国'],
    ['他是澳门土身土长，发迹史与博彩业有渊源。', '土身土长'],
    ['中国春节前夕，马耳他温暖如春。', '温暖如春'],
    ['香港中文大学高级讲师蔡子强的分析认为有变。', '蔡子'],
    ['记者张伟强调，消息属实。', '张伟强'],
    ['台湾虽小，从利益上远远没有价值。', '虽小'],
    ['香港今届的立法会选举押后。', '今届'],
  ])('in %s takes no %s', (text, wrong) => {
    expect(mentions(text).map(([n]) => n)).not.toContain(wrong);
  });

  it('still reads a transliterated town after its state (康涅狄格州法明顿)', () => {
    expect(mentions('工厂在康涅狄格州法明顿。')).toContainEqual(['法明顿', 'Location']);
  });
});

// Fourth judged sample (news-2019-2022 graph): an example cue glued to a name after a pause, and the parts or
// events of a place the segmenter tags as places.
describe('example cues and parts of places', () => {
  it.each([
    ['客户遍布各行业，如宏盛证券的经纪业务。', '宏盛证券', 'Company'],
  ])('in %s finds %s', (text, name, type) => {
    expect(mentions(text)).toContainEqual([name, type]);
  });

  it.each([
    ['客户遍布各行业，如宏盛证券的经纪业务。', '如宏盛证券'],
    ['他刚到广州南站，就被专车接走。', '南站'],
    ['防线包括菲律宾列岛在内。', '列岛'],
    ['纪念法国开国的先贤们。', '开国'],
  ])('in %s finds no %s', (text, wrong) => {
    expect(mentions(text).map(([n]) => n)).not.toContain(wrong);
  });
});
