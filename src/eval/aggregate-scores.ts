import type { AggregateScores, ArticleScore, Prf } from './eval-types.ts';
import { prf } from './prf.ts';

function pool(parts: readonly Prf[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of parts) {
    tp += p.tp;
    fp += p.fp;
    fn += p.fn;
  }
  return prf(tp, fp, fn);
}

/** Micro-averaged P/R/F1: TP, FP and FN are summed over the articles, then the ratios are taken once. */
export function aggregateScores(scores: readonly ArticleScore[]): AggregateScores {
  return {
    articles: scores.length,
    entities: pool(scores.map((s) => s.entities)),
    typedEntities: pool(scores.map((s) => s.typedEntities)),
    relations: pool(scores.map((s) => s.relations)),
  };
}
