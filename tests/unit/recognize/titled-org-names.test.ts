import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { titledOrgNames, TITLED_ORG_ROWS } from '../../../src/recognize/titled-org-names.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { analyzeArticle } from '../../../src/pipeline/analyze-article.ts';
import { makeDoc, makeArticle } from '../../fixtures/nlp/make-article.ts';

/** The organisations (any type but people and places) the pipeline's recognisers give for a text. */
function organisations(text: string): string[] {
  return recognizeMentions(makeDoc(text), loadLexicon())
    .filter((m) => m.type !== 'Person' && m.type !== 'Location')
    .map((m) => m.norm);
}

describe('organisations named before a head’s title (every row’s own examples)', () => {
  for (const row of TITLED_ORG_ROWS) {
    describe(row.id, () => {
      it.each(row.positive.map(([text, name]) => [text, name] as const))('finds the organisation in: %s', (text, name) => {
        expect(organisations(text)).toContain(name);
        const doc = makeDoc(text);
        expect(titledOrgNames(doc).map((m) => [m.norm, m.rule])).toContainEqual([name, row.id]);
      });
      it.each(row.negative.map(([text, name]) => [text, name] as const))('finds no organisation in: %s', (text, name) => {
        expect(organisations(text)).not.toContain(name);
      });
    });
  }
});

describe('titledOrgNames', () => {
  it('keeps offsets into the text and gives the head a LEADS fact', () => {
    const text = '据悉，翠羽视界董事长何立民表示，今年将扩大生产。';
    const doc = makeDoc(text);
    for (const m of titledOrgNames(doc)) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    const result = analyzeArticle(makeArticle(text), loadLexicon());
    const leads = result.facts.filter((f) => f.type === 'LEADS').map((f) => [f.subject, f.object]);
    expect(leads).toContainEqual(['Person:何立民', 'Company:翠羽视界']);
  });

  it('needs a person’s name after the title', () => {
    expect(titledOrgNames(makeDoc('翠羽视界董事长表示，今年将扩大生产。'))).toEqual([]);
  });
});
