import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';
import { REGULATOR_CHECKS } from '../../../src/extract/regulator-checks.ts';

const facts = (text: string) => describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''));

describe('who may hold a REGULATES fact (every check’s own examples, whole pipeline)', () => {
  for (const row of REGULATOR_CHECKS) {
    describe(row.id, () => {
      it.each(row.yes.map(([text, expected]) => [text, expected] as const))('keeps: %s', (text, expected) => {
        const got = facts(text);
        for (const f of expected) expect(got).toContain(f);
      });
      it.each(row.no.map(([text, refused]) => [text, refused] as const))('refuses: %s', (text, refused) => {
        const got = facts(text);
        for (const f of refused) expect(got).not.toContain(f);
      });
    });
  }
});
