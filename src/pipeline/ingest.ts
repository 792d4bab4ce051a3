import { RELATION_TYPES, type ArticleResult, type EntityType, type RelationType } from '../types.ts';
import { isZhkgError, ZhkgError, type ErrorCode } from '../errors.ts';
import { listInputs } from '../load/list-inputs.ts';
import { readArticle } from '../load/read-article.ts';
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import { analyzeArticle } from './analyze-article.ts';
import { compactResult } from './compact-result.ts';
import { buildGraph, graphStats, type Graph } from '../graph/index.ts';

export interface IngestOptions {
  /** Extra lexicon files (TSV, same format as data/lexicon.tsv); their entries override built-in ones. */
  lexiconFiles?: string[];
  /** Files larger than this are rejected. */
  maxBytes?: number;
  /** Called after each file, for progress reports. */
  onProgress?: (event: { done: number; total: number; file: string; ok: boolean; error?: FileFailure }) => void;
  /** Keep full per-article results (text, tokens) in the returned report; off by default to bound memory. */
  keepResults?: boolean;
}

export const DEFAULT_INGEST_OPTIONS = {
  lexiconFiles: [] as string[],
  maxBytes: 64 * 1024 * 1024,
  keepResults: false,
};

export interface FileFailure {
  file: string;
  code: ErrorCode | 'E_INTERNAL';
  message: string;
}

export interface IngestReport {
  articlesRead: number;
  failures: FileFailure[];
  entitiesByType: Partial<Record<EntityType, number>>;
  relationsByType: Partial<Record<RelationType, number>>;
  warnings: string[];
  textChars: number;
}

export interface IngestResult {
  graph: Graph;
  report: IngestReport;
  /** Per-article results; compacted (no text, tokens) unless `keepResults`. */
  results: ArticleResult[];
}

/**
 * The main job: read every article under `paths`, extract entities and relations, build one graph.
 * A bad file is reported in `report.failures` and the rest of the batch is still processed.
 */
export async function ingest(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const opts = { ...DEFAULT_INGEST_OPTIONS, ...options };
  const lexicon = loadLexicon(opts.lexiconFiles);
  const { files, errors } = listInputs(paths);
  const failures: FileFailure[] = errors.map((e) => toFailure(e));
  const warnings = new Set<string>();
  const results: ArticleResult[] = [];
  let textChars = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    let failure: FileFailure | undefined;
    try {
      const article = await readArticle(file, { maxBytes: opts.maxBytes });
      const result = analyzeArticle(article, lexicon);
      textChars += result.doc.text.length;
      result.warnings.forEach((w) => warnings.add(w));
      results.push(opts.keepResults ? result : compactResult(result));
    } catch (e) {
      failure = toFailure(e, file);
      failures.push(failure);
    }
    opts.onProgress?.({ done: i + 1, total: files.length, file, ok: !failure, error: failure });
  }
  const graph = buildGraph(results, { onWarning: (w) => warnings.add(w) });
  const stats = graphStats(graph);
  return {
    graph,
    results,
    report: {
      articlesRead: results.length,
      failures,
      entitiesByType: stats.entitiesByType,
      relationsByType: Object.fromEntries(Object.entries(stats.edgesByType).filter(([t, n]) => (RELATION_TYPES as readonly string[]).includes(t) && n > 0)),
      warnings: [...warnings],
      textChars,
    },
  };
}

function toFailure(e: unknown, file?: string): FileFailure {
  if (isZhkgError(e)) return { file: e.file ?? file ?? '?', code: e.code, message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  return { file: file ?? '?', code: 'E_INTERNAL', message: `${file}: unexpected error: ${message}` };
}

export { ZhkgError };
