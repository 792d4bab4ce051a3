import { resolve } from 'node:path';
import type { ArticleResult } from '../types.ts';
import { aggregateScores } from './aggregate-scores.ts';
import type { ArticleScore, EvalError, EvalReport } from './eval-types.ts';
import { readGoldDir, type GoldFile } from './gold-file.ts';
import type { Simplify } from './normalize-match-name.ts';
import { resolveGoldArticles } from './resolve-gold-article.ts';
import { scoreArticle } from './score-article.ts';

export interface RunEvalOptions {
  /** Folders of gold JSON files (e.g. tests/fixtures/gold/dev); each is reported as a split. */
  goldDirs: string[];
  /** Where the articles named by the gold files live (searched recursively for bare file names); several roots are tried in order. */
  articlesRoot: string | string[];
  /** The pipeline: called once with every article path (absolute, de-duplicated); results are paired by `doc.article.source`. */
  run: (files: string[]) => Promise<ArticleResult[]>;
  /** Traditional → simplified converter for names, passed to `scoreArticle`. */
  simplify?: Simplify;
}

/**
 * Reads the gold, runs the pipeline over the articles it names, and scores each article. A gold file that is
 * malformed throws (E_GOLD_INVALID); a gold file whose article cannot be found or produced no result is listed
 * in `errors` and left out of the scores.
 */
export async function runEval(options: RunEvalOptions): Promise<EvalReport> {
  const { goldDirs, articlesRoot, run, simplify } = options;
  const golds: { dir: string; gold: GoldFile }[] = goldDirs.flatMap((dir) => readGoldDir(dir).map((gold) => ({ dir, gold })));
  const locations = resolveGoldArticles(golds.map((g) => g.gold.article), articlesRoot);

  const paths = locations.map((loc) => ('path' in loc ? loc.path : undefined));
  const files = [...new Set(paths.filter((p): p is string => p !== undefined))];
  const results = files.length === 0 ? [] : await run(files);
  const bySource = new Map(results.map((r) => [resolve(r.doc.article.source), r]));

  const errors: EvalError[] = [];
  const scored: { dir: string; score: ArticleScore }[] = [];
  golds.forEach(({ dir, gold }, i) => {
    const loc = locations[i]!;
    if ('error' in loc) return void errors.push({ goldFile: gold.file, article: gold.article, message: loc.error });
    const result = bySource.get(loc.path);
    if (result === undefined) {
      const message = `the pipeline returned no result for ${loc.path}`;
      return void errors.push({ goldFile: gold.file, article: gold.article, message });
    }
    scored.push({ dir, score: scoreArticle(gold, result, { simplify }) });
  });

  const articles = scored.map((s) => s.score);
  return {
    goldDirs: [...goldDirs],
    articlesRoot: typeof articlesRoot === 'string' ? articlesRoot : articlesRoot.join(', '),
    overall: aggregateScores(articles),
    goldFiles: golds.length,
    splits: goldDirs.map((goldDir) => ({
      goldDir,
      goldFiles: golds.filter((g) => g.dir === goldDir).length,
      scores: aggregateScores(scored.filter((s) => s.dir === goldDir).map((s) => s.score)),
    })),
    byFolder: [...new Set(articles.map((a) => articleFolder(a.article)))].sort().map((folder) => ({
      folder,
      scores: aggregateScores(articles.filter((a) => articleFolder(a.article) === folder)),
    })),
    articles,
    errors,
  };
}

/** The folder an article file sits in, as the gold names it (`hkcnews/article_1.md` → `hkcnews`); `.` for none. */
export function articleFolder(article: string): string {
  const parts = article.split(/[\\/]+/);
  return parts.length > 1 ? parts[parts.length - 2]! : '.';
}
