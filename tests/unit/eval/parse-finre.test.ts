import { describe, it, expect } from 'vitest';
import { parseFinre } from '../../../src/eval/parse-finre.ts';

describe('parseFinre', () => {
  it('reads X and 被X lines of one pair as one fact, the actor as our subject', () => {
    const text = '甲公司持有乙公司<N>%股份。';
    const out = parseFinre(`甲公司\t乙公司\t持股\t${text}\n\n乙公司\t甲公司\t被持股\t${text}\n`);
    expect(out).toHaveLength(1);
    expect(out[0]!.triples).toEqual([expect.objectContaining({ predicate: '持股', subject: '甲公司', object: '乙公司', accept: ['INVESTS_IN', 'CONTROLS'] })]);
  });

  it('reads a 被X line alone backwards', () => {
    const out = parseFinre('乙公司\t甲公司\t被收购\t甲公司收购乙公司。\n');
    expect(out[0]!.triples[0]).toMatchObject({ predicate: '收购', subject: '甲公司', object: '乙公司' });
  });

  it('numbers sentences by first appearance over every label, so unshared labels keep their place in the split', () => {
    const out = parseFinre('甲\t乙\t合作\t甲与乙合作。\n甲\t乙\t拥有\t甲拥有乙。\n');
    expect(out.map((s) => s.index)).toEqual([1]);
  });

  it('refuses a line without four columns with E_GOLD_INVALID', () => {
    expect(() => parseFinre('甲\t乙\t拥有\n')).toThrow(expect.objectContaining({ code: 'E_GOLD_INVALID' }));
  });
});

describe('parseFinre numbers', () => {
  it('reads the number placeholder <N> as a digit', () => {
    expect(parseFinre('甲\t乙\t持股\t甲持有乙<N>.<N>%股权。\n')[0]!.text).toBe('甲持有乙1.1%股权。');
  });
});
