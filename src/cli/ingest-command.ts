import { basename, dirname, join } from 'node:path';
import { ingest } from '../pipeline/ingest.ts';
import { OUTPUT_FORMATS, writeOutputs, type OutputFormat } from '../write/write-outputs.ts';
import { cypherScriptChunks } from '../write/cypher-script.ts';
import { loadGraph, neo4jConfig, redact } from '../neo4j/index.ts';
import { ZhkgError, isZhkgError } from '../errors.ts';
import { openOutputFolder, type OutputFolder } from '../write/output-folder.ts';
import type { FileFailure } from '../pipeline/file-failure.ts';
import type { Neo4jConnection } from '../neo4j/neo4j-config.ts';
import { INGEST_HELP } from './help-text.ts';
import { onOff, parseCliArgs, positiveInt, type CliArgs } from './parse-cli-args.ts';
import { oneLine } from './one-line.ts';
import { removeOnSignal } from './remove-on-signal.ts';
import { formatIngestReport } from './format-ingest-report.ts';
import { progressPrinter } from './progress-printer.ts';
import type { CliIo } from './cli-io.ts';

const DEFAULT_FORMATS: OutputFormat[] = ['json', 'graphml', 'cypher'];
/** Per-file time budget of the CLI: news articles take milliseconds; a file still running after this is hostile. */
export const DEFAULT_FILE_TIMEOUT_S = 60;

/**
 * Where results are cached by default: beside the output folder, hidden (`out` → `.out.zhkg-cache`), so that the
 * output folder holds only the graph files and a rerun into the same --out analyses only new or changed pages.
 */
export function defaultCacheDir(outTarget: string): string {
  return join(dirname(outTarget), `.${basename(outTarget)}.zhkg-cache`);
}

/** `zhkg ingest`: returns the exit code. */
export async function ingestCommand(argv: string[], io: CliIo): Promise<number> {
  // --cache takes a folder, so node:util cannot negate it: --no-cache is taken out here.
  const noCache = argv.includes('--no-cache');
  const args = argv.filter((a) => a !== '--no-cache');
  const { values, positionals } = parseCliArgs(args, {
    out: { type: 'string', default: 'out' },
    format: { type: 'string', default: DEFAULT_FORMATS.join(',') },
    lexicon: { type: 'string', multiple: true },
    tagger: { type: 'string' },
    'max-bytes': { type: 'string' },
    neo4j: { type: 'boolean' },
    'batch-size': { type: 'string' },
    jobs: { type: 'string' },
    'file-timeout': { type: 'string' },
    cache: { type: 'string' },
    prune: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  });
  if (values.help) {
    io.out(INGEST_HELP);
    return 0;
  }
  const formats = String(values.format).split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of formats) {
    if (!OUTPUT_FORMATS.includes(f as OutputFormat)) throw new ZhkgError('E_USAGE', `zhkg ingest: unknown --format "${f}" (${OUTPUT_FORMATS.join(', ')})`);
  }
  const useNeo4j = values.neo4j ?? Boolean(io.env.NEO4J_URI);
  // Check the connection settings before the long part, so a missing password fails fast.
  const conn = useNeo4j ? neo4jConfig({}, io.env) : undefined;
  const paths = positionals.length > 0 ? positionals : ['seeds'];
  const out = String(values.out);
  // Before the long part: a folder that cannot be written fails now (E_WRITE naming it), not after an hour.
  const folder = await openOutputFolder(out);
  const stopCleanup = removeOnSignal(() => folder.discardSync());
  try {
    if (noCache && values.cache !== undefined) throw new ZhkgError('E_USAGE', 'zhkg ingest: --cache and --no-cache together');
    return await run(io, { ...values, cache: noCache ? false : values.cache }, paths, folder, formats as OutputFormat[], conn);
  } finally {
    folder.discardSync();
    stopCleanup();
  }
}

async function run(
  io: CliIo,
  values: CliArgs['values'],
  paths: string[],
  folder: OutputFolder,
  formats: OutputFormat[],
  conn: Required<Neo4jConnection> | undefined,
): Promise<number> {
  const out = String(values.out);
  const printed = new Set<string>();
  const printFailure = (f: FileFailure): void => {
    printed.add(f.file);
    io.err(oneLine(`${f.code} ${f.message}`));
  };
  const progress = values.quiet || values.json ? undefined : progressPrinter(io);
  const cacheDir = values.cache === false ? undefined : typeof values.cache === 'string' ? values.cache : defaultCacheDir(folder.target);
  const { graph, report } = await ingest(paths, {
    cacheDir,
    lexiconFiles: values.lexicon as string[] | undefined,
    tagger: onOff(values.tagger as string | undefined, 'tagger'),
    maxBytes: positiveInt(values['max-bytes'] as string | undefined, 'max-bytes'),
    jobs: positiveInt(values.jobs as string | undefined, 'jobs'),
    fileTimeoutMs: 1000 * (positiveInt(values['file-timeout'] as string | undefined, 'file-timeout') ?? DEFAULT_FILE_TIMEOUT_S),
    onInputError: printFailure,
    onProgress: progress
      ? (e) => {
          if (e.error) printed.add(e.error.file);
          progress(e);
        }
      : undefined,
  });
  // Every failure reaches stderr once: as it happens with progress on, here with --quiet or --json.
  for (const f of report.failures) if (!printed.has(f.file)) printFailure(f);

  const nothingRead = report.articlesRead === 0;
  let written: string[] = [];
  let writeError: ZhkgError | undefined;
  if (nothingRead) {
    await folder.discard();
  } else {
    try {
      written = await writeOutputs(graph, folder, { formats, onWarning: (w) => report.warnings.push(w) }, cypherScriptChunks);
    } catch (e) {
      if (!isZhkgError(e)) throw e;
      writeError = e;
    }
  }
  const notes: string[] = [];
  if (nothingRead) notes.push(`zhkg ingest: no article was read, so nothing was written; the files in ${out} are unchanged`);
  if (writeError) notes.push(`${writeError.code} ${writeError.message}`);

  let neo4jLine: string | undefined;
  let neo4jFailed = false;
  if (conn && nothingRead) {
    neo4jLine = 'neo4j: nothing loaded (no article was read)';
  } else if (conn) {
    // The graph is in memory, so it is loaded even when the files could not be written.
    const files = writeError ? 'the graph files were not written' : 'the graph files were written';
    try {
      const pruneUnder = values.prune ? paths : undefined;
      const r = await loadGraph(graph, conn, { batchSize: positiveInt(values['batch-size'] as string | undefined, 'batch-size'), pruneUnder });
      const pruned = pruneUnder ? `, pruned ${r.pruned} articles whose files are gone` : '';
      neo4jLine = `neo4j: loaded ${r.entities} entities, ${r.relationships} relationships, ${r.articles} articles into ${redact(conn)} in ${Math.round(r.ms)} ms${pruned}${writeError ? ` (${files})` : ''}`;
    } catch (e) {
      neo4jFailed = true;
      neo4jLine = `neo4j: ${(e as Error).message} (${files})`;
    }
  }
  if (values.json) {
    const problems = { nothingWritten: nothingRead || undefined, writeError: writeError && { code: writeError.code, message: writeError.message } };
    io.out(JSON.stringify({ ...report, written, ...problems, neo4j: neo4jLine }, null, 2));
  } else {
    io.out(formatIngestReport(report, written));
    if (neo4jLine) (neo4jFailed ? io.err : io.out)(neo4jLine);
  }
  for (const note of notes) io.err(oneLine(note));
  return report.failures.length > 0 || neo4jFailed || nothingRead || writeError ? 1 : 0;
}
