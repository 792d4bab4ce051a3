import { readFile } from 'node:fs/promises';
import { graphFromJson } from '../graph/index.ts';
import { loadGraph, neo4jConfig, redact, runCypherScript } from '../neo4j/index.ts';
import { ZhkgError } from '../errors.ts';
import { LOAD_HELP } from './help-text.ts';
import { parseCliArgs, positiveInt } from './parse-cli-args.ts';
import type { CliIo } from './cli-io.ts';

/** `zhkg load <graph.json>`: loads a graph built earlier; returns the exit code. */
export async function loadCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    cypher: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
  });
  if (values.help) {
    io.out(LOAD_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new ZhkgError('E_USAGE', 'zhkg load: give exactly one file (see zhkg load --help)');
  const file = positionals[0]!;
  const conn = neo4jConfig({}, io.env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ZhkgError('E_INPUT_MISSING', `zhkg load: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file });
  }
  if (values.cypher) {
    const n = await runCypherScript(text, conn);
    io.out(`neo4j: ran ${n} statements from ${file} against ${redact(conn)}`);
    return 0;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ZhkgError('E_GRAPH_INVALID', `zhkg load: ${file} is not JSON: ${(e as Error).message}`, { file });
  }
  const graph = graphFromJson(json);
  const r = await loadGraph(graph, conn, { batchSize: positiveInt(values['batch-size'] as string | undefined, 'batch-size') });
  io.out(`neo4j: loaded ${r.entities} entities, ${r.relationships} relationships, ${r.articles} articles into ${redact(conn)} in ${Math.round(r.ms)} ms`);
  return 0;
}
