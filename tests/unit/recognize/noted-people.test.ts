import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { NOTED_PEOPLE_EXAMPLES } from '../../../src/recognize/noted-people.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const people = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => m.type === 'Person').map((m) => m.norm);

describe('notedPeople', () => {
  it.each(NOTED_PEOPLE_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('reads the person in: %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each(NOTED_PEOPLE_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('reads no noted person in: %s', (text, name) => {
    expect(people(text)).not.toContain(name);
  });

  it('seeds the rest of the list, notes or not, with offsets', () => {
    const doc = makeDoc('化学奖：常望舒(2015年)，韩沐阳、柏知远(2016年)。');
    const found = recognizeMentions(doc, loadLexicon()).filter((m) => m.type === 'Person');
    expect(found.map((m) => m.norm)).toEqual(['常望舒', '韩沐阳', '柏知远']);
    for (const m of found) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});
