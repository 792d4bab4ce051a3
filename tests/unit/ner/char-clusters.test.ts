import { describe, expect, it } from 'vitest';
import { loadCharClusters, parseCharClusters } from '../../../src/ner/char-clusters.ts';

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


  it('loads the committed file: place endings share a fine cluster apart from the verbs', () => {
    const { fine, coarse } = loadCharClusters();
    const f = (c: string) => fine[c.charCodeAt(0)]!;
    expect(f('坪')).toBeGreaterThan(0);
    expect(f('坪')).toBe(f('塘'));
    expect(f('坪')).not.toBe(f('听'));
    expect(coarse['坪'.charCodeAt(0)]).toBeGreaterThan(0);
  });
});
