import { describe, expect, it } from 'vitest';
import { runMatches } from '../../../src/recognize/run-matches.ts';

const GLOSS = /([\u4e00-\u9fff·]{2,8})[（(]([A-Z][A-Za-z&.' -]{1,48})[)）]/g;
const GLOSS_Y = new RegExp(GLOSS.source, 'y');
const cjkOrDot = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0xb7;
const rows = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[1], m[2]]);

describe('runMatches', () => {
  it.each([
    '谷歌的研究员玻尔森（Jack Poulson）说，欧特（Autel Robotics Inc）和（Foo）',
    '一个非常非常长的中文名字段落没有停顿的李爱晨（Li Aichen）',
    '（Lead）开头，名（X）短，甲乙（AB）（CD）',
    '',
  ])('gives what matchAll gives: %j', (text) => {
    expect(rows(runMatches(text, /[（(][A-Z]/g, 0, GLOSS_Y, cjkOrDot, 2, 8))).toEqual(rows(text.matchAll(GLOSS)));
  });
});
