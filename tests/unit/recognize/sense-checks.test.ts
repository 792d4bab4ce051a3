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
