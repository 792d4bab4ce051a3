import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { GIVEN_NAME_EXAMPLES } from '../../../src/recognize/complete-given-names.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const people = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => m.type === 'Person');

describe('completeGivenNames', () => {
  it.each(GIVEN_NAME_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('completes the name in: %s', (text, name) => {
    const found = people(text);
    expect(found.map((m) => m.norm)).toContain(name);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(GIVEN_NAME_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('leaves the name as found in: %s', (text, name) => {
    expect(people(text).map((m) => m.norm)).not.toContain(name);
  });
});
