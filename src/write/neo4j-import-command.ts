/**
 * The `neo4j-admin database import full` arguments for the files of `neo4jImportFiles`: one place, used by the
 * export's import.sh, the integration test and the benchmark, so all three run the same command.
 */
import { ARRAY_DELIMITER_ARG, type Neo4jImportFile } from './neo4j-import-csv.ts';

export interface Neo4jImportArgsOptions {
  /** Community has one user database, `neo4j`. */
  database?: string;
  /** Prefix of every file name (a folder with a trailing /, or '' for names relative to the working folder). */
  folder?: string;
}

export function neo4jImportArgs(files: readonly Pick<Neo4jImportFile, 'name' | 'kind'>[], options: Neo4jImportArgsOptions = {}): string[] {
  const folder = options.folder ?? '';
  return [
    // The database name goes before --nodes/--relationships, which take any number of files.
    'database', 'import', 'full', options.database ?? 'neo4j',
    '--overwrite-destination',
    `--array-delimiter=${ARRAY_DELIMITER_ARG}`,
    '--multiline-fields=true',
    ...files.map((f) => `--${f.kind}=${folder}${f.name}`),
  ];
}
