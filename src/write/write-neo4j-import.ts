/**
 * `zhkg export --format neo4j-import`: writes the CSV files of `neo4jImportFiles` into a folder, with import.sh (the
 * exact neo4j-admin command), after-import.cypher (to run once the server is up again: cypher/import/after-import.cypher,
 * which sets the empty arrays the importer cannot write, then cypher/schema.cypher, the constraints and the full-text
 * index the loader creates) and a README.md saying so. Each file is written beside its place and renamed in.
 */
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AbstractGraph } from 'graphology-types';
import { ZhkgError } from '../errors.ts';
import { readCypherFile } from '../neo4j/cypher-files.ts';
import { neo4jImportArgs } from './neo4j-import-command.ts';
import { neo4jImportFiles, type Neo4jImportFile } from './neo4j-import-csv.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

export interface Neo4jImportExport {
  folder: string;
  files: Pick<Neo4jImportFile, 'name' | 'kind'>[];
  /** Data lines written per file (headers not counted). */
  rows: Record<string, number>;
}

async function writeLines(path: string, lines: Iterable<string>): Promise<number> {
  const temp = `${path}.${process.pid}.tmp`;
  let n = -1;
  try {
    const out = createWriteStream(temp);
    const done = new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      out.once('finish', resolve);
    });
    for (const line of lines) {
      n += 1;
      if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    out.end();
    await done;
    await rename(temp, path);
    return n;
  } catch (cause) {
    await rm(temp, { force: true }).catch(() => {});
    if (cause instanceof ZhkgError) throw cause;
    throw new ZhkgError('E_WRITE', `writeNeo4jImport: cannot write "${path}": ${(cause as Error).message}`, { file: path, cause });
  }
}

/** What to run after the import: the empty-array fix-up, then the schema. */
export function afterImportCypher(): string {
  return `${readCypherFile('import/after-import.cypher').trimEnd()}\n\n${readCypherFile('schema.cypher')}`;
}

export function importScript(files: readonly Pick<Neo4jImportFile, 'name' | 'kind'>[]): string {
  const args = neo4jImportArgs(files, { database: '"${1:-neo4j}"' });
  return [
    '#!/bin/sh',
    '# Bulk-imports this folder into a database of a STOPPED Neo4j 5 server, replacing that database',
    '# (Community: the one user database, neo4j). Then start the server and run after-import.cypher (README.md).',
    '#   NEO4J_HOME=/path/to/neo4j ./import.sh [database]',
    'set -e',
    'cd "$(dirname "$0")"',
    `"\${NEO4J_HOME:+$NEO4J_HOME/bin/}neo4j-admin" ${args.join(' \\\n  ')}`,
    '',
  ].join('\n');
}

export function importReadme(files: readonly Pick<Neo4jImportFile, 'name' | 'kind'>[]): string {
  return [
    '# zhkg graph for neo4j-admin import',
    '',
    'Written by `zhkg export --format neo4j-import`. Gives the same database as `zhkg load graph.json` into an empty',
    'Neo4j 5 (same labels, properties and relationships), much faster for big graphs.',
    '',
    '1. Stop the server (the import needs the database offline and replaces it), then, in this folder:',
    '',
    '```sh',
    `neo4j-admin ${neo4jImportArgs(files).join(' ')}`,
    '```',
    '',
    '   (`./import.sh` runs exactly this; NEO4J_HOME selects the installation.)',
    '2. Start the server and run after-import.cypher: it sets `aliases: []` on entities without aliases (the importer',
    '   cannot write an empty array) and creates the constraints and the full-text index (the loader does both itself):',
    '',
    '```sh',
    'cypher-shell -a "$NEO4J_URI" -u neo4j -p "$NEO4J_PASSWORD" -f after-import.cypher',
    '# or: zhkg load --cypher after-import.cypher   (reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD)',
    '```',
    '',
    'Later runs of `zhkg ingest --neo4j` / `zhkg load` merge into the imported database as usual.',
    '',
  ].join('\n');
}

/** Writes the export into `folder` (created). Throws E_GRAPH_INVALID (bad graph) or E_WRITE. */
export async function writeNeo4jImport(graph: AbstractGraph, folder: string): Promise<Neo4jImportExport> {
  const files = neo4jImportFiles(graph);
  try {
    await mkdir(folder, { recursive: true });
  } catch (cause) {
    throw new ZhkgError('E_WRITE', `writeNeo4jImport: cannot create "${folder}": ${(cause as Error).message}`, { file: folder, cause });
  }
  const rows: Record<string, number> = {};
  for (const f of files) rows[f.name] = await writeLines(join(folder, f.name), f.lines());
  const listed = files.map(({ name, kind }) => ({ name, kind }));
  await writeFileAtomic(join(folder, 'after-import.cypher'), afterImportCypher());
  await writeFileAtomic(join(folder, 'import.sh'), importScript(listed));
  await writeFileAtomic(join(folder, 'README.md'), importReadme(listed));
  await chmod(join(folder, 'import.sh'), 0o755);
  return { folder, files: listed, rows };
}
