import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';

const facts = (text: string) => describeFacts(analyze(text)).map((f) => f.replace(/ \[[^\]]*\]$/, ''));

describe('pronouns do not refer to the byline or the dateline', () => {
  const text = '【希望之声2020年9月7日】（本台记者凌杉综合报导）由于美国考虑对其进行制裁，中芯国际周一股价大跌。';
  it('neither the reporter of the byline nor the outlet of the dateline is sanctioned', () => {
    expect(facts(text).filter((f) => f.startsWith('REGULATES 美国→'))).toEqual([]);
  });

  it('a name in the story before the pronoun is still its antecedent', () => {
    expect(facts('【希望之声2020年9月7日】（本台记者凌杉综合报导）中芯国际表示，美国考虑对其进行制裁。')).toContain('REGULATES 美国→中芯国际');
  });
});

describe('pronouns do not refer to the signature of a quoted piece (seed-9091 judged sample)', () => {
  it('——X【next item…其…】: the signature is not sanctioned', () => {
    expect(facts('更多行动还在后头。——马云【美国制裁11名中港官员对其有何影响？】8月7日，美国宣布制裁。')).not.toContain('REGULATES 美国→马云');
  });
  it('a speaker named in the sentence is still the antecedent', () => {
    expect(facts('马云说，美国制裁对其有影响。')).toContain('REGULATES 美国→马云');
  });
});
