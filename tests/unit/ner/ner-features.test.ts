import { describe, expect, it } from 'vitest';
import { endingAhead, extractFeatures, FEATURES_PER_CHAR } from '../../../src/ner/ner-features.ts';
import { ADMIN_CLASS, buildGazetteer, divisionEntries, markNames, markSuffixes } from '../../../src/ner/name-gazetteer.ts';
import { charClass, CHAR_CLASS } from '../../../src/ner/char-class.ts';

const gazetteer = buildGazetteer([
  ['北京', 'Location'],
  ['微软公司', 'Company'],
  ['微软', 'Company'],
]);
const words = (text: string) => [...text].map((_, i) => ({ start: i, end: i + 1, pos: 'x' }));

describe('name tagger features', () => {
  it('gives every character the same number of features, all inside the buckets', () => {
    const text = '李克强在北京会见了比尔·盖茨';
    const f = extractFeatures(text, words(text), gazetteer, 1024);
    expect(f.length).toBe(text.length * FEATURES_PER_CHAR);
    expect(Math.min(...f)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...f)).toBeLessThan(1024);
    expect(extractFeatures(text, words(text), gazetteer, 1024)).toEqual(f);
  });

  it('changes a character’s window features when a neighbour changes, not those of far characters', () => {
    const a = extractFeatures('张三在北京', words('张三在北京'), gazetteer, 1 << 16);
    const b = extractFeatures('张四在北京', words('张四在北京'), gazetteer, 1 << 16);
    const row = (f: Int32Array, i: number) => Array.from(f.slice(i * FEATURES_PER_CHAR, (i + 1) * FEATURES_PER_CHAR));
    expect(row(a, 0)).not.toEqual(row(b, 0));
    expect(row(a, 4)).toEqual(row(b, 4));
  });

  it('marks known names longest first, and organisation endings', () => {
    const names = markNames(gazetteer, '在微软公司和北京');
    expect(Array.from(names.slice(1, 5)).every((v) => v > 0)).toBe(true);
    expect(names[0]).toBe(0);
    expect(names[5]).toBe(0);
    expect(names[6]! >> 2).not.toBe(names[1]! >> 2); // a place, not a company
    const suffixes = markSuffixes('某某有限公司成立');
    expect(Array.from(suffixes).map((v) => (v > 0 ? 1 : 0))).toEqual([0, 0, 1, 1, 1, 1, 0, 0]);
  });

  it('tells character classes apart', () => {
    expect(['中', 'a', 'Z', '7', '，', ' '].map((c) => charClass(c.charCodeAt(0)))).toEqual([
      CHAR_CLASS.han, CHAR_CLASS.latin, CHAR_CLASS.latin, CHAR_CLASS.digit, CHAR_CLASS.punct, CHAR_CLASS.space,
    ]);
  });
});

describe('administrative divisions in the gazetteer', () => {
  it('marks full names, townships and short forms as classes of their own, after the lexicon’s names', () => {
    const entries = divisionEntries([
      { level: 'county', name: '甲乙区' },
      { level: 'township', name: '丙丁镇' },
      { level: 'county', name: '北京县' },
    ]);
    const g = buildGazetteer([['北京', 'Location']], entries);
    const cls = (text: string) => Array.from(markNames(g, text)).map((v) => v >> 2);
    expect(cls('在甲乙区')).toEqual([0, ADMIN_CLASS.division, ADMIN_CLASS.division, ADMIN_CLASS.division]);
    expect(cls('在甲乙')).toEqual([0, ADMIN_CLASS.short, ADMIN_CLASS.short]);
    expect(cls('丙丁镇')).toEqual([ADMIN_CLASS.township, ADMIN_CLASS.township, ADMIN_CLASS.township]);
    // 北京 is the lexicon's place, not the short form of a division.
    expect(cls('北京')[0]).toBe(markNames(buildGazetteer([['北京', 'Location']]), '北京')[0]! >> 2);
  });
});

describe('the organisation ending ahead', () => {
  const ahead = (text: string) => {
    const cls = new Int32Array(text.length + 4);
    for (let i = 0; i < text.length; i++) cls[i + 2] = charClass(text.charCodeAt(i));
    return Array.from(endingAhead(markSuffixes(text), cls));
  };

  it('lets every character of a name see the ending that closes it, nearer ones in finer buckets', () => {
    const a = ahead('甲乙市工业局今天');
    expect(a.slice(0, 6).every((v) => v > 0)).toBe(true);
    expect(new Set(a.slice(0, 6)).size).toBe(6); // distances 5, 4, 3, 2, 1, 0 (5 and 6 share a bucket, 0..4 do not)
    expect(a.slice(6)).toEqual([0, 0]);
  });

  it('does not see past punctuation, nor farther than ten characters', () => {
    expect(ahead('甲乙，丙丁公司').slice(0, 3)).toEqual([0, 0, 0]);
    expect(ahead('一二三四五六七八九十甲乙公司')[0]).toBe(0);
    expect(ahead('一二三四五六七八九十甲乙公司')[3]).toBeGreaterThan(0);
  });
});
