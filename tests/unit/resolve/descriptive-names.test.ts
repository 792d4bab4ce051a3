import { describe, expect, it } from 'vitest';
import { isDescriptiveName } from '../../../src/resolve/descriptive-names.ts';
import { analyze } from '../../fixtures/nlp/make-article.ts';

describe('isDescriptiveName', () => {
  it.each(['上市证券公司', '中国高科技公司', '各大银行', '房地产项目', '大城市', '塔楼', '香港中资企业', '多家知名互联网企业'])('%s describes a kind', (name) => {
    expect(isDescriptiveName(name)).toBe(true);
  });
  it.each(['招商银行', '大新银行', '平安保险', '小米公司', '大华银行', '新加坡航空公司', '恒大地产', '华为公司', '上海城市'])('%s is a name (a word outside the tables)', (name) => {
    expect(isDescriptiveName(name)).toBe(false);
  });
});

describe('withoutDescriptiveNames in the pipeline: no fact hangs on a description', () => {
  it.each([
    ['证监会对上市证券公司监管规定作出修订。', '上市证券公司'],
    ['基本上各大银行严禁参与被美国制裁的任何活动。', '各大银行'],
    ['纽约曼哈顿塔楼的价值大部份都下降了。', '塔楼'],
  ])('%s', (text, name) => {
    const r = analyze(text);
    expect(r.entities.some((e) => e.name === name)).toBe(false);
  });
  it('keeps a discovered company whose name has a word of its own', () => {
    const r = analyze('美国商务部周五将深圳华兴科技有限公司列入实体清单。');
    expect(r.entities.some((e) => e.name === '深圳华兴科技有限公司')).toBe(true);
  });
});
