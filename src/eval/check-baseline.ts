import { ZhkgError } from '../errors.ts';
import type { EvalReport } from './eval-types.ts';

/** Recorded F1 scores (the content of eval-baseline.json). `typedEntityF1` is checked only when present. */
export interface EvalBaseline {
  entityF1: number;
  relationF1: number;
  typedEntityF1?: number;
}

export const DEFAULT_BASELINE_TOLERANCE = 0.02;

/** Float noise must not turn "exactly at the tolerance" into a failure. */
const EPSILON = 1e-9;

/**
 * Compares the overall micro F1 scores with a baseline. Returns one message per score that fell more than
 * `tolerance` below its recorded value; an empty list means the check passes. Improvements never fail.
 */
export function checkBaseline(report: EvalReport, baseline: EvalBaseline, tolerance = DEFAULT_BASELINE_TOLERANCE): string[] {
  const checks: [string, number, number | undefined][] = [
    ['entity F1', report.overall.entities.f1, baseline.entityF1],
    ['typed entity F1', report.overall.typedEntities.f1, baseline.typedEntityF1],
    ['relation F1', report.overall.relations.f1, baseline.relationF1],
  ];
  const failures: string[] = [];
  for (const [label, actual, recorded] of checks) {
    if (recorded === undefined) continue;
    if (actual < recorded - tolerance - EPSILON) {
      failures.push(
        `checkBaseline: ${label} ${actual.toFixed(4)} is more than ${tolerance} below the baseline ${recorded.toFixed(4)}`,
      );
    }
  }
  return failures;
}

/** The baseline to record for a report (what `--write-baseline` would save), rounded to 4 decimals. */
export function baselineFromReport(report: EvalReport): EvalBaseline {
  const r = (x: number): number => Math.round(x * 10_000) / 10_000;
  return {
    entityF1: r(report.overall.entities.f1),
    typedEntityF1: r(report.overall.typedEntities.f1),
    relationF1: r(report.overall.relations.f1),
  };
}

/** Validates a parsed baseline JSON value; `file` names it in the error. */
export function parseBaseline(raw: unknown, file = 'baseline'): EvalBaseline {
  const isScore = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const bad = ['entityF1', 'relationF1'].filter((k) => !isScore(o[k]));
  if (o.typedEntityF1 !== undefined && !isScore(o.typedEntityF1)) bad.push('typedEntityF1');
  if (bad.length > 0) {
    throw new ZhkgError('E_USAGE', `parseBaseline: ${file}: ${bad.join(', ')} must be numbers in [0, 1]`, { file });
  }
  return {
    entityF1: o.entityF1 as number,
    relationF1: o.relationF1 as number,
    ...(o.typedEntityF1 === undefined ? {} : { typedEntityF1: o.typedEntityF1 as number }),
  };
}
