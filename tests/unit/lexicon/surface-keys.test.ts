import { describe, it, expect } from 'vitest';
import { surfaceKeys } from '../../../src/lexicon/surface-keys.ts';

describe('surfaceKeys', () => {
  it.each([
    ['蚂蚁集团', ['蚂蚁集团']],
    ['Ant Group', ['Ant Group', 'ant group']],
    ['PBoC', ['PBoC', 'pboc']],
    ['Hector Retamal', ['Hector Retamal', 'hector retamal']],
    ['WHO', ['WHO']],
    ['FICO', ['FICO']],
    ['S&P', ['S&P']],
    ['NASDAQ', ['NASDAQ', 'nasdaq']],
    ['eBay', ['eBay', 'ebay']],
    ['iphone', ['iphone']],
    ['BBC中文网', ['BBC中文网']],
  ])('%s → %j', (surface, keys) => {
    expect(surfaceKeys(surface)).toEqual(keys);
  });
});
