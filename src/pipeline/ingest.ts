import { RELATION_TYPES, type ArticleResult, type EntityType, type RelationType } from '../types.ts';
import { articleDeduper, type DuplicateArticle } from './dedupe-articles.ts';
import { coverageCounter, type MetadataCoverage } from './metadata-coverage.ts';
import { availableParallelism } from 'node:os';
import { listInputs } from '../load/list-inputs.ts';
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import { analyzeFile, type FileOutcome } from './analyze-file.ts';
import { analyzeInParallel } from './analyze-in-parallel.ts';
import { toFailure, type FileFailure } from './file-failure.ts';
import { createGraphBuilder, graphStats, type Graph } from '../graph/index.ts';
import { readFileSync } from 'node:fs';
import { openResultCache, type CacheStats, type ResultCache } from '../cache/result-cache.ts';
import { runFingerprint } from '../cache/pipeline-fingerprint.ts';

export interface IngestOptions {
  /** Extra lexicon files (TSV, same format as data/lexicon.tsv); their entries override built-in ones. */
  lexiconFiles?: string[];
  /** Files larger than this are rejected. */
  maxBytes?: number;
  /** Called after each file, for progress reports. */
  onProgress?: (event: { done: number; total: number; file: string; ok: boolean; error?: FileFailure }) => void;
  /** Called once per path that could not be listed (missing), before the analysis starts. */
  onInputError?: (failure: FileFailure) => void;
  /**
   * Return the full per-article results (text, tokens); off by default to bound memory: then each result is merged
   * into the graph as soon as the ones before it are, and dropped.
   */
  keepResults?: boolean;
  /**
   * Worker threads for the analysis [1]. Each worker costs 3–5 s of CPU before its first page (the pipeline, the
   * lexicon, the dictionary, cold code) and its own memory: on this project's 2-core machine two jobs analysed both
   * corpora in 27.5 s against 36.6 s when nothing else ran, but were slower than one on a shared machine (45 s against
   * 29 s for news-2019-2022), and peaked at 1.2 GB against 0.9 GB, so one stays the default. Measured again on
   * 2026-12-08 (both corpora, `--no-cache`, load average 10-16, alternating runs): 1 job 5:35 and 7:16 wall, 86.9 and
   * 86.1 s CPU, 831 and 858 MB peak; 2 jobs 6:54 and 8:12 wall, 89.2 and 104.6 s CPU, 1,197 and 1,131 MB peak.
   */
  jobs?: number;
  /**
   * Per-file time budget in milliseconds [0: none]. With a budget every file is analysed in a worker thread (also
   * with `jobs` 1), and one that runs over is reported as E_INPUT_TOO_COMPLEX while the rest of the batch goes on:
   * a worker is the only place synchronous code can be stopped. The CLI sets 60 s (`--file-timeout`).
   */
  fileTimeoutMs?: number;
  /** The trained name tagger as the last recogniser (see recognize/tagger-mentions.ts) [DEFAULT_RECOGNIZE_OPTIONS]. */
  tagger?: boolean;
  /** Per-worker heap budget in MiB when files are analysed in workers [DEFAULT_WORKER_HEAP_MB, 3072]. */
  workerHeapMb?: number;
  /**
   * A folder of cached per-article results [none]: a page whose bytes, path, options and zhkg version match an
   * entry is not analysed again (src/cache/result-cache.ts). Entries of pages this run did not read are removed.
   */
  cacheDir?: string;
}

export const DEFAULT_INGEST_OPTIONS = {
  lexiconFiles: [] as string[],
  maxBytes: 64 * 1024 * 1024,
  keepResults: false,
  fileTimeoutMs: 0,
};

export interface IngestReport {
  articlesRead: number;
  failures: FileFailure[];
  entitiesByType: Partial<Record<EntityType, number>>;
  relationsByType: Partial<Record<RelationType, number>>;
  warnings: string[];
  textChars: number;
  /** Inputs that were the same article as an earlier input (same id or same text): read, not added twice. */
  duplicates: DuplicateArticle[];
  /** For how many articles title, outlet, date and byline were found, per layout. */
  coverage: MetadataCoverage;
  /** With a cache: pages taken from it (hits), analysed (misses), entries removed. */
  cache?: CacheStats;
}

export interface IngestResult {
  graph: Graph;
  report: IngestReport;
  /** Per-article results with `keepResults`, in input order, duplicates included; otherwise none. */
  results: ArticleResult[];
}

/**
 * The main job: read every article under `paths`, extract entities and relations, build one graph.
 * A bad file is reported in `report.failures` and the rest of the batch is still processed.
 */
export async function ingest(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const opts = { ...DEFAULT_INGEST_OPTIONS, ...options };
  const lexicon = loadLexicon(opts.lexiconFiles);
  const { files, errors, warnings: listWarnings } = listInputs(paths);
  const failures: FileFailure[] = errors.map((e) => toFailure(e));
  failures.forEach((f) => opts.onInputError?.(f));
  const warnings = new Set<string>(listWarnings);
  let textChars = 0;

  // Results are merged into the graph in input order, so the graph does not depend on which finished first; one
  // that arrives early (a cache hit, another worker's page) waits for those before it, then all are dropped.
  const dedupe = articleDeduper();
  const coverage = coverageCounter();
  const builder = createGraphBuilder({ onWarning: (w) => warnings.add(w) });
  const results: ArticleResult[] = [];
  let articlesRead = 0;
  const merge = (outcome: FileOutcome): void => {
    const result = outcome.result;
    if (!result) return;
    articlesRead++;
    textChars += outcome.chars;
    result.warnings.forEach((w) => warnings.add(w));
    if (opts.keepResults) results.push(result);
    if (!dedupe.admit(result)) return;
    coverage.count(result.doc.article);
    builder.add(result);
  };
  const waiting = new Map<number, FileOutcome>();
  let next = 0;
  let anyResult = false;
  let done = 0;
  const onItem = (index: number, file: string, outcome: FileOutcome) => {
    done++;
    if (outcome.failure) failures.push(outcome.failure);
    if (outcome.result) anyResult = true;
    opts.onProgress?.({ done, total: files.length, file, ok: !outcome.failure, error: outcome.failure });
    waiting.set(index, outcome);
    for (let o = waiting.get(next); o !== undefined; o = waiting.get(next)) {
      waiting.delete(next++);
      merge(o);
    }
  };
  // With a cache, pages seen before (same bytes, path, options and code) are taken from it; the rest are analysed.
  const cache = opts.cacheDir !== undefined && !opts.keepResults ? openResultCache(opts.cacheDir, runFingerprint({ lexiconFiles: opts.lexiconFiles ?? [], maxBytes: opts.maxBytes ?? DEFAULT_INGEST_OPTIONS.maxBytes, tagger: opts.tagger })) : undefined;
  const keys: Array<string | undefined> = new Array(files.length);
  const todo: number[] = [];
  for (let i = 0; i < files.length; i++) {
    const hit = cache && cachedOutcome(cache, files[i]!, opts.maxBytes ?? DEFAULT_INGEST_OPTIONS.maxBytes, (key) => (keys[i] = key));
    if (hit) onItem(i, files[i]!, hit);
    else todo.push(i);
  }
  const todoFiles = todo.map((i) => files[i]!);
  const jobs = Math.max(1, Math.min(opts.jobs ?? 1, availableParallelism() * 2));
  const onTodo = (j: number, file: string, outcome: FileOutcome) => {
    const i = todo[j]!;
    const key = keys[i];
    if (cache && key && outcome.result) cache.put(key, { result: outcome.result, chars: outcome.chars });
    onItem(i, file, outcome);
  };
  if ((jobs > 1 && todoFiles.length > 1) || (opts.fileTimeoutMs > 0 && todoFiles.length > 0)) {
    const setup = { lexiconFiles: opts.lexiconFiles, maxBytes: opts.maxBytes, keepResults: opts.keepResults, preload: true, tagger: opts.tagger };
    await analyzeInParallel(todoFiles, jobs, setup, onTodo, { fileTimeoutMs: opts.fileTimeoutMs, workerHeapMb: opts.workerHeapMb });
  } else {
    for (let j = 0; j < todoFiles.length; j++) {
      // analyzeFile's work is synchronous; without a turn of the event loop between files a signal handler (the
      // CLI's Ctrl-C clean-up) would wait for the whole batch.
      if (j > 0) await new Promise((resolve) => setImmediate(resolve));
      onTodo(j, todoFiles[j]!, await analyzeFile(todoFiles[j]!, lexicon, opts));
    }
  }
  const cacheStats = cache?.finish(new Set(keys.filter((k): k is string => k !== undefined)), anyResult);
  const graph = builder.finish();
  const stats = graphStats(graph);
  return {
    graph,
    results,
    report: {
      articlesRead,
      failures,
      entitiesByType: stats.entitiesByType,
      relationsByType: Object.fromEntries(Object.entries(stats.edgesByType).filter(([t, n]) => (RELATION_TYPES as readonly string[]).includes(t) && n > 0)),
      warnings: [...warnings],
      textChars,
      duplicates: dedupe.duplicates,
      coverage: coverage.coverage(),
      ...(cacheStats ? { cache: cacheStats } : {}),
    },
  };
}

/**
 * The cached outcome of one file, or undefined (then `setKey` has the key its result goes under). A file that cannot
 * be read or is over the size limit is left to the analysis, which reports it.
 */
function cachedOutcome(cache: ResultCache, file: string, maxBytes: number, setKey: (key: string) => void): FileOutcome | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length > maxBytes) return undefined;
  const key = cache.keyOf(file, bytes);
  setKey(key);
  return cache.get(key);
}

export type { FileFailure };
