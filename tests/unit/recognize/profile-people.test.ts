import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { profilePeople, PROFILE_PERSON_ROWS } from '../../../src/recognize/profile-people.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { analyzeArticle } from '../../../src/pipeline/analyze-article.ts';
import { makeArticle, makeDoc } from '../../fixtures/nlp/make-article.ts';

/** The people the pipeline's recognisers give for a text. */
function people(text: string): string[] {
  return recognizeMentions(makeDoc(text), loadLexicon())
    .filter((m) => m.type === 'Person')
    .map((m) => m.norm);
}

describe('people named by a profile or an appointment (every row’s own examples)', () => {
  for (const row of PROFILE_PERSON_ROWS) {
    describe(row.id, () => {
      it.each(row.positive.map(([text, name]) => [text, name] as const))('finds the person in: %s', (text, name) => {
        expect(people(text)).toContain(name);
      });
      it.each(row.negative.map(([text, name]) => [text, name] as const))('finds no person in: %s', (text, name) => {
        expect(people(text)).not.toContain(name);
      });
    });
  }
});

describe('profilePeople', () => {
  it('keeps offsets into the text and takes no text another recogniser took', () => {
    const doc = makeDoc('柯明远，青禾科技股份有限公司董事长，高级工程师。');
    const found = profilePeople(doc, new Uint8Array(doc.text.length));
    expect(found.map((m) => [m.norm, m.rule, doc.text.slice(m.start, m.end)])).toEqual([['柯明远', 'person-profile-opening', '柯明远']]);
    expect(profilePeople(doc, new Uint8Array(doc.text.length).fill(1))).toEqual([]);
  });

  it('lets the profile give the head a LEADS fact', () => {
    const result = analyzeArticle(makeArticle('柯明远，青禾科技股份有限公司董事长，高级工程师。'), loadLexicon());
    expect(result.facts.filter((f) => f.type === 'LEADS').map((f) => [f.subject, f.object])).toContainEqual(['Person:柯明远', 'Company:青禾科技股份有限公司']);
  });

  it('needs a title later in the sentence for a name opening it', () => {
    expect(people('柯明远，1968年生于湖北。')).not.toContain('柯明远');
  });
});
