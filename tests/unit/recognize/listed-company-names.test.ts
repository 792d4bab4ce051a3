import { describe, expect, it } from 'vitest';
import { recognizeMentions, DEFAULT_RECOGNIZE_OPTIONS } from '../../../src/recognize/recognize-mentions.ts';
import { companyShortNames } from '../../../src/recognize/company-short-names.ts';
import { LISTED_EVIDENCE_TESTS, LISTED_NAME_EVIDENCE, listedCompanies, listedCompanyNames, parseListedCompanies, type ListedCompany } from '../../../src/recognize/listed-company-names.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

/** The companies the pipeline's recognisers give for a text. */
function companies(text: string): string[] {
  return recognizeMentions(makeDoc(text), loadLexicon(), DEFAULT_RECOGNIZE_OPTIONS)
    .filter((m) => m.type === 'Company')
    .map((m) => m.norm);
}

describe('listed company evidence rows', () => {
  it('each row has its test and each test its row', () => {
    expect(LISTED_NAME_EVIDENCE.map((e) => e.id).sort()).toEqual(Object.keys(LISTED_EVIDENCE_TESTS).sort());
  });
});

describe('listed company names (every evidence’s own examples)', () => {
  for (const evidence of LISTED_NAME_EVIDENCE) {
    describe(evidence.id, () => {
      it.each(evidence.positive.map(([text, names]) => [text, names] as const))('finds the listed names in: %s', (text, names) => {
        const got = companies(text);
        for (const n of names) expect(got).toContain(n);
        const doc = makeDoc(text);
        expect(listedCompanyNames(doc).map((m) => [m.company.name, m.evidence])).toEqual(expect.arrayContaining(names.map((n) => [n, evidence.id])));
      });
      it.each(evidence.negative.map(([text, names]) => [text, names] as const))('finds no company in: %s', (text, names) => {
        const got = companies(text);
        for (const n of names) expect(got).not.toContain(n);
      });
    });
  }
});

const TABLE: ReadonlyMap<string, ListedCompany> = new Map(
  [
    { name: '青松药业', exchange: 'SZSE', code: '009901' },
    { name: '机器人', exchange: 'SZSE', code: '309902' },
    { name: '青松药业股份', exchange: 'SSE', code: '609903' },
  ].map((c) => [c.name, c]),
);

describe('listedCompanyNames', () => {
  it('gives offsets, the row and the evidence; the longest listed name wins', () => {
    const text = '据悉，青松药业股份今日公告拟回购。';
    const ms = listedCompanyNames(makeDoc(text), TABLE);
    expect(ms.map((m) => [text.slice(m.start, m.end), m.company.code, m.evidence])).toEqual([['青松药业股份', '609903', 'listed-cue']]);
  });
  it('needs the code for a name that is a common word of the dictionary', () => {
    expect(listedCompanyNames(makeDoc('机器人股价大涨。'), TABLE)).toEqual([]);
    expect(listedCompanyNames(makeDoc('机器人（309902）股价大涨。'), TABLE).map((m) => m.evidence)).toEqual(['listed-code']);
  });
  it('does not count a cue inside the name itself', () => {
    expect(listedCompanyNames(makeDoc('青松药业股份的员工去春游。'), TABLE)).toEqual([]);
  });
  it('is wired into the short-name rules, with the other mentions of a name found', () => {
    const doc = makeDoc('海能达昨日公告拟回购。海能达的员工很高兴。');
    const ms = companyShortNames(doc, new Uint8Array(doc.text.length));
    expect(ms.map((m) => [m.norm, m.rule, m.start])).toEqual([
      ['海能达', 'listed-name', 0],
      ['海能达', 'short-repeat', 11],
    ]);
  });
});

describe('data/listed-companies.tsv', () => {
  it('loads, with the usual short names and their codes', () => {
    const table = listedCompanies();
    expect(table.size).toBeGreaterThan(4000);
    expect(table.get('贵州茅台')).toEqual({ name: '贵州茅台', exchange: 'SSE', code: '600519' });
    expect(table.get('京东方A')?.code).toBe('000725');
  });
  it('rejects a bad header, a name listed twice and a bad code, with the line', () => {
    expect(() => parseListedCompanies('name\tcode\n', 't.tsv')).toThrow(/header/);
    expect(() => parseListedCompanies('name\texchange\tcode\n甲乙\tSSE\t600001\n甲乙\tSSE\t600002\n', 't.tsv')).toThrow(/line 3/);
    expect(() => parseListedCompanies('name\texchange\tcode\n甲乙\tSSE\t6001\n', 't.tsv')).toThrow(/line 2/);
  });
});
