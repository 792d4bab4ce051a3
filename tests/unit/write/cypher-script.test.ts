import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cypherScriptChunks, splitCypherStatements, toCypherScript } from '../../../src/write/cypher-script.ts';
import { cypherRow } from '../../../src/neo4j/cypher-literal.ts';
import { graphToRows } from '../../../src/neo4j/graph-rows.ts';
import { loadPlan } from '../../../src/neo4j/load-plan.ts';
import { schemaStatements } from '../../../src/neo4j/schema-statements.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

/** The script as it was written before the rows were streamed: every row built first (graphToRows), then batched. */
function scriptFromAllRows(graph: ReturnType<typeof sampleGraph>, batchSize: number): string {
  const head = ['// zhkg Cypher script: idempotent (MERGE on ids). Run statement by statement, e.g. `zhkg load --cypher <file>`.', ...schemaStatements().map((s) => `${s};`)];
  let text = `${head.join('\n')}\n`;
  for (const step of loadPlan(graphToRows(graph), batchSize)) {
    const literal = `[\n  ${step.rows.map((row) => cypherRow(row, step.intFields)).join(',\n  ')}\n]`;
    text += `// ${step.name}\n${step.cypher.replace('$rows', () => literal)};\n`;
  }
  return text;
}

describe('toCypherScript', () => {
  const script = toCypherScript(sampleGraph());
  const statements = splitCypherStatements(script);

  it('starts with the schema, then MERGE statements, every statement ending with ; at a line end', () => {
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT entity_id IF NOT EXISTS/);
    expect(statements.some((s) => s.startsWith('CREATE FULLTEXT INDEX entity_names'))).toBe(true);
    expect(statements.slice(5).every((s) => s.startsWith('UNWIND ['))).toBe(true);
    expect(statements.filter((s) => s.includes('MERGE')).length).toBeGreaterThan(10);
    const ends = script.split('\n').filter((line) => /;\s*$/.test(line)).length;
    expect(ends).toBe(statements.length);
  });

  it('keeps awkward text intact inside string literals', () => {
    const regulates = statements.find((s) => s.includes('REGULATES') && s.includes('央行'));
    expect(regulates).toContain("央行约谈蚂蚁集团；O\\'Brien称 `整改` 😀");
    // Evidence is JSON inside a Cypher string: escaped twice.
    expect(script).toContain('支付宝\\\\\\\\平台\\\\n有10亿用户');
    expect(script).toContain("'O\\'Brien `x` \\\\ ;'");
  });

  it('has no raw newline inside any string literal', () => {
    for (const statement of statements) {
      for (const literal of statement.match(/'(?:[^'\\]|\\.)*'/g) ?? []) expect(literal).not.toContain('\n');
    }
  });

  it('is deterministic', () => {
    expect(toCypherScript(sampleGraph())).toBe(script);
  });

  it('writes integers as integers and confidences as floats', () => {
    expect(script).toMatch(/mentions: 9[,}]/);
    expect(script).toMatch(/confidence: 0\.95/);
    expect(script).not.toMatch(/mentions: 9\.0/);
  });
});

describe('cypherScriptChunks', () => {
  it('gives the text of toCypherScript in pieces, one per statement after the schema', () => {
    const graph = sampleGraph();
    const pieces = [...cypherScriptChunks(graph, { batchSize: 2 })];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(toCypherScript(graph, { batchSize: 2 }));
    for (const piece of pieces.slice(1)) expect(piece).toMatch(/^\/\/ [\w:-]+\n[\s\S]*;\n$/);
  });

  it('streams the same bytes as the script built from every row at once', () => {
    for (const graph of [sampleGraph(), sampleGraph({ changed: true })]) {
      for (const batchSize of [1, 3, 200]) expect([...cypherScriptChunks(graph, { batchSize })].join('')).toBe(scriptFromAllRows(graph, batchSize));
    }
  });

  it('writes the bytes the writer gave before the rows were streamed (sha-256 pinned at d8f8df9)', () => {
    const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
    expect(sha(toCypherScript(sampleGraph()))).toBe('69aa5abb34efea01a2894247510a756c535e2392747c12d5b29417848c5f3b21');
    expect(sha(toCypherScript(sampleGraph({ changed: true }), { batchSize: 2 }))).toBe('951e2db4f62caa4a4baf15d9cd100ed34eb9cea538f5eed38592f34c9a3a04d5');
  });
});
