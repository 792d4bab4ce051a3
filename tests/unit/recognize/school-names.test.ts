import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { SCHOOL_NAME_EXAMPLES, schoolNames } from '../../../src/recognize/school-names.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const organisations = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => m.type === 'Organization' && !m.nested).map((m) => m.norm);

describe('schoolNames', () => {
  it.each(SCHOOL_NAME_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('finds the school in: %s', (text, name) => {
    const doc = makeDoc(text);
    const found = schoolNames(doc);
    expect(found.map((m) => m.norm)).toContain(name);
    for (const m of found) expect(doc.norm.slice(m.start, m.end)).toBe(m.norm);
    expect(organisations(text)).toContain(name);
  });

  it.each(SCHOOL_NAME_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('finds no school in: %s', (text, name) => {
    expect(schoolNames(makeDoc(text)).map((m) => m.norm)).not.toContain(name);
    expect(organisations(text)).not.toContain(name);
  });

  it('nests the lexicon’s place inside the school’s name', () => {
    const ms = recognizeMentions(makeDoc('他毕业于湖南省临澧县实验小学。'), loadLexicon());
    expect(ms.find((m) => m.norm === '湖南省')?.nested).toBe(true);
    expect(ms.find((m) => m.norm === '湖南省临澧县实验小学')?.rule).toBe('school-name');
  });
});
