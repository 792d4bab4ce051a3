import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../src/load/collapse-whitespace.ts';

describe('collapseWhitespace', () => {
  it.each([
    ['\n  有超过\n  \n   10\n  \n  亿人使用\n', '有超过10亿人使用'],
    ['马云\n   旗下的', '马云旗下的'],
    ['Hello\n   world', 'Hello world'],
    ['美国FICO\n  的系统', '美国FICO的系统'],
    ['Larry\n Kudlow）', 'Larry Kudlow）'],
    ['数据库 跟国企谈合作', '数据库 跟国企谈合作'],
    ['a\u00a0\u00a0b', 'a b'],
  ])('%j', (raw, expected) => expect(collapseWhitespace(raw)).toBe(expected));
});
