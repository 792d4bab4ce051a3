import { basename } from 'node:path';
import { ZhkgError } from '../errors.ts';
import type { AggregateScores, EvalReport } from './eval-types.ts';

/** Recorded F1 scores. `typedEntityF1` is checked only when present. */
export interface ScoreBaseline {
  entityF1: number;
  relationF1: number;
  typedEntityF1?: number;
}

/** The content of eval-baseline.json: the pooled scores, and optionally each gold set's own (keyed by folder name). */
export interface EvalBaseline extends ScoreBaseline {
  sets?: Record<string, ScoreBaseline & { articles?: number }>;
}

export const DEFAULT_BASELINE_TOLERANCE = 0.02;

/** Float noise must not turn "exactly at the tolerance" into a failure. */
const EPSILON = 1e-9;

function drops(where: string, scores: AggregateScores, baseline: ScoreBaseline, tolerance: number): string[] {
  const checks: [string, number, number | undefined][] = [
    ['entity F1', scores.entities.f1, baseline.entityF1],
    ['typed entity F1', scores.typedEntities.f1, baseline.typedEntityF1],
    ['relation F1', scores.relations.f1, baseline.relationF1],
  ];
  const failures: string[] = [];
  for (const [label, actual, recorded] of checks) {
    if (recorded === undefined) continue;
    if (actual < recorded - tolerance - EPSILON) {
      failures.push(`checkBaseline: ${where}${label} ${actual.toFixed(4)} is more than ${tolerance} below the baseline ${recorded.toFixed(4)}`);
    }
  }
  return failures;
}

/**
 * Fails loudly: one message per problem, an empty list means the check passes. A gold article that could not be
 * scored, fewer scored articles than gold files, an empty or missing set, nothing scored at all, or any score (pooled
 * or of one set recorded in the baseline) more than `tolerance` below its recorded value is a failure — an F1 over
 * nothing is not 1.0. Improvements never fail.
 */
export function checkBaseline(report: EvalReport, baseline: EvalBaseline, tolerance = DEFAULT_BASELINE_TOLERANCE): string[] {
  const failures: string[] = [];
  for (const e of report.errors) failures.push(`checkBaseline: gold ${e.goldFile} was not scored: ${e.message}`);
  if (report.overall.articles === 0) failures.push('checkBaseline: no article was scored');
  else if (report.overall.articles < report.goldFiles) {
    failures.push(`checkBaseline: ${report.overall.articles} articles scored for ${report.goldFiles} gold files`);
  }
  for (const split of report.splits) {
    if (split.goldFiles === 0) failures.push(`checkBaseline: gold set ${split.goldDir} has no gold file`);
  }
  failures.push(...drops('', report.overall, baseline, tolerance));
  for (const [name, recorded] of Object.entries(baseline.sets ?? {})) {
    const split = report.splits.find((s) => basename(s.goldDir) === name);
    if (!split) {
      failures.push(`checkBaseline: gold set ${name} is in the baseline but was not evaluated`);
      continue;
    }
    if (recorded.articles !== undefined && split.scores.articles < recorded.articles) {
      failures.push(`checkBaseline: gold set ${name}: ${split.scores.articles} articles scored, the baseline had ${recorded.articles}`);
    }
    failures.push(...drops(`gold set ${name}: `, split.scores, recorded, tolerance));
  }
  return failures;
}

const r = (x: number): number => Math.round(x * 10_000) / 10_000;

function scoresOf(s: AggregateScores): ScoreBaseline {
  return { entityF1: r(s.entities.f1), typedEntityF1: r(s.typedEntities.f1), relationF1: r(s.relations.f1) };
}

/** The baseline to record for a report (what `--write-baseline` saves): pooled and per set, rounded to 4 decimals. */
export function baselineFromReport(report: EvalReport): EvalBaseline {
  const sets = Object.fromEntries(report.splits.map((s) => [basename(s.goldDir), { ...scoresOf(s.scores), articles: s.scores.articles }]));
  return { ...scoresOf(report.overall), sets };
}

function parseScores(raw: unknown, where: string, file: string): ScoreBaseline & { articles?: number } {
  const isScore = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const bad = ['entityF1', 'relationF1'].filter((k) => !isScore(o[k]));
  if (o.typedEntityF1 !== undefined && !isScore(o.typedEntityF1)) bad.push('typedEntityF1');
  if (o.articles !== undefined && !(Number.isInteger(o.articles) && (o.articles as number) >= 0)) bad.push('articles');
  if (bad.length > 0) {
    throw new ZhkgError('E_USAGE', `parseBaseline: ${file}: ${where}${bad.join(', ')} must be numbers in [0, 1] (articles: a count)`, { file });
  }
  return {
    entityF1: o.entityF1 as number,
    relationF1: o.relationF1 as number,
    ...(o.typedEntityF1 === undefined ? {} : { typedEntityF1: o.typedEntityF1 as number }),
    ...(o.articles === undefined ? {} : { articles: o.articles as number }),
  };
}

/** Validates a parsed baseline JSON value; `file` names it in the error. */
export function parseBaseline(raw: unknown, file = 'baseline'): EvalBaseline {
  const { articles: _ignored, ...pooled } = parseScores(raw, '', file);
  const sets = (raw as Record<string, unknown> | null)?.sets;
  if (sets === undefined) return pooled;
  if (typeof sets !== 'object' || sets === null || Array.isArray(sets)) {
    throw new ZhkgError('E_USAGE', `parseBaseline: ${file}: sets must be an object of gold set names`, { file });
  }
  return { ...pooled, sets: Object.fromEntries(Object.entries(sets).map(([name, v]) => [name, parseScores(v, `sets.${name}.`, file)])) };
}
