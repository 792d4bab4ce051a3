import { describe, expect, it } from 'vitest';
import { placeModifiesNoun } from '../../../src/extract/place-modifier.ts';
import { analyze, describeFacts, makeDoc } from '../../fixtures/nlp/make-article.ts';

/** `TYPE subject→object`, without the rule. */
const facts = (text: string) => describeFacts(analyze(text)).map((f) => f.replace(/ \[[^\]]*\]$/, ''));

describe('placeModifiesNoun', () => {
  const after = (text: string, place: string) => {
    const doc = makeDoc(text);
    return placeModifiesNoun(doc, doc.norm.indexOf(place) + place.length);
  };
  it.each([
    ['a common noun after the place', '被中国制裁的加拿大牛肉仍有优势。', '加拿大', true],
    ['a mark after the place', '美国制裁伊朗，油价上涨。', '伊朗', false],
    ['a conjunction after the place', '美国制裁伊朗和朝鲜。', '伊朗', false],
    ['an action noun after the place is the action on it', '美国对伊朗制裁。', '伊朗', false],
    ['a locative after the place', '美国制裁俄罗斯后，油价上涨。', '俄罗斯', false],
  ])('%s: %s', (_what, text, place, expected) => {
    expect(after(text, place)).toBe(expected);
  });
});

describe('a place that qualifies a noun is not what is regulated', () => {
  it.each([
    ['a sanctioned country’s goods', '被中国制裁的加拿大牛肉仍有竞争优势。', 'REGULATES 中国→加拿大'],
    ['a verb before a country and its goods', '有人说中国就封杀美国稀土。', 'REGULATES 中国→美国'],
  ])('%s: %s', (_what, text, wrong) => {
    expect(facts(text)).not.toContain(wrong);
  });

  // DESIGN: REGULATES objects are an organisation, a product or a person; a country is never one, whether it is
  // the target (美国制裁伊朗) or qualifies a noun (src/extract/regulator-checks.ts, `no-place-object`).
  it.each([
    ['a country as the object', '美国制裁伊朗，油价上涨。', 'REGULATES 美国→伊朗'],
    ['countries in a list', '美国制裁伊朗和朝鲜。', 'REGULATES 美国→朝鲜'],
    ['the action noun after the object', '美国对伊朗实施制裁。', 'REGULATES 美国→伊朗'],
    ['after 对 a place before a noun', '2010年中国对日本稀土禁运前，价格上涨。', 'REGULATES 中国→日本'],
  ])('%s draws nothing: %s', (_what, text, wrong) => {
    expect(facts(text)).not.toContain(wrong);
  });
});
