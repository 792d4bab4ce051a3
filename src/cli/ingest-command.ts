import { ingest } from '../pipeline/ingest.ts';
import { writeOutputs, type OutputFormat } from '../write/write-outputs.ts';
import { toCypherScript } from '../write/cypher-script.ts';
import { loadGraph, neo4jConfig, redact } from '../neo4j/index.ts';
import { ZhkgError } from '../errors.ts';
import { INGEST_HELP } from './help-text.ts';
import { parseCliArgs, positiveInt } from './parse-cli-args.ts';
import { formatIngestReport } from './format-ingest-report.ts';
import { progressPrinter } from './progress-printer.ts';
import type { CliIo } from './cli-io.ts';

const FORMATS: OutputFormat[] = ['json', 'graphml', 'cypher'];
/** Per-file time budget of the CLI: news articles take milliseconds; a file still running after this is hostile. */
export const DEFAULT_FILE_TIMEOUT_S = 60;

/** `zhkg ingest`: returns the exit code. */
export async function ingestCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    out: { type: 'string', default: 'out' },
    format: { type: 'string', default: FORMATS.join(',') },
    lexicon: { type: 'string', multiple: true },
    'max-bytes': { type: 'string' },
    neo4j: { type: 'boolean' },
    'batch-size': { type: 'string' },
    jobs: { type: 'string' },
    'file-timeout': { type: 'string' },
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  });
  if (values.help) {
    io.out(INGEST_HELP);
    return 0;
  }
  const formats = String(values.format).split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of formats) if (!FORMATS.includes(f as OutputFormat)) throw new ZhkgError('E_USAGE', `zhkg ingest: unknown --format "${f}" (json, graphml, cypher)`);
  const useNeo4j = values.neo4j ?? Boolean(io.env.NEO4J_URI);
  // Check the connection settings before the long part, so a missing password fails fast.
  const conn = useNeo4j ? neo4jConfig({}, io.env) : undefined;
  const paths = positionals.length > 0 ? positionals : ['seeds'];
  const progress = values.quiet || values.json ? undefined : progressPrinter(io);
  const { graph, report } = await ingest(paths, {
    lexiconFiles: values.lexicon as string[] | undefined,
    maxBytes: positiveInt(values['max-bytes'] as string | undefined, 'max-bytes'),
    jobs: positiveInt(values.jobs as string | undefined, 'jobs'),
    fileTimeoutMs: 1000 * (positiveInt(values['file-timeout'] as string | undefined, 'file-timeout') ?? DEFAULT_FILE_TIMEOUT_S),
    onProgress: progress,
  });
  const written = await writeOutputs(graph, String(values.out), { formats: formats as OutputFormat[] }, toCypherScript);
  let neo4jLine: string | undefined;
  let neo4jFailed = false;
  if (conn) {
    try {
      const r = await loadGraph(graph, conn, { batchSize: positiveInt(values['batch-size'] as string | undefined, 'batch-size') });
      neo4jLine = `neo4j: loaded ${r.entities} entities, ${r.relationships} relationships, ${r.articles} articles into ${redact(conn)} in ${Math.round(r.ms)} ms`;
    } catch (e) {
      neo4jFailed = true;
      neo4jLine = `neo4j: ${(e as Error).message} (the graph files were written)`;
    }
  }
  if (values.json) io.out(JSON.stringify({ ...report, written, neo4j: neo4jLine }, null, 2));
  else {
    io.out(formatIngestReport(report, written));
    if (neo4jLine) (neo4jFailed ? io.err : io.out)(neo4jLine);
  }
  return report.failures.length > 0 || neo4jFailed ? 1 : 0;
}
