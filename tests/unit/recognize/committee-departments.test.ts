import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { COMMITTEE_DEPARTMENT_EXAMPLES } from '../../../src/recognize/committee-departments.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const bodies = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => !m.nested && m.type === 'GovernmentBody');

describe('committeeDepartments', () => {
  it.each(COMMITTEE_DEPARTMENT_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('reads the department in: %s', (text, name) => {
    expect(bodies(text).map((m) => m.norm)).toContain(name);
  });

  it.each(COMMITTEE_DEPARTMENT_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('reads no local department in: %s', (text, name) => {
    expect(bodies(text).filter((m) => m.rule === 'committee-department').map((m) => m.norm)).not.toContain(name);
  });

  it('keeps offsets and leaves the committee alone when no department follows', () => {
    const doc = makeDoc('上海市委宣传部和上海市委都发了通知。');
    const found = bodies('上海市委宣传部和上海市委都发了通知。');
    expect(found.map((m) => m.rule)).toEqual(['committee-department', undefined]);
    for (const m of recognizeMentions(doc, loadLexicon())) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});
