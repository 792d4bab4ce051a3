import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { REGISTERED_NAME_EXAMPLES, registeredNames } from '../../../src/recognize/registered-names.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const companies = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => m.type === 'Company' && !m.nested).map((m) => m.norm);

describe('registeredNames', () => {
  it.each(REGISTERED_NAME_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('finds the registered name in: %s', (text, name) => {
    expect(companies(text)).toContain(name);
  });

  it.each(REGISTERED_NAME_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('does not take in: %s', (text, name) => {
    expect(registeredNames(makeDoc(text)).map((m) => m.norm)).not.toContain(name);
    expect(companies(text)).not.toContain(name);
  });

  it('keeps a verb and a bracketed part inside the name, with offsets', () => {
    const doc = makeDoc('青州港（集团）有限公司与青州远帆拍卖有限公司签约。');
    const found = registeredNames(doc);
    expect(found.map((m) => m.norm)).toEqual(['青州港（集团）有限公司', '青州远帆拍卖有限公司']);
    for (const m of found) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('makes no name of a split-off particle (油蔴地小轮船有限公司)', () => {
    expect(registeredNames(makeDoc('香港油蔴地小轮船有限公司')).map((m) => m.norm)).toEqual([]);
  });
});

describe('registered names in the pipeline', () => {
  it('are found by this rule, not the general suffix rule', () => {
    for (const [text, name] of REGISTERED_NAME_EXAMPLES.positive) {
      const m = recognizeMentions(makeDoc(text), loadLexicon()).find((x) => x.norm === name);
      expect(m?.rule).toBe('registered-name');
    }
  });
});
