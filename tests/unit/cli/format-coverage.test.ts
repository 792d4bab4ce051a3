import { describe, expect, it } from 'vitest';
import { formatCoverage, formatIngestReport } from '../../../src/cli/format-ingest-report.ts';
import type { IngestReport } from '../../../src/pipeline/ingest.ts';
import type { MetadataCoverage } from '../../../src/pipeline/metadata-coverage.ts';

const HEADER = 'metadata found (title, outlet, date, byline) by layout:';

function fallbacks(n: number): MetadataCoverage['fallbacks'] {
  return Array.from({ length: n }, (_, i) => ({ source: `pages/${i + 1}.html`, layout: 'voa-2018', readAs: 'html' }));
}

function report(fields: Partial<IngestReport> = {}): IngestReport {
  return {
    articlesRead: 3,
    failures: [],
    entitiesByType: { Person: 2, Location: 5 },
    relationsByType: { LEADS: 1 },
    warnings: [],
    textChars: 1200,
    duplicates: [],
    coverage: { byLayout: {}, generic: [], fallbacks: [] },
    ...fields,
  };
}

describe('formatCoverage', () => {
  it('prints one line per layout, most articles first, with rounded percentages', () => {
    const lines = formatCoverage({
      byLayout: {
        text: { articles: 1, title: 0, outlet: 0, date: 0, byline: 0 },
        'epoch-2018': { articles: 3, title: 3, outlet: 2, date: 1, byline: 0 },
        html: { articles: 2, title: 1, outlet: 2, date: 0, byline: 1 },
      },
      generic: [],
      fallbacks: [],
    });
    expect(lines).toEqual([
      HEADER,
      '  epoch-2018: 3 articles; title 100%, outlet 67%, date 33%, byline 0%',
      '  html: 2 articles; title 50%, outlet 100%, date 0%, byline 50%',
      '  text: 1 articles; title 0%, outlet 0%, date 0%, byline 0%',
    ]);
  });

  it('marks the generic readers', () => {
    const lines = formatCoverage({
      byLayout: { html: { articles: 2, title: 2, outlet: 1, date: 1, byline: 0 }, 'voa-2018': { articles: 4, title: 4, outlet: 4, date: 4, byline: 4 } },
      generic: ['html'],
      fallbacks: [],
    });
    expect(lines).toEqual([
      HEADER,
      '  voa-2018: 4 articles; title 100%, outlet 100%, date 100%, byline 100%',
      '  html: 2 articles; title 100%, outlet 50%, date 50%, byline 0% (generic reader: no layout knew these pages)',
    ]);
  });

  it('prints a dash for a share of no articles', () => {
    expect(formatCoverage({ byLayout: { html: { articles: 0, title: 0, outlet: 0, date: 0, byline: 0 } }, generic: [], fallbacks: [] })[1]).toBe('  html: 0 articles; title -, outlet -, date -, byline -');
  });

  it('lists the fallbacks', () => {
    const lines = formatCoverage({ byLayout: { html: { articles: 2, title: 2, outlet: 0, date: 0, byline: 0 } }, generic: ['html'], fallbacks: fallbacks(2) });
    expect(lines.slice(2)).toEqual([
      '  2 pages looked like a known layout but were not, and were read by a generic reader:',
      '    - pages/1.html (looked like voa-2018, read as html)',
      '    - pages/2.html (looked like voa-2018, read as html)',
    ]);
  });

  it('lists at most 10 fallbacks, then how many more', () => {
    const coverage: MetadataCoverage = { byLayout: { html: { articles: 13, title: 13, outlet: 0, date: 0, byline: 0 } }, generic: ['html'], fallbacks: fallbacks(13) };
    const lines = formatCoverage(coverage);
    expect(lines[2]).toBe('  13 pages looked like a known layout but were not, and were read by a generic reader:');
    expect(lines.filter((l) => l.startsWith('    - '))).toHaveLength(10);
    expect(lines[12]).toBe('    - pages/10.html (looked like voa-2018, read as html)');
    expect(lines.at(-1)).toBe('    … 3 more');
    expect(lines).toHaveLength(14);
  });

  it('prints no "more" line for exactly 10 fallbacks', () => {
    const lines = formatCoverage({ byLayout: { html: { articles: 10, title: 0, outlet: 0, date: 0, byline: 0 } }, generic: ['html'], fallbacks: fallbacks(10) });
    expect(lines).toHaveLength(13);
    expect(lines.some((l) => l.includes('more'))).toBe(false);
  });

  it('prints nothing without layouts', () => {
    expect(formatCoverage({ byLayout: {}, generic: [], fallbacks: [] })).toEqual([]);
  });
});

describe('formatIngestReport', () => {
  it('prints no duplicates block when there are none', () => {
    const text = formatIngestReport(report(), []);
    expect(text).toBe(['articles read: 3', 'entities: 7  Location 5, Person 2', 'relations: 1  LEADS 1'].join('\n'));
    expect(text).not.toContain('duplicates:');
  });

  it('prints a duplicates block listing each left-out input and the one kept', () => {
    const text = formatIngestReport(
      report({
        duplicates: [
          { source: 'b/1.html', keptSource: 'a/1.html', id: 'n13042441', reason: 'same-id' },
          { source: 'c/副本.html', keptSource: 'a/2.html', id: 'url-0123456789abcdef', reason: 'same-text' },
        ],
      }),
      [],
    );
    expect(text.split('\n').slice(3)).toEqual([
      'duplicates: 2 inputs were the same article as another and were added once',
      '  - b/1.html = a/1.html (same-id)',
      '  - c/副本.html = a/2.html (same-text)',
    ]);
  });

  it('lists at most 10 duplicates, then how many more', () => {
    const duplicates = Array.from({ length: 12 }, (_, i) => ({ source: `copy/${i}.html`, keptSource: `orig/${i}.html`, id: `id${i}`, reason: 'same-id' as const }));
    const lines = formatIngestReport(report({ duplicates }), []).split('\n');
    expect(lines).toContain('duplicates: 12 inputs were the same article as another and were added once');
    expect(lines.filter((l) => / = orig\//.test(l))).toHaveLength(10);
    expect(lines).toContain('  … 2 more');
  });

  it('prints duplicates, then coverage, then the files written', () => {
    const text = formatIngestReport(
      report({
        duplicates: [{ source: 'b.html', keptSource: 'a.html', id: 'x', reason: 'same-id' }],
        coverage: { byLayout: { html: { articles: 3, title: 3, outlet: 3, date: 3, byline: 3 } }, generic: ['html'], fallbacks: [] },
      }),
      ['out/graph.json'],
    );
    expect(text.split('\n').slice(3)).toEqual([
      'duplicates: 1 inputs were the same article as another and were added once',
      '  - b.html = a.html (same-id)',
      HEADER,
      '  html: 3 articles; title 100%, outlet 100%, date 100%, byline 100% (generic reader: no layout knew these pages)',
      'wrote: out/graph.json',
    ]);
  });
});
