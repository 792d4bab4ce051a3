import { describe, expect, it } from 'vitest';
import { cypherScriptChunks, splitCypherStatements, toCypherScript } from '../../../src/write/cypher-script.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

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
});
