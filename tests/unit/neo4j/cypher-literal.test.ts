import { describe, expect, it } from 'vitest';
import { cypherFloat, cypherLiteral, cypherName, cypherRow, cypherString } from '../../../src/neo4j/cypher-literal.ts';

describe('cypher literals', () => {
  it.each([
    ['plain', 'abc', "'abc'"],
    ['single quote', "O'Brien", "'O\\'Brien'"],
    ['double quote kept', 'say "hi"', `'say "hi"'`],
    ['backslash', 'a\\b', "'a\\\\b'"],
    ['newline, CR, tab', 'a\nb\rc\td', "'a\\nb\\rc\\td'"],
    ['other control character', 'a\u0001b', "'a\\u0001b'"],
    ['line separator', 'a\u2028b', "'a\\u2028b'"],
    ['semicolon and backtick', 'a;`b`', "'a;`b`'"],
    ['CJK and emoji unchanged', '蚂蚁😀', "'蚂蚁😀'"],
    ['lone surrogate', 'a\uD800b', "'a\uFFFDb'"],
  ])('string: %s', (_, value, expected) => {
    expect(cypherString(value)).toBe(expected);
  });

  it.each([
    [1, '1.0'],
    [0, '0.0'],
    [0.95, '0.95'],
    [1e-7, '1e-7'],
  ])('float %s → %s', (value, expected) => {
    expect(cypherFloat(value)).toBe(expected);
  });

  it('rejects non-finite floats and non-integers written as integers', () => {
    expect(() => cypherFloat(Number.NaN)).toThrow(RangeError);
    expect(() => cypherLiteral(1.5, true)).toThrow(RangeError);
  });

  it('quotes map keys that are not plain identifiers', () => {
    expect(cypherName('count')).toBe('count');
    expect(cypherName('a b`c')).toBe('`a b``c`');
  });

  it('writes a row with integer fields as integers and other numbers as floats', () => {
    expect(cypherRow({ id: 'x', count: 3, confidence: 1, aliases: ['a', "b'"], url: null }, ['count'])).toBe(
      "{id: 'x', count: 3, confidence: 1.0, aliases: ['a', 'b\\''], url: null}",
    );
  });
});
