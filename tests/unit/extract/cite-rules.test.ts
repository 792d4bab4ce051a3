import { describe, expect, it } from 'vitest';
import { CITE_RULES } from '../../../src/extract/cite-rules.ts';
import { analyze, describeFacts, entityNamed, factsBetween } from '../../fixtures/nlp/make-article.ts';

const EPOCH = { outlet: '大纪元' };
// A row's example is a paragraph of a 大纪元 page; one that does not open with the dateline follows a paragraph that does.
const page = (text: string) => analyze(text.startsWith('【大纪元') ? [text] : ['【大纪元讯】综合报导。', text], EPOCH);

describe('citation rows (CITE_RULES)', () => {
  const positives = CITE_RULES.filter((r) => r.off === undefined).flatMap((r) => r.examples.cites.map(([text, name]) => [r.id, text, name] as const));
  const switchedOff = CITE_RULES.filter((r) => r.off !== undefined).flatMap((r) => r.examples.cites.map(([text, name]) => [r.id, text, name] as const));
  const negatives = CITE_RULES.flatMap((r) => r.examples.not.map(([text, name]) => [r.id, text, name] as const));

  it.each(positives)('%s: the host CITES the name in %s (%s)', (id, text, name) => {
    const result = page(text);
    const facts = factsBetween(result, 'CITES', '大纪元', name);
    expect(facts.map((f) => f.evidence.rule), describeFacts(result).join('; ')).toEqual([id]);
    const { start, end, sentence } = facts[0]!.evidence;
    expect(result.doc.text.slice(start, end)).toBe(sentence);
  });

  it.each(negatives)('%s: the host does not CITE the name in %s (%s)', (id, text, name) => {
    const result = page(text);
    // The name is recognised, so the row had its chance.
    expect(entityNamed(result, name)?.name).toBe(name);
    expect(factsBetween(result, 'CITES', '大纪元', name).map((f) => f.evidence.rule), describeFacts(result).join('; ')).not.toContain(id);
  });

  it.each(switchedOff)('%s is off: it draws nothing in %s (%s)', (id, text) => {
    const result = analyze([text]);
    expect(result.facts.map((f) => f.evidence.rule)).not.toContain(id);
  });

  it('gives every row positive and negative examples', () => {
    for (const r of CITE_RULES) expect([r.id, r.examples.cites.length > 0, r.examples.not.length > 0]).toEqual([r.id, true, true]);
  });
});
