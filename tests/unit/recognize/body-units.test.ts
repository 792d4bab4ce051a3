import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { BODY_UNIT_EXAMPLES, BODY_UNIT_ROWS } from '../../../src/recognize/body-units.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const named = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => !m.nested);

describe('bodyUnits', () => {
  it('has unique row ids and unit words', () => {
    expect(new Set(BODY_UNIT_ROWS.map((r) => r.id)).size).toBe(BODY_UNIT_ROWS.length);
    for (const r of BODY_UNIT_ROWS) expect(r.units.length).toBeGreaterThan(0);
  });

  it.each(BODY_UNIT_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('reads the unit in: %s', (text, name) => {
    expect(named(text).map((m) => m.norm)).toContain(name);
  });

  it.each(BODY_UNIT_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('reads no unit in: %s', (text, name) => {
    expect(named(text).map((m) => m.norm)).not.toContain(name);
  });

  it('keeps the parent body and the place inside as nested mentions, with offsets', () => {
    const doc = makeDoc('中国人民银行长沙市中心支行日前发布提示。');
    const all = recognizeMentions(doc, loadLexicon());
    const unit = all.find((m) => m.rule === 'body-unit')!;
    expect(unit).toMatchObject({ norm: '中国人民银行长沙市中心支行', type: 'GovernmentBody', start: 0 });
    expect(all.filter((m) => m.nested).map((m) => m.norm)).toEqual(expect.arrayContaining(['中国人民银行', '长沙市']));
    for (const m of all) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});
