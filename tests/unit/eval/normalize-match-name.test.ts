import { describe, it, expect } from 'vitest';
import { normalizeMatchName } from '../../../src/eval/normalize-match-name.ts';

describe('normalizeMatchName', () => {
  it.each([
    ['  蚂蚁集团 ', '蚂蚁集团'],
    ['《华尔街日报》', '华尔街日报'],
    ['《华日》', '华日'],
    ['ＦＩＣＯ', 'fico'],
    ['PBOC', 'pboc'],
    ['Hector   Retamal', 'hector retamal'],
    ['Getty\u3000Images', 'getty images'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeMatchName(input)).toBe(expected);
  });

  it('applies the simplifier it is given before comparing', () => {
    const simplify = (s: string): string => s.replace('螞蟻', '蚂蚁').replace('團', '团');
    expect(normalizeMatchName('螞蟻集團', simplify)).toBe('蚂蚁集团');
    expect(normalizeMatchName('螞蟻集團')).not.toBe('蚂蚁集团');
  });
});
