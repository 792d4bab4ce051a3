import { describe, expect, it } from 'vitest';
import { analyze } from '../../fixtures/nlp/make-article.ts';

/** What the mention of `form` is linked to: a lexicon id, 'unlinked', or undefined when there is no such mention. */
function linkOf(text: string, form: string): string | undefined {
  const r = analyze(text);
  const m = r.entities.flatMap((e) => e.mentions).find((x) => x.norm === form);
  return m ? (m.lexId ?? 'unlinked') : undefined;
}

describe('foreignSentenceBodies: a bare PRC ministry name in a sentence about another country', () => {
  it.each([
    ['a US minister earlier in the sentence', '美国国务卿周三表示，国务院将发表声明谴责此事。', '国务院', 'us-state-dept'],
    ['a US president earlier in the sentence', '美国总统拜登提名的法官周日叫停了商务部下令下架该应用的命令。', '商务部', 'us-commerce-dept'],
    ['a country whose ministry the lexicon lacks', '日本首相周五会见记者后，外交部随即发表声明。', '外交部', 'unlinked'],
  ])('is that country’s body: %s', (_what, text, form, want) => {
    expect(linkOf(text, form)).toBe(want);
  });
  it.each([
    ['the mainland named before the body', '中国外交部周三表示，坚决反对此事。', '中国外交部', 'mfa-china'],
    ['a sentence naming only China', '中国经济增速放缓，商务部周三表示将出台新政。', '商务部', 'mofcom'],
    ['China nearer than the foreign country', '美国财长表示关切，中国则称商务部周五出台了反制措施。', '商务部', 'mofcom'],
    ['a foreign country that is a verb’s object', '针对美国正在考虑的限制措施，外交部周五表示坚决反对。', '外交部', 'mfa-china'],
    ['a foreign official who is a verb’s object', '中方周五直斥美国国务卿蓬佩奥造谣，同时外交部发言人表示坚决反对。', '外交部', 'mfa-china'],
    ['a foreign official whom a spokesman criticises', '中方周五谴责美国国务卿蓬佩奥造谣，同时外交部发言人表示坚决反对。', '外交部', 'mfa-china'],
    ['a foreign country in an earlier sentence', '美国总统拜登周三发表讲话。外交部随后发表声明。', '外交部', 'mfa-china'],
  ])('keeps the PRC body: %s', (_what, text, form, want) => {
    expect(linkOf(text, form)).toBe(want);
  });
});
