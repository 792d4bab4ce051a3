import { describe, expect, it } from 'vitest';
import { BYLINE_RULES, bylineNotPerson } from '../../../src/recognize/byline-names.ts';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

describe('byline names', () => {
  it('ids are unique', () => expect(new Set(BYLINE_RULES.map((r) => r.id)).size).toBe(BYLINE_RULES.length));
  for (const r of BYLINE_RULES) {
    it(r.id, () => {
      for (const n of r.examples.rejected) expect(r.rejects(n), `${r.id} rejects ${n}`).toBe(true);
      for (const n of r.examples.kept) expect(bylineNotPerson(n), `${n} is kept`).toBeUndefined();
    });
  }

  it('takes no person from a column credited in the author line', () => {
    const doc = makeDoc('读者来论：港铁加价的理由站不住脚。');
    doc.article.hints.push({ name: '读者来论', origin: 'byline' } as never);
    const people = recognizeMentions(doc, loadLexicon()).filter((m) => m.type === 'Person').map((m) => m.norm);
    expect(people).not.toContain('读者来论');
    const doc2 = makeDoc('陈肇贤：港铁加价的理由站不住脚。');
    doc2.article.hints.push({ name: '陈肇贤', origin: 'byline' } as never);
    expect(recognizeMentions(doc2, loadLexicon()).filter((m) => m.type === 'Person').map((m) => m.norm)).toContain('陈肇贤');
  });
});
