import { describe, expect, it } from 'vitest';
import { CHAR_PROFILE_GROUPS, dominantProfiles, loadCharProfiles, parseCharProfiles, profileLevel } from '../../../src/ner/char-profiles.ts';

const header = ['char', ...CHAR_PROFILE_GROUPS.map((g) => g.name)].join('\t');

describe('character profiles from the dictionary', () => {
  it('cuts shares into four levels', () => {
    const rows: Array<[number, number, number]> = [
      [0, 50, 0],
      [1, 100, 0],
      [2, 100, 1],
      [9, 100, 1],
      [10, 100, 2],
      [29, 100, 2],
      [30, 100, 3],
      [5, 5, 3],
      [3, 0, 0],
    ];
    for (const [count, total, level] of rows) expect(profileLevel(count, total)).toBe(level);
  });

  it('reads a character’s begin, inside and end levels per group into one code', () => {
    const p = parseCharProfiles(`${header}\n甲\t301\t000\t000\t000\t000\n乙\t000\t000\t023\t000\t000\n`, 'test');
    const [person, , place] = p;
    expect(person!['甲'.charCodeAt(0)]).toBe(1 + 3 * 16 + 0 * 4 + 1);
    expect(place!['甲'.charCodeAt(0)]).toBe(1);
    expect(place!['乙'.charCodeAt(0)]).toBe(1 + 0 + 2 * 4 + 3);
    expect(person!['丙'.charCodeAt(0)]).toBe(0); // not listed
  });

  it('rejects a bad header, a level out of range and a missing column with E_LEXICON_INVALID', () => {
    for (const text of ['char\tperson\n', `${header}\n甲\t401\t000\t000\t000\t000\n`, `${header}\n甲\t301\t000\t000\t000\n`, `${header}\n甲乙\t301\t000\t000\t000\t000\n`]) {
      expect(() => parseCharProfiles(text, 'test')).toThrow(expect.objectContaining({ code: 'E_LEXICON_INVALID' }));
    }
  });

  it('gives each character the group it is most often part of a name in, ties to the first group', () => {
    const p = parseCharProfiles(`${header}\n甲\t300\t000\t000\t000\t000\n乙\t000\t000\t023\t000\t000\n丙\t010\t010\t000\t000\t000\n`, 'test');
    expect(Array.from(dominantProfiles('甲乙丙丁', p))).toEqual([0, 0, 1, 3, 1, 0, 0, 0]);
  });

  it('loads the committed file: common surnames lean to persons, administrative endings to places', () => {
    const [person, , place] = loadCharProfiles();
    const level = (v: number, at: 0 | 2) => (at === 0 ? (v - 1) >> 4 : (v - 1) & 3);
    expect(level(person!['王'.charCodeAt(0)]!, 0)).toBe(3);
    expect(level(place!['市'.charCodeAt(0)]!, 2)).toBe(3);
  });
});
