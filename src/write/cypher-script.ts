/**
 * A Cypher script that builds the same database as `loadGraph`: the schema statements, then the same load steps with
 * their rows inlined as literals. Every statement ends with `;` at the end of a line; split it with
 * `splitCypherStatements` (string-aware, so `;` inside names and sentences is safe) and run the statements in order.
 */
import type { AbstractGraph } from 'graphology-types';
import { cypherRow } from '../neo4j/cypher-literal.ts';
import { loadSteps } from '../neo4j/load-plan.ts';
import { graphRowSource } from '../neo4j/row-source.ts';
import { schemaStatements } from '../neo4j/schema-statements.ts';

export { splitCypherStatements } from '../neo4j/split-cypher-statements.ts';

/** Rows per statement: small enough for cypher-shell and Browser, large enough to keep the file short. */
export const DEFAULT_SCRIPT_BATCH_SIZE = 200;

export interface CypherScriptOptions {
  batchSize?: number;
}

export function toCypherScript(graph: AbstractGraph, options: CypherScriptOptions = {}): string {
  return [...cypherScriptChunks(graph, options)].join('');
}

/**
 * The text of `toCypherScript` in pieces (a statement each), so a large graph is written without its whole text; the
 * rows are read from the graph a batch at a time (`graphRowSource`), so no copy of the whole graph as rows is made.
 */
export function* cypherScriptChunks(graph: AbstractGraph, options: CypherScriptOptions = {}): Generator<string> {
  const steps = loadSteps(graphRowSource(graph), options.batchSize ?? DEFAULT_SCRIPT_BATCH_SIZE);
  yield `${[
    '// zhkg Cypher script: idempotent (MERGE on ids). Run statement by statement, e.g. `zhkg load --cypher <file>`.',
    ...schemaStatements().map((s) => `${s};`),
  ].join('\n')}\n`;
  for (const step of steps) {
    const literal = `[\n  ${step.rows.map((row) => cypherRow(row, step.intFields)).join(',\n  ')}\n]`;
    // The template uses $rows exactly once; a function replacement keeps `$` in the literal from being special.
    yield `// ${step.name}\n${step.cypher.replace('$rows', () => literal)};\n`;
  }
}
