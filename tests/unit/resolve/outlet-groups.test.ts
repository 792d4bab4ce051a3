import { describe, expect, it } from 'vitest';
import { analyze } from '../../fixtures/nlp/make-article.ts';

/** The entity a form resolves to: its key and type. */
function entityOf(text: string, form: string): { key: string; type: string } | undefined {
  const e = analyze(text).entities.find((x) => x.mentions.some((m) => m.norm === form));
  return e && { key: e.key, type: e.type };
}

describe('outletGroups: a paper’s name with a company’s ending names the company behind it', () => {
  it('星岛集团 is a company of its own, not the paper 星岛日报', () => {
    expect(entityOf('星岛集团主席王小明周二表示，公司将重组。', '星岛集团')).toEqual({ key: 'Company:星岛集团', type: 'Company' });
  });
  it('the paper’s own names stay the paper', () => {
    expect(entityOf('星岛日报周五报道，楼价下跌。', '星岛日报')?.key).toBe('sing-tao-daily');
  });
  it('a company’s ending on a company’s name is still that company', () => {
    expect(entityOf('福特汽车公司周五宣布裁员。', '福特汽车公司')?.key).toBe('ford');
  });
});
