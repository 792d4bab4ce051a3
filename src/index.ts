// Public API: re-exports only.
export * from './types.ts';
export { ZhkgError, isZhkgError, type ErrorCode } from './errors.ts';
export { ingest, DEFAULT_INGEST_OPTIONS, type IngestOptions, type IngestResult, type IngestReport, type FileFailure } from './pipeline/ingest.ts';
export { analyzeArticle, analyzeDoc } from './pipeline/analyze-article.ts';
export { prepareDoc, documentText } from './pipeline/prepare-doc.ts';
export { readArticle } from './load/read-article.ts';
export { loadArticle } from './load/load-article.ts';
export { loadLexicon } from './lexicon/load-lexicon.ts';
export { buildGraph, graphFromJson, graphStats, type Graph } from './graph/index.ts';
export { writeOutputs, type OutputFormat } from './write/write-outputs.ts';
export { openOutputFolder, type OutputFolder } from './write/output-folder.ts';
export { toGraphJson } from './write/graph-json.ts';
export { toGraphml } from './write/graphml.ts';
export { toCypherScript } from './write/cypher-script.ts';
export { loadGraph, neo4jConfig, type Neo4jConnection } from './neo4j/index.ts';
