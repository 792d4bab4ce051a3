import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { LONGER_NAME_EXAMPLES } from '../../../src/recognize/longer-written-names.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const mentions = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => !m.nested);

describe('longerWrittenName', () => {
  it.each(LONGER_NAME_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('takes the longer written name, not the known one inside it: %s', (text, name) => {
    const found = mentions(text);
    const m = found.find((x) => x.norm === name);
    expect(m?.lexId).toBeUndefined();
    expect(m?.source).toBe('discovery');
    expect(found.filter((x) => x.start >= m!.start && x.end <= m!.end)).toEqual([m]);
  });

  it.each(LONGER_NAME_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('keeps the known company when only its own endings follow: %s', (text, name) => {
    const m = mentions(text).find((x) => name.startsWith(x.norm) && x.start === text.indexOf(x.norm));
    expect(m?.lexId).toBeDefined();
  });
});
