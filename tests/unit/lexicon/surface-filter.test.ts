import { describe, expect, it } from 'vitest';
import { mayBeSurface, mayStartSurface, surfaceFilter } from '../../../src/lexicon/surface-filter.ts';

const FORMS = ['青山市', '青山区政府', '白河镇', '蓝湾集团', 'Acme', '东'];

describe('surfaceFilter', () => {
  const filter = surfaceFilter(FORMS);

  it('never rules out a form of two or more characters, wherever it stands in the text', () => {
    for (const form of FORMS.filter((f) => f.length >= 2)) {
      const text = `据说${form}昨天`;
      expect(mayStartSurface(filter, text, 2)).toBe(true);
      expect(mayBeSurface(filter, text, 2, 2 + form.length)).toBe(true);
    }
  });

  it('rules out spans whose first two characters start no form or whose last character ends none', () => {
    const text = '昨天下午他们去了青山公园';
    expect(mayStartSurface(filter, text, 0)).toBe(false); // 昨天
    expect(mayBeSurface(filter, text, 8, 12)).toBe(false); // 青山公园: 园 ends no form
    expect(mayBeSurface(filter, text, 8, 10)).toBe(false); // 青山: 山 ends no form
  });

  it('skips forms shorter than two characters', () => {
    expect(filter.last['东'.charCodeAt(0)]).toBe(0);
  });
});
