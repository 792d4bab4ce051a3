import { describe, expect, it } from 'vitest';
import { loadCharClusters, parseCharClusters } from '../../../src/ner/char-clusters.ts';
import { extractFeatures, FEATURES_PER_CHAR } from '../../../src/ner/ner-features.ts';
import { buildGazetteer } from '../../../src/ner/name-gazetteer.ts';

describe('distributional character clusters', () => {
  it('reads a fine and a coarse cluster per character; unlisted characters are 0', () => {
    const c = parseCharClusters('char\tfine\tcoarse\n甲\t17\t3\n乙\t256\t32\n', 'test');
    expect([c.fine['甲'.charCodeAt(0)], c.coarse['甲'.charCodeAt(0)], c.fine['乙'.charCodeAt(0)], c.coarse['乙'.charCodeAt(0)]]).toEqual([17, 3, 256, 32]);
    expect(c.fine['丙'.charCodeAt(0)]).toBe(0);
  });

  it('rejects a bad header, a cluster 0, a missing column and two characters with E_LEXICON_INVALID', () => {
    for (const text of ['char\tcluster\n', 'char\tfine\tcoarse\n甲\t0\t3\n', 'char\tfine\tcoarse\n甲\t4\n', 'char\tfine\tcoarse\n甲乙\t4\t3\n']) {
      expect(() => parseCharClusters(text, 'test')).toThrow(expect.objectContaining({ code: 'E_LEXICON_INVALID' }));
    }
  });

  it('gives two characters of one fine cluster the same cluster feature but different character features', () => {
    const { fine } = loadCharClusters();
    // Two listed Han characters of the committed file that share a fine cluster.
    const seen = new Map<number, number>();
    let pair: [string, string] | undefined;
    for (let c = 0x4e00; c <= 0x9fff && !pair; c++) {
      const f = fine[c]!;
      if (f === 0) continue;
      const other = seen.get(f);
      if (other !== undefined) pair = [String.fromCharCode(other), String.fromCharCode(c)];
      else seen.set(f, c);
    }
    expect(pair).toBeDefined();
    const g = buildGazetteer([]);
    const row = (text: string) => Array.from(extractFeatures(text, [{ start: 0, end: 1, pos: 'x' }], g, 1 << 20).slice(0, FEATURES_PER_CHAR));
    const [a, b] = [row(pair![0]), row(pair![1])];
    expect(a[3]).not.toBe(b[3]); // the character itself
    expect(a[31]).toBe(b[31]); // its fine cluster, where in the word
  });
});
