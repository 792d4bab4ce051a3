import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SENTENCE_CHARS, splitSentences } from '../../../src/segment/split-sentences.ts';

/** The text of each sentence, sliced with its own offsets. */
function texts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each([
    ['蚂蚁集团发布声明。马云没有出席。', ['蚂蚁集团发布声明。', '马云没有出席。']],
    ['央行会批准吗？没有人知道！', ['央行会批准吗？', '没有人知道！']],
    ['蚂蚁集团暂停上市；支付宝照常运营。', ['蚂蚁集团暂停上市；', '支付宝照常运营。']],
    ['第一段没有句号\n第二段。', ['第一段没有句号', '第二段。']],
    ['最后一句没有句号', ['最后一句没有句号']],
  ])('splits %j on Chinese terminators and line breaks', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ['马云说：“我们会继续。”他笑了。', ['马云说：“我们会继续。”', '他笑了。']],
    ['发言人说：「不予置评。」记者追问。', ['发言人说：「不予置评。」', '记者追问。']],
    ['（此文仅供参考。）下一句。', ['（此文仅供参考。）', '下一句。']],
  ])('gives the closing quote or bracket after a terminator to the sentence it ends: %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('does not split on a comma or a colon', () => {
    expect(texts('据报导，蚂蚁集团：正在洽谈。')).toEqual(['据报导，蚂蚁集团：正在洽谈。']);
  });

  it('does not split a decimal number or a Latin abbreviation on its full stop', () => {
    expect(texts('利率为3.5%。U.S. Steel宣布。')).toEqual(['利率为3.5%。', 'U.S. Steel宣布。']);
  });

  it('gives exact offsets that skip surrounding whitespace and never overlap', () => {
    const text = '  蚂蚁集团发布声明。 \n 马云没有出席。  ';
    const sentences = splitSentences(text);
    expect(sentences).toEqual([
      { index: 0, start: 2, end: 11 },
      { index: 1, start: 14, end: 21 },
    ]);
    expect(text.slice(14, 21)).toBe('马云没有出席。');
  });

  it('numbers sentences in order and covers every non-space character', () => {
    const text = '甲公司成立。乙公司上市！\n丙公司呢？“好。”';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    const covered = sentences.map((s) => text.slice(s.start, s.end)).join('');
    expect(covered).toBe(text.replace(/\s/g, ''));
  });

  it('returns no sentence for an empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  describe('sentences longer than the limit', () => {
    const pieces = (text: string, max: number) => splitSentences(text, max).map((s) => text.slice(s.start, s.end));

    it('are cut after the last clause mark in the second half of the limit', () => {
      expect(pieces('甲乙丙，丁戊己庚，辛壬癸子丑', 10)).toEqual(['甲乙丙，丁戊己庚，', '辛壬癸子丑']);
      expect(pieces('甲乙丙丁、戊己庚辛', 6)).toEqual(['甲乙丙丁、', '戊己庚辛']);
    });

    it('are cut at the limit when there is no mark, never inside a surrogate pair', () => {
      expect(pieces('甲乙丙丁戊己庚', 3)).toEqual(['甲乙丙', '丁戊己', '庚']);
      expect(pieces('甲乙𠀀丙', 3)).toEqual(['甲乙', '𠀀丙']);
    });

    it('keep every piece of a 1,000,000-character line within the default limit, covering it all', () => {
      const text = '中国外交部发言人表示美国政府没有和华为公司签署协议'.repeat(40_000);
      const sentences = splitSentences(text);
      expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(DEFAULT_MAX_SENTENCE_CHARS);
      expect(sentences.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
      expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    });
  });
});
