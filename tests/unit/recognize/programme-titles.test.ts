import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { PROGRAMME_EXAMPLES } from '../../../src/recognize/programme-titles.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const names = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).map((m) => m.norm);

describe('programmeTitles', () => {
  it.each(PROGRAMME_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('reads the programme in: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each(PROGRAMME_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('reads no programme in: %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it('types a programme as a Product, inside the brackets', () => {
    const doc = makeDoc('她在《城市话题》节目中谈到此事。');
    const m = recognizeMentions(doc, loadLexicon()).find((x) => x.rule === 'programme-title')!;
    expect(m).toMatchObject({ type: 'Product', norm: '城市话题', start: 3, end: 7 });
    expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});
