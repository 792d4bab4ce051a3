import type { IngestReport } from '../pipeline/ingest.ts';
import type { MetadataCoverage } from '../pipeline/metadata-coverage.ts';
import { oneLine } from './one-line.ts';

/** The summary printed at the end of an ingest: articles, entities and relations by type, warnings, failures. */
export function formatIngestReport(report: IngestReport, written: string[]): string {
  const lines: string[] = [];
  const total = (o: Partial<Record<string, number>>) => Object.values(o).reduce((a: number, b) => a + (b ?? 0), 0);
  lines.push(`articles read: ${report.articlesRead}${report.failures.length ? `, failed: ${report.failures.length}` : ''}`);
  lines.push(`entities: ${total(report.entitiesByType)}  ${byType(report.entitiesByType)}`);
  lines.push(`relations: ${total(report.relationsByType)}  ${byType(report.relationsByType)}`);
  if (report.cache) lines.push(`cache: ${report.cache.hits} pages unchanged since an earlier run (not analysed again), ${report.cache.misses} analysed${report.cache.removed ? `, ${report.cache.removed} stale entries removed` : ''}`);
  if (report.duplicates?.length) {
    lines.push(`duplicates: ${report.duplicates.length} inputs were the same article as another and were added once`);
    for (const d of report.duplicates.slice(0, 10)) lines.push(oneLine(`  - ${d.source} = ${d.keptSource} (${d.reason})`));
    if (report.duplicates.length > 10) lines.push(`  … ${report.duplicates.length - 10} more`);
  }
  if (report.coverage) lines.push(...formatCoverage(report.coverage));
  if (written.length) lines.push(oneLine(`wrote: ${written.join(', ')}`));
  if (report.warnings.length) {
    lines.push(`warnings: ${report.warnings.length}`);
    for (const w of report.warnings.slice(0, 20)) lines.push(`  - ${oneLine(w)}`);
    if (report.warnings.length > 20) lines.push(`  … ${report.warnings.length - 20} more`);
  }
  if (report.failures.length) {
    lines.push(`failed files: ${report.failures.length}`);
    for (const f of report.failures) lines.push(`  ${oneLine(`${f.code} ${f.message}`)}`);
  }
  return lines.join('\n');
}

function percent(n: number, of: number): string {
  return of === 0 ? '-' : `${Math.round((100 * n) / of)}%`;
}

/** One line per layout: how many articles, and for what share title, outlet, date and byline were found. */
export function formatCoverage(coverage: MetadataCoverage): string[] {
  const rows = Object.entries(coverage.byLayout).sort((a, b) => b[1].articles - a[1].articles);
  if (rows.length === 0) return [];
  const lines = ['metadata found (title, outlet, date, byline) by layout:'];
  for (const [layout, c] of rows) {
    const generic = coverage.generic.includes(layout) ? ' (generic reader: no layout knew these pages)' : '';
    lines.push(`  ${layout}: ${c.articles} articles; title ${percent(c.title, c.articles)}, outlet ${percent(c.outlet, c.articles)}, date ${percent(c.date, c.articles)}, byline ${percent(c.byline, c.articles)}${generic}`);
  }
  if (coverage.fallbacks.length > 0) {
    lines.push(`  ${coverage.fallbacks.length} pages looked like a known layout but were not, and were read by a generic reader:`);
    for (const f of coverage.fallbacks.slice(0, 10)) lines.push(oneLine(`    - ${f.source} (looked like ${f.layout}, read as ${f.readAs})`));
    if (coverage.fallbacks.length > 10) lines.push(`    … ${coverage.fallbacks.length - 10} more`);
  }
  return lines;
}

function byType(counts: Partial<Record<string, number>>): string {
  return Object.entries(counts)
    .filter(([, n]) => (n ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
}
