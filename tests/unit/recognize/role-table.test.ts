import { describe, expect, it } from 'vitest';
import { ROLE_TABLE } from '../../../src/recognize/role-table.ts';
import { roleKind, roleRow } from '../../../src/recognize/role-words.ts';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';

const facts = (text: string) => describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''));

describe('the role table', () => {
  it('has unique row ids, and each row examples to run', () => {
    expect(new Set(ROLE_TABLE.map((r) => r.id)).size).toBe(ROLE_TABLE.length);
    for (const row of ROLE_TABLE) expect(row.examples.has.length + row.examples.lacks.length, row.id).toBeGreaterThan(0);
  });

  it('marks only LEADS rows as heads', () => {
    for (const row of ROLE_TABLE) expect(row.head, row.id).toBe(row.relation === 'LEADS');
  });

  it.each(ROLE_TABLE.flatMap((r) => r.titles.map((t) => [t, r] as const)))('finds the row of %s', (title, row) => {
    expect(roleRow(title)).toBe(row);
    expect(roleKind(title)).toBe(row.head ? 'head' : 'other');
  });
});

describe.each(ROLE_TABLE.map((r) => [r.id, r] as const))('role row %s', (_id, row) => {
  it.each(row.examples.has.map(([s, f]) => [f, s]))('draws %s from %s', (fact, sentence) => {
    expect(facts(sentence)).toContain(fact);
  });
  it.each(row.examples.lacks.map(([s, f]) => [f, s]))('does not draw %s from %s', (fact, sentence) => {
    expect(facts(sentence)).not.toContain(fact);
  });
});
