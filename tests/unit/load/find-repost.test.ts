import { describe, expect, it } from 'vitest';
import { outletFromName } from '../../../src/load/find-outlet.ts';
import { findRepost, REPOST_RULES } from '../../../src/load/find-repost.ts';

describe('REPOST_RULES examples', () => {
  const positives = REPOST_RULES.flatMap((rule) => rule.positive.map(([line, source]) => [rule.id, line, source] as const));
  const negatives = REPOST_RULES.flatMap((rule) => rule.negative.map((line) => [rule.id, line] as const));

  it('has positive and negative examples for every rule', () => {
    expect(REPOST_RULES.length).toBeGreaterThanOrEqual(3);
    for (const rule of REPOST_RULES) {
      expect(rule.positive.length, rule.id).toBeGreaterThan(0);
      expect(rule.negative.length, rule.id).toBeGreaterThan(0);
    }
  });

  for (const [id, line, source] of positives) {
    it(`${id} finds the source of ${line}`, () => {
      expect(findRepost([line])).toEqual({ outlet: outletFromName(source) ?? source, rule: id });
    });
  }

  for (const [id, line] of negatives) {
    it(`${id} reads no repost in ${line}`, () => {
      expect(findRepost([line])).toBeUndefined();
    });
  }
});

describe('findRepost', () => {
  it('gives canonical names for outlets the table knows', () => {
    expect(outletFromName('中央社')).toBe('中央社');
    expect(findRepost(['來源：中央社'])).toEqual({ outlet: '中央社', rule: 'repost-source' });
    expect(findRepost(['轉載自北京日報'])).toEqual({ outlet: '北京日报', rule: 'repost-from' });
    expect(findRepost(['來源：聯合新聞網'])).toEqual({ outlet: '联合报', rule: 'repost-source' });
  });

  it('keeps a name the table does not know as printed', () => {
    expect(findRepost(['原文来自「测试周刊」'])).toEqual({ outlet: '测试周刊', rule: 'repost-from' });
    expect(findRepost(['本文来自微信公众号「測試週刊」'])).toEqual({ outlet: '测试周刊', rule: 'repost-from' });
  });

  it('reads the account name after 微信公众号：', () => {
    expect(findRepost(['本文来自微信公众号：测试周刊'])).toEqual({ outlet: '测试周刊', rule: 'repost-from' });
  });

  it('reads no repost of the host itself', () => {
    expect(findRepost(['来源：新京报'], '新京报')).toBeUndefined();
    expect(findRepost(['來源：新京報'], '新京报')).toBeUndefined();
    expect(findRepost(['来源：新京报'], '北京日报')).toEqual({ outlet: '新京报', rule: 'repost-source' });
  });

  it('reads no outlet in 来源：网络, 来源：本站 and other non-outlets', () => {
    for (const line of ['来源：网络', '來源：網絡', '来源：本站', '来源：网友投稿', '来源：https://example.com/a', '转自微信']) {
      expect(findRepost([line]), line).toBeUndefined();
    }
  });

  it('skips lines longer than 240 characters', () => {
    expect(findRepost([`来源：北京日报，${'内容'.repeat(116)}`])).toEqual({ outlet: '北京日报', rule: 'repost-source' });
    expect(findRepost([`来源：北京日报，${'内容'.repeat(117)}`])).toBeUndefined();
  });

  it('reads only the first and last 8 lines of an article longer than 16 lines', () => {
    const lines = (at: number, count = 30): string[] => Array.from({ length: count }, (_, i) => (i === at ? '来源：北京日报' : `第${i}段正文。`));
    expect(findRepost(lines(3))?.outlet).toBe('北京日报');
    expect(findRepost(lines(7))?.outlet).toBe('北京日报');
    expect(findRepost(lines(8))).toBeUndefined();
    expect(findRepost(lines(15))).toBeUndefined();
    expect(findRepost(lines(21))).toBeUndefined();
    expect(findRepost(lines(22))?.outlet).toBe('北京日报');
    expect(findRepost(lines(29))?.outlet).toBe('北京日报');
    expect(findRepost(lines(10, 16))?.outlet).toBe('北京日报');
  });

  it('gives the first repost line found', () => {
    expect(findRepost(['正文。', '来源：澎湃新闻', '转载自北京日报'])).toEqual({ outlet: '澎湃新闻', rule: 'repost-source' });
  });

  it('is undefined when no line names a source', () => {
    expect(findRepost([])).toBeUndefined();
    expect(findRepost(['记者张三报道。', '消息来源称，两人已经离开。'])).toBeUndefined();
  });
});

describe('findRepost on hostile lines', () => {
  it('stays fast on runs of spaces between the cue and the name', () => {
    // The optional-space parts of the patterns could share one run of spaces in exponentially many ways.
    expect(findRepost([`本文来自${' '.repeat(200)}x`])).toBeUndefined();
    expect(findRepost([`转自${' '.repeat(100)}：${' '.repeat(100)}`])).toBeUndefined();
  }, 5_000);
});
