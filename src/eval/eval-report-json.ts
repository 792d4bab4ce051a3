import type { EvalReport } from './eval-types.ts';

const METRIC_KEYS: ReadonlySet<string> = new Set(['precision', 'recall', 'f1']);

/**
 * The report as plain JSON data for `--json`: the same shape as `EvalReport`, with precision/recall/F1
 * rounded to 4 decimals so that saved reports diff cleanly. Serialise with `JSON.stringify(x, null, 2)`.
 */
export function evalReportJson(report: EvalReport): EvalReport {
  const round = (value: unknown, key: string): unknown => {
    if (typeof value === 'number' && METRIC_KEYS.has(key)) return Math.round(value * 10_000) / 10_000;
    if (Array.isArray(value)) return value.map((v) => round(v, ''));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v, k)]));
    }
    return value;
  };
  return round(report, '') as EvalReport;
}
