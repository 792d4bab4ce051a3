import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { COORDINATED_COMPANY_EXAMPLES } from '../../../src/recognize/coordinated-companies.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const mentions = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => !m.nested);

describe('coordinatedCompanies', () => {
  it.each(COORDINATED_COMPANY_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('finds the listed company in: %s', (text, name) => {
    expect(mentions(text).filter((m) => m.type === 'Company').map((m) => m.norm)).toContain(name);
  });

  it.each(COORDINATED_COMPANY_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('takes no company in: %s', (text, name) => {
    expect(mentions(text).filter((m) => m.type === 'Company').map((m) => m.norm)).not.toContain(name);
  });

  it('keeps offsets and names the rule', () => {
    const doc = makeDoc('负债最高的有腾讯、百度、星河、鹿鸣等四家。');
    const found = recognizeMentions(doc, loadLexicon()).filter((m) => m.rule === 'company-coordinated');
    expect(found.map((m) => m.norm)).toEqual(['星河', '鹿鸣']);
    for (const m of found) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});
