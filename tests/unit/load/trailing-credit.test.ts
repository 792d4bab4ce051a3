import { describe, expect, it } from 'vitest';
import { trailingCredit } from '../../../src/load/trailing-credit.ts';
import { findBylines } from '../../../src/load/find-bylines.ts';

// Invented last paragraphs of portal articles.
describe('trailingCredit', () => {
  it.each([
    ['测试公司将于下月发售新品。(王测)', ['王测']],
    ['共建清朗网络空间。(文/图 李明亮 赵小红)', ['李明亮', '赵小红']],
    ['警方将进一步厘清死因。（陈大文／台中报导）', ['陈大文']],
    ['活动吸引了三百人参加。（文：周小平）', ['周小平']],
  ])('reads %s', (p, names) => {
    expect(trailingCredit(p)).toEqual(names);
  });

  it.each([
    '测试公司将于下月发售新品(2019年)。',
    '他说：“我们会继续努力。”(完)',
    '双方签署了协议。(资料图)',
    '售价为三千元。(约合人民币)',
    '测试公司将于下月发售新品。(新华社)',
    '见下表（甲、乙、丙）',
  ])('reads nothing in %s', (p) => {
    expect(trailingCredit(p)).toEqual([]);
  });
});

describe('findBylines with a trailing credit', () => {
  it('finds the credit after the last sentence, past a box of furniture lines', () => {
    const ps = ['第一段正文。', '第二段正文。', '第三段正文。', '最后一段正文。（陈大文／台中报导）', '关心你', '专线：1995', '专线：1980'];
    expect(findBylines(ps).reporters).toEqual(['陈大文']);
  });

  it('prefers a 记者 credit', () => {
    expect(findBylines(['（测试日报记者王一报道）正文。', '最后一段正文。(李二)']).reporters).toEqual(['王一']);
  });
});
