import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { CHINA_REGIONS, CHINA_REGION_EXAMPLES, REGION_WORDS_AFTER } from '../../../src/recognize/china-regions.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const places = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => m.type === 'Location').map((m) => m.norm);

describe('chinaRegions', () => {
  it('lists each region and each word after once', () => {
    expect(new Set(CHINA_REGIONS).size).toBe(CHINA_REGIONS.length);
    expect(new Set(REGION_WORDS_AFTER).size).toBe(REGION_WORDS_AFTER.length);
  });

  it.each(CHINA_REGION_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('reads the region in: %s', (text, name) => {
    expect(places(text)).toContain(name);
  });

  it.each(CHINA_REGION_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('reads no region in: %s', (text, name) => {
    expect(places(text)).not.toContain(name);
  });

  it('keeps offsets', () => {
    const doc = makeDoc('今天华南、华中和东北地区都有雨。');
    const found = recognizeMentions(doc, loadLexicon()).filter((m) => m.rule === 'china-region');
    expect(found.map((m) => m.norm)).toEqual(['华南', '华中', '东北地区']);
    for (const m of found) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});
