import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { graphFromJson } from '../graph/index.ts';
import { ZhkgError } from '../errors.ts';
import { neo4jImportArgs } from '../write/neo4j-import-command.ts';
import { writeNeo4jImport } from '../write/write-neo4j-import.ts';
import { EXPORT_HELP } from './help-text.ts';
import { parseCliArgs } from './parse-cli-args.ts';
import type { CliIo } from './cli-io.ts';

export const EXPORT_FORMATS = ['neo4j-import'] as const;

/** `zhkg export --graph out/graph.json --format neo4j-import --out <dir>`: a graph built earlier, in another format. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    graph: { type: 'string', default: 'out/graph.json' },
    format: { type: 'string', default: 'neo4j-import' },
    out: { type: 'string', default: 'out/neo4j-import' },
  });
  if (values.help) {
    io.out(EXPORT_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new ZhkgError('E_USAGE', `zhkg export: unexpected argument "${positionals[0]}" (the graph is --graph <file>)`);
  const format = values.format as string;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ZhkgError('E_USAGE', `zhkg export: unknown --format "${format}"; one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const file = values.graph as string;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ZhkgError('E_INPUT_MISSING', `zhkg export: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ZhkgError('E_GRAPH_INVALID', `zhkg export: ${file} is not JSON: ${(e as Error).message}`, { file });
  }
  const folder = values.out as string;
  const written = await writeNeo4jImport(graphFromJson(json), folder);
  const counts = Object.entries(written.rows).map(([name, n]) => `${name} ${n}`).join(', ');
  io.out(`export: wrote ${counts} to ${folder}`);
  io.out(`import (server stopped; replaces the database), from ${folder}:`);
  io.out(`  neo4j-admin ${neo4jImportArgs(written.files).join(' ')}`);
  io.out(`then start the server and run zhkg load --cypher ${join(folder, 'after-import.cypher')}; see ${join(folder, 'README.md')}`);
  return 0;
}
