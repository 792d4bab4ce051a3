/** The statements of cypher/schema.cypher, in order. */
import { readCypherFile } from './cypher-files.ts';
import { splitCypherStatements } from './split-cypher-statements.ts';

export function schemaStatements(): string[] {
  return splitCypherStatements(readCypherFile('schema.cypher'));
}
