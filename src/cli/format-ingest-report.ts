import type { IngestReport } from '../pipeline/ingest.ts';
import { oneLine } from './one-line.ts';

/** The summary printed at the end of an ingest: articles, entities and relations by type, warnings, failures. */
export function formatIngestReport(report: IngestReport, written: string[]): string {
  const lines: string[] = [];
  const total = (o: Partial<Record<string, number>>) => Object.values(o).reduce((a: number, b) => a + (b ?? 0), 0);
  lines.push(`articles read: ${report.articlesRead}${report.failures.length ? `, failed: ${report.failures.length}` : ''}`);
  lines.push(`entities: ${total(report.entitiesByType)}  ${byType(report.entitiesByType)}`);
  lines.push(`relations: ${total(report.relationsByType)}  ${byType(report.relationsByType)}`);
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

function byType(counts: Partial<Record<string, number>>): string {
  return Object.entries(counts)
    .filter(([, n]) => (n ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
}
