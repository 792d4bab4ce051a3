import { describe, expect, it } from 'vitest';
import { articleKey, edgeKey, entityKey, orientEdge } from '../../../src/graph/graph-keys.ts';

describe('graph keys', () => {
  it('keys discovered entities by type and normalised name', () => {
    expect(entityKey('Person', '林燕')).toBe('Person:林燕');
  });

  it('keys articles by id', () => {
    expect(articleKey('epoch-2020-001')).toBe('article:epoch-2020-001');
  });

  it.each([
    ['pboc', 'REGULATES', 'ant-group', 'pboc|REGULATES|ant-group'],
    ['ant-group', 'PARTNERS_WITH', 'alibaba-group', 'alibaba-group|PARTNERS_WITH|ant-group'],
    ['alibaba-group', 'PARTNERS_WITH', 'ant-group', 'alibaba-group|PARTNERS_WITH|ant-group'],
    ['voa', 'NEGOTIATES_WITH', 'Person:林燕', 'Person:林燕|NEGOTIATES_WITH|voa'],
    ['voa', 'CITES', 'Person:林燕', 'voa|CITES|Person:林燕'],
    ['article:a', 'MENTIONS', 'ant-group', 'article:a|MENTIONS|ant-group'],
  ] as const)('edgeKey(%s, %s, %s) is %s', (source, type, target, expected) => {
    expect(edgeKey(source, type, target)).toBe(expected);
  });

  it('orients only symmetric relations', () => {
    expect(orientEdge('b', 'NEGOTIATES_WITH', 'a')).toEqual(['a', 'b']);
    expect(orientEdge('b', 'CONTROLS', 'a')).toEqual(['b', 'a']);
  });
});
