import type { Prf } from './eval-types.ts';

/**
 * Precision, recall and F1 from counts. A ratio whose denominator is 0 is 0, except that an article with nothing
 * to find and nothing predicted (0/0/0) scores 1 everywhere: it did all it could.
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  if (tp + fp + fn === 0) return { tp, fp, fn, precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
