import { describe, expect, it } from 'vitest';
import { analyze, makeDoc } from '../../fixtures/nlp/make-article.ts';
import { REGIONAL_SENSE_ROWS, articleRegion } from '../../../src/resolve/regional-senses.ts';

/** The entity a page's bare form resolves to: its canonical name, and whether it is a lexicon entity. */
function senseOf(text: string, outlet: string, alias: string): { name: string; linked: boolean } | undefined {
  const r = analyze(text, { outlet });
  const e = r.entities.find((x) => x.mentions.some((m) => m.norm === alias));
  return e && { name: e.name, linked: e.mentions.some((m) => m.norm === alias && m.lexId !== undefined) };
}

describe('regional senses of bare body names (every row’s own examples)', () => {
  for (const row of REGIONAL_SENSE_ROWS) {
    describe(row.id, () => {
      it.each(row.yes.map(([text, outlet, name]) => [text, outlet, name] as const))('reads the region’s body: %s (%s)', (text, outlet, name) => {
        const got = senseOf(text, outlet, row.alias);
        expect(got?.name).toBe(name);
        // Where the region's body is not in the lexicon, the form is its own, unlinked entity.
        const region = articleRegion(makeDoc(text, { outlet }))!;
        expect(got?.linked).toBe(row.senses[region] !== null);
      });
      it.each(row.no.map(([text, outlet, name]) => [text, outlet, name] as const))('keeps the lexicon’s body: %s (%s)', (text, outlet, name) => {
        expect(senseOf(text, outlet, row.alias)?.name).toBe(name);
      });
    });
  }
});

describe('articleRegion', () => {
  it.each([
    ['a Hong Kong outlet', '證監會周五公布結果。', '众新闻', 'hk'],
    ['a Taiwan dateline', '（中央社記者張三台北5日電）央行周四宣布升息。', '大纪元', 'tw'],
    ['a Hong Kong byline', '【大紀元2020年5月1日訊】（大紀元記者張三香港報導）證監會周五公布結果。', '大纪元', 'hk'],
    ['a traditional page naming Macau most', '澳門特區政府周五宣布，澳門居民可在氹仔接種疫苗，澳門市民歡迎。', '', 'mo'],
  ])('places a page by %s', (_what, text, outlet, region) => {
    expect(articleRegion(makeDoc(text, { outlet: outlet || undefined }))).toBe(region);
  });
  it.each([
    ['a mainland outlet', '证监会周五公布结果。', '新华社'],
    ['a simplified page naming Hong Kong', '香港股市周五上涨，香港投资者关注。', ''],
    ['a page quoting a Hong Kong broadcaster', '据香港电台报道，证监会周五公布结果，香港股市上涨。', ''],
  ])('places no region for %s', (_what, text, outlet) => {
    expect(articleRegion(makeDoc(text, { outlet: outlet || undefined }))).toBeUndefined();
  });
});
