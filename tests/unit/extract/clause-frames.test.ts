import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';
import { FRAME_TRIGGERS } from '../../../src/extract/frame-triggers.ts';
import { frameFacts } from '../../../src/extract/clause-frames.ts';
import { buildAnchors } from '../../../src/extract/extract-relations.ts';

/** The clause frames' own facts over a sentence (before the pair rules' facts are set beside them). */
function frames(text: string): string[] {
  const r = analyze(text);
  const nameOf = (key: string) => r.entities.find((e) => e.key === key)?.name ?? key;
  const anchors = buildAnchors(r.doc, r.entities.flatMap((e) => e.mentions), []);
  return frameFacts(r.doc, anchors).map((f) => `${f.type} ${nameOf(f.subject)}→${nameOf(f.object)}`);
}
const facts = (text: string) => describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''));

describe('clause frame triggers (every row’s own examples)', () => {
  for (const row of FRAME_TRIGGERS) {
    describe(row.id, () => {
      it.each(row.positive.map(([text, expected]) => [text, expected] as const))('gives the stated facts: %s', (text, expected) => {
        const got = frames(text);
        for (const f of expected) expect(got).toContain(f);
      });
      it.each(row.negative.map(([text, refused]) => [text, refused] as const))('does not misread: %s', (text, refused) => {
        const got = frames(text);
        for (const f of refused) expect(got).not.toContain(f);
      });
    });
  }
});
