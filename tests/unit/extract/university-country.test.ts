import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';

/** `TYPE subject→object [rule]` of every fact read from the text. */
const facts = (text: string) => describeFacts(analyze(text));

describe('located-university-country: a foreign country a university is named with is where it is', () => {
  it.each([
    ['a country inside the name, another country', '她去年考入英国曼彻斯特大学，英国的学费很高。'],
    ['a country inside the name, before a title', '德国海德堡大学教授施密特表示，德国经济放缓。'],
    ['a country right before the name', '他后来在美国普林斯顿大学任教，并入籍美国。'],
  ])('%s: %s', (_what, text) => {
    expect(facts(text).filter((f) => f.startsWith('LOCATED_IN') && /大学/.test(f))).not.toEqual([]);
  });

  it.each([
    ['China names, it does not place', '中国人民大学的学者认为，中国经济仍在增长。'],
    ['a bare kind, no name', '美国大学的学费很高，美国家长很担心。'],
    ['a research institute is no university', '美国能源研究所发布报告，美国油价下跌。'],
  ])('%s: %s', (_what, text) => {
    expect(facts(text).filter((f) => f.startsWith('LOCATED_IN') && /located-(?:university-country|nationality)/.test(f) && /(?:大学|研究所)/.test(f))).toEqual([]);
  });
});
