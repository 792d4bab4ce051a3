import type { RePredicateTotals, ReTotals } from './score-re.ts';
import { reRecall } from './score-re.ts';

/**
 * The relation-recall table of one data set and split. `recall` counts either accepted type, `strict` only the
 * first; `ent` is the share of gold pairs whose two entities were both recognised, and `R|ent` the recall among
 * those pairs, so that entity recall and relation recall read apart. A row with no gold prints `-`.
 */
export function formatReReport(title: string, totals: ReTotals): string[] {
  const lines = [`${title}: ${totals.sentences} sentence(s), ${totals.facts} fact(s) of the shared types drawn`];
  lines.push(`  ${'predicate'.padEnd(10)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'recall'.padStart(7)} ${'strict'.padStart(7)} ${'ent'.padStart(6)} ${'ent%'.padStart(6)} ${'R|ent'.padStart(6)}`);
  for (const row of [...totals.rows, totals.all]) lines.push(formatRow(row));
  return lines;
}

function formatRow(r: RePredicateTotals): string {
  const ratio = (n: number, of: number) => (of === 0 ? '-' : reRecall(n, of).toFixed(3));
  return `  ${r.predicate.padEnd(10 - cjkExtra(r.predicate))} ${String(r.gold).padStart(5)} ${String(r.found).padStart(6)} ${ratio(r.found, r.gold).padStart(7)} ${ratio(r.strict, r.gold).padStart(7)} ${String(r.recognised).padStart(6)} ${ratio(r.recognised, r.gold).padStart(6)} ${ratio(r.found, r.recognised).padStart(6)}`;
}

/** A CJK character takes two columns: pad by display width. */
function cjkExtra(s: string): number {
  return [...s].filter((c) => /[\u3000-\u9fff\uff00-\uffef]/.test(c)).length;
}
