export { graphJsonChunks, toGraphJson } from './graph-json.ts';
export { graphmlChunks, toGraphml } from './graphml.ts';
export { toGraphHtml } from './graph-html.ts';
export { toGexf } from './gexf.ts';
export { toEdgesCsv, toNodesCsv } from './csv-tables.ts';
export { stripInvalidXmlChars, xmlEscape } from './xml-escape.ts';
export { writeFileAtomic } from './write-file-atomic.ts';
export { openOutputFolder, OWN_FILE_NAMES, type OutputFolder } from './output-folder.ts';
export {
  DEFAULT_WRITE_OUTPUTS_OPTIONS,
  OUTPUT_FILE_NAMES,
  OUTPUT_FORMATS,
  writeOutputs,
  type OutputFormat,
  type WriteOutputsOptions,
} from './write-outputs.ts';
export { ARRAY_DELIMITER, neo4jImportFiles, type Neo4jImportFile } from './neo4j-import-csv.ts';
export { neo4jImportArgs, type Neo4jImportArgsOptions } from './neo4j-import-command.ts';
export { writeNeo4jImport, type Neo4jImportExport } from './write-neo4j-import.ts';
