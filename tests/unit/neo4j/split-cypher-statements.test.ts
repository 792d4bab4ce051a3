import { describe, expect, it } from 'vitest';
import { splitCypherStatements } from '../../../src/neo4j/split-cypher-statements.ts';

describe('splitCypherStatements', () => {
  it.each([
    ['two statements', 'RETURN 1;\nRETURN 2;\n', ['RETURN 1', 'RETURN 2']],
    ['no final semicolon', 'RETURN 1', ['RETURN 1']],
    ['; in a single-quoted string', "RETURN 'a;b';", ["RETURN 'a;b'"]],
    ['; in a double-quoted string', 'RETURN "a;b";', ['RETURN "a;b"']],
    ['escaped quote before ;', "RETURN 'it\\'s;';RETURN 2;", ["RETURN 'it\\'s;'", 'RETURN 2']],
    ['escaped backslash ending a string', "RETURN 'a\\\\';RETURN 2;", ["RETURN 'a\\\\'", 'RETURN 2']],
    ['; in a backtick name', 'MATCH (`a;b`) RETURN 1;', ['MATCH (`a;b`) RETURN 1']],
    ['doubled backtick in a name', 'RETURN 1 AS `x``;y`;', ['RETURN 1 AS `x``;y`']],
    ['line comments with ;', '// a; b\nRETURN 1; // c; d\nRETURN 2;', ['RETURN 1', 'RETURN 2']],
    ['// inside a string is not a comment', "RETURN 'https://x;y';", ["RETURN 'https://x;y'"]],
    ['block comments', 'RETURN /* ; */ 1;', ['RETURN   1']],
    ['empty statements', ';;\n ; RETURN 1;;', ['RETURN 1']],
    ['unicode', "RETURN '蚂蚁；集团😀';", ["RETURN '蚂蚁；集团😀'"]],
  ])('%s', (_, script, expected) => {
    expect(splitCypherStatements(script)).toEqual(expected);
  });
});
