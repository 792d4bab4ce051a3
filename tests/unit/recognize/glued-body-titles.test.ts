import { describe, expect, it } from 'vitest';
import { GLUED_TITLE_RULES } from '../../../src/recognize/glued-body-titles.ts';
import { matchLexicon } from '../../../src/recognize/match-lexicon.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const bodies = (text: string): string[] => matchLexicon(makeDoc(text), loadLexicon()).filter((m) => m.type === 'GovernmentBody').map((m) => m.norm);

describe('glued body titles: each rule finds the body in its own examples and nothing in its negative ones', () => {
  for (const rule of GLUED_TITLE_RULES) {
    it(rule.id, () => {
      expect(rule.yes.length).toBeGreaterThan(0);
      expect(rule.no.length).toBeGreaterThan(0);
      for (const [text, body] of rule.yes) expect(bodies(text), `${rule.id}: ${text}`).toContain(body);
      for (const text of rule.no) expect(bodies(text), `${rule.id}: ${text}`).toEqual([]);
    });
  }

  it('ids are unique', () => {
    expect(new Set(GLUED_TITLE_RULES.map((r) => r.id)).size).toBe(GLUED_TITLE_RULES.length);
  });
});
