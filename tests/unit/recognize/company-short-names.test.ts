import { describe, expect, it } from 'vitest';
import { recognizeMentions, DEFAULT_RECOGNIZE_OPTIONS } from '../../../src/recognize/recognize-mentions.ts';
import { companyShortNames } from '../../../src/recognize/company-short-names.ts';
import { SHORT_NAME_RULES } from '../../../src/recognize/company-short-name-rules.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

/** The companies the pipeline's recognisers give for a text. */
function companies(text: string, shortNames = true): string[] {
  const ms = recognizeMentions(makeDoc(text), loadLexicon(), { ...DEFAULT_RECOGNIZE_OPTIONS, shortNames });
  return ms.filter((m) => m.type === 'Company').map((m) => m.norm);
}

describe('company short names (every rule’s own examples)', () => {
  for (const rule of SHORT_NAME_RULES) {
    describe(rule.id, () => {
      it.each(rule.positive.map(([text, names]) => [text, names] as const))('finds the short names in: %s', (text, names) => {
        const got = companies(text);
        for (const n of names) expect(got).toContain(n);
        // …and the short-name rules are what found them: without them they are missed.
        const without = companies(text, false);
        expect(names.some((n) => !without.includes(n))).toBe(true);
      });
      it.each(rule.negative.map(([text, names]) => [text, names] as const))('finds no company in: %s', (text, names) => {
        const got = companies(text);
        for (const n of names) expect(got).not.toContain(n);
      });
    });
  }
});

describe('companyShortNames', () => {
  it('names the rule that licensed each mention, with offsets into the text', () => {
    const doc = makeDoc('青松药业拟增持禾丰堂5%股权。禾丰堂董事长表示欢迎。');
    const ms = companyShortNames(doc, new Uint8Array(doc.text.length));
    expect(ms.map((m) => [m.norm, m.rule])).toEqual([
      ['青松药业', 'short-suffix'],
      ['禾丰堂', 'short-after-stake-verb'],
      ['禾丰堂', 'short-repeat'],
    ]);
    for (const m of ms) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('takes no text another recogniser took', () => {
    const doc = makeDoc('青松药业拟增持禾丰堂5%股权。');
    const occupied = new Uint8Array(doc.text.length).fill(1);
    expect(companyShortNames(doc, occupied)).toEqual([]);
  });

  it('reads no common word after a stake verb as a name (注资周转, 认购权前)', () => {
    expect(companies('有基金需要同行注资周转，亦有机构宣布停止。')).not.toContain('周转');
    expect(companies('在执行超额认购权前，公司可筹资四十亿元。')).not.toContain('权前');
  });
});

describe('company short names beside people and places', () => {
  it('leaves a person after a shareholder’s title a person when no industry ending follows', () => {
    const ms = recognizeMentions(makeDoc('公司大股东王明远昨日抛售了部分股份。'), loadLexicon());
    expect(ms.filter((m) => m.type === 'Person').map((m) => m.norm)).toContain('王明远');
  });

  it('nests the place that opens a short name inside it', () => {
    const ms = recognizeMentions(makeDoc('远帆集团拟增持天津翠岭5%股权。'), loadLexicon());
    expect(ms.find((m) => m.norm === '天津')?.nested).toBe(true);
  });
});
