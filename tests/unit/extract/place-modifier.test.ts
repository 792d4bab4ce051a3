import { describe, expect, it } from 'vitest';
import { PLACE_GROUP_EXAMPLES, placeModifiesNoun, placeNamesGroup } from '../../../src/extract/place-modifier.ts';
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

describe('placeNamesGroup', () => {
  const group = (text: string, place: string) => {
    const result = analyze(text);
    const doc = result.doc;
    const places = result.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type }))).sort((a, b) => a.start - b.start);
    const at = places.findIndex((m) => doc.norm.slice(m.start, m.end) === place);
    return placeNamesGroup(doc, places, at);
  };
  it.each(PLACE_GROUP_EXAMPLES.positive)('the place names a group in: %s (%s)', (text, place) => {
    expect(group(text, place)).toBe(true);
  });
  it.each(PLACE_GROUP_EXAMPLES.negative)('the place is itself in: %s (%s)', (text, place) => {
    expect(group(text, place)).toBe(false);
  });
});

describe('a place that qualifies a group noun is no party', () => {
  it.each([
    ['Pacific countries are not the ocean', '日本目前正在与东南亚和太平洋国家接触，以建立新的合作网络。', 'PARTNERS_WITH 日本→太平洋', 'PARTNERS_WITH 日本→东南亚'],
    ['Central Asian countries are not Central Asia', '日本与中亚各国签署了合作协议。', 'PARTNERS_WITH 日本→中亚', undefined],
    ['European countries are not Europe', '日本与欧洲国家签署了合作协议。', 'PARTNERS_WITH 日本→欧洲', undefined],
  ])('%s: %s', (_what, text, wrong, alsoWrong) => {
    const found = facts(text);
    expect(found).not.toContain(wrong);
    if (alsoWrong) expect(found).not.toContain(alsoWrong);
  });
  it.each([
    ['a partner that is a country is one', '日本目前正在与越南和太平洋国家接触，以建立新的合作网络。', 'PARTNERS_WITH 日本→越南'],
    ['a region that is no group’s qualifier is one', '日本与中亚签署了合作协议。', 'PARTNERS_WITH 日本→中亚'],
    ['…nor one that is not joined to the group’s', '日本与东南亚合作，太平洋国家也参与。', 'PARTNERS_WITH 日本→东南亚'],
  ])('%s: %s', (_what, text, right) => {
    expect(facts(text)).toContain(right);
  });
});
