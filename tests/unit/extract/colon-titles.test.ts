import { describe, expect, it } from 'vitest';
import { analyze } from '../../fixtures/nlp/make-article.ts';
import { COLON_TITLE_SHAPES, colonTitleFacts } from '../../../src/extract/colon-titles.ts';
import { buildAnchors } from '../../../src/extract/extract-relations.ts';

/** The colon-title extractor's own facts over a text. */
function colonFacts(text: string): string[] {
  const r = analyze(text);
  const nameOf = (key: string) => r.entities.find((e) => e.key === key)?.name ?? key;
  const anchors = buildAnchors(r.doc, r.entities.flatMap((e) => e.mentions), []);
  return colonTitleFacts(r.doc, anchors).map((f) => `${f.type} ${nameOf(f.subject)}→${nameOf(f.object)}`);
}

describe('colon titles (every shape’s own examples)', () => {
  for (const shape of COLON_TITLE_SHAPES) {
    describe(shape.id, () => {
      it.each(shape.positive.map(([text, expected]) => [text, expected] as const))('gives the stated facts: %s', (text, expected) => {
        const got = colonFacts(text);
        for (const f of expected) expect(got).toContain(f);
      });
      it.each(shape.negative.map(([text, refused]) => [text, refused] as const))('does not misread: %s', (text, refused) => {
        const got = colonFacts(text);
        for (const f of refused) expect(got).not.toContain(f);
      });
    });
  }

  it('names the title as the trigger and a rule per shape', () => {
    const r = analyze('蚂蚁集团总裁：胡晓明');
    const f = r.facts.find((x) => x.evidence.rule.endsWith('-colon'))!;
    expect(f.type).toBe('LEADS');
    expect(f.evidence.trigger).toBe('总裁');
    expect(f.evidence.rule).toBe('leads-role-colon');
  });
});
