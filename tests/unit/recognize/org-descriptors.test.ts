import { describe, expect, it } from 'vitest';
import { ORG_DESCRIPTORS } from '../../../src/recognize/org-descriptors.ts';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const names = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).map((m) => m.norm);

describe('organisation descriptors', () => {
  it.each(ORG_DESCRIPTORS.map((d) => [d.id, ...d.example] as const))('%s: the name in %s starts after the description (%s)', (_id, text, name) => {
    const found = names(text);
    expect(found.some((n) => n.endsWith(name))).toBe(true);
    expect(found.filter((n) => n.includes(name) && n !== name)).toEqual([]);
  });

  it('keeps a name that starts with an example word (如新集团)', () => {
    expect(names('昨天宣布如新集团公布了业绩。')).toContain('如新集团');
  });
});
