import { describe, expect, it } from 'vitest';
import { SENSE_ROWS } from '../../../src/recognize/sense-checks.ts';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const lexIdsAt = (text: string, alias: string) =>
  recognizeMentions(makeDoc(text), loadLexicon())
    .filter((m) => m.norm === alias)
    .map((m) => m.lexId);

describe('sense checks for ambiguous lexicon aliases', () => {
  const yes = SENSE_ROWS.flatMap((r) => r.yes.map((t) => [r.id, t, r.alias, r.lexId] as const));
  const no = SENSE_ROWS.flatMap((r) => r.no.map((t) => [r.id, t, r.alias, r.lexId] as const));

  it.each(yes)('%s: in %s, %s is the lexicon entity', (_id, text, alias, lexId) => {
    const found = lexIdsAt(text, alias);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id === lexId)).toBe(true);
  });

  it.each(no)('%s: in %s, %s is not the lexicon entity', (_id, text, alias, lexId) => {
    expect(lexIdsAt(text, alias)).not.toContain(lexId);
  });

  it('every row names a lexicon entry that has the alias', () => {
    const lexicon = loadLexicon();
    for (const r of SENSE_ROWS) {
      const entry = lexicon.entries.find((e) => e.id === r.lexId);
      expect(entry, r.id).toBeDefined();
      expect([entry!.name, ...entry!.aliases]).toContain(r.alias);
    }
  });
});

describe('a brand’s name in lower case inside an English phrase', () => {
  const idsOf = (text: string, form: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => m.norm.toLowerCase() === form).map((m) => m.lexId);
  it('is the English word: 学生签证（F-1 visa）', () => {
    expect(idsOf('领事馆批准了四个学生签证（F-1 visa）。', 'visa')).not.toContain('visa');
  });
  it('is the brand when written as a name (Visa和万事达卡) or standing alone', () => {
    expect(idsOf('Visa和万事达卡暂停了在俄罗斯的业务。', 'visa')).toContain('visa');
  });
});
