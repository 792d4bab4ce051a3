export { graphToRows, evidencePrefix, type GraphRows, type ArticleRow, type EntityRow, type ProvenanceRow, type RelationRow } from './graph-rows.ts';
export { loadGraph, type LoadGraphOptions, type LoadGraphResult, type LoadProgress } from './load-graph.ts';
export { DEFAULT_BATCH_SIZE, loadPlan, type LoadStep } from './load-plan.ts';
export { neo4jConfig, redact, redactUri, DEFAULT_NEO4J_CONFIG, type Neo4jConnection } from './neo4j-config.ts';
export { runCypherScript } from './run-cypher-script.ts';
export { runQuery, type QueryRecord } from './run-query.ts';
export { dumpDatabase } from './dump-database.ts';
export { readCypherFile } from './cypher-files.ts';
export { splitCypherStatements } from './split-cypher-statements.ts';
