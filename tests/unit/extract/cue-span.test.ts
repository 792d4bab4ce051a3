import { describe, expect, it } from 'vitest';
import { analyze, describeFacts, factsBetween } from '../../fixtures/nlp/make-article.ts';

const EPOCH = { outlet: '大纪元' };

describe('triggers are the cue, as printed', () => {
  it('takes the statement verb, not the adjunct before it (X在听证会召开前公布)', () => {
    const result = analyze('【大纪元讯】美国劳工部在听证会召开前公布，失业人数下降。', EPOCH);
    expect(factsBetween(result, 'CITES', '大纪元', '美国劳工部').map((f) => f.evidence.trigger), describeFacts(result).join('; ')).toEqual(['公布']);
  });

  it('takes the regulation verb of a long gap (X周三在北京宣布对Y罚款)', () => {
    const result = analyze('国家市场监管总局周三在记者会上宣布罚款阿里巴巴集团。');
    const [fact] = result.facts.filter((f) => f.type === 'REGULATES');
    expect(fact?.evidence.trigger, describeFacts(result).join('; ')).toBe('罚款');
  });

  it.each([
    ['被…罚款 past an adjunct', '蚂蚁集团周三在上海被中国人民银行处以罚款。', 'REGULATES', '被…罚款'],
    ['对…约谈 past a time word', '中国人民银行周三对蚂蚁集团进行了约谈。', 'REGULATES', '对…约谈'],
  ])('joins the cue parts of a gap and what follows: %s', (_case, text, type, trigger) => {
    const result = analyze(text);
    expect(result.facts.filter((f) => f.type === type).map((f) => f.evidence.trigger), describeFacts(result).join('; ')).toEqual([trigger]);
  });

  it('gives the trigger in the page’s own characters (約談 on a traditional page)', () => {
    const result = analyze('中國人民銀行約談了螞蟻集團。');
    const [fact] = result.facts.filter((f) => f.type === 'REGULATES');
    expect(fact?.evidence.trigger, describeFacts(result).join('; ')).toBe('約談');
  });
});
