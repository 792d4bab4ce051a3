import { describe, expect, it } from 'vitest';
import { TAGGER_FILTERS, taggerFilterRejecting } from '../../../src/recognize/tagger-filters.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { ensureUserWords } from '../../../src/pipeline/user-words.ts';

// The segmenter's dictionary as the pipeline sees it (some filters ask it how it knows a word).
ensureUserWords(loadLexicon());

describe('tagger filters: every filter refuses its own negative examples and keeps its positive ones', () => {
  for (const f of TAGGER_FILTERS) {
    it(f.id, () => {
      expect(f.rejects.length).toBeGreaterThan(0);
      expect(f.keeps.length).toBeGreaterThan(0);
      for (const [name, type, before = '', after = ''] of f.rejects) expect(f.reject(name, type, { before, after }), `${f.id} rejects ${name}`).toBe(true);
      for (const [name, type, before = '', after = ''] of f.keeps) expect(f.reject(name, type, { before, after }), `${f.id} keeps ${name}`).toBe(false);
    });
  }

  it('ids are unique, and a plain new name passes them all', () => {
    expect(new Set(TAGGER_FILTERS.map((f) => f.id)).size).toBe(TAGGER_FILTERS.length);
    expect(taggerFilterRejecting('陈奎德', 'Person', { before: '学者', after: '表示' })).toBeUndefined();
    expect(taggerFilterRejecting('首席执行官', 'Person', { before: '', after: '' })).toBe('title-alone');
    expect(taggerFilterRejecting('黄埔', 'Location', { before: '驶入', after: '大道后' })).toBe('place-in-road-name');
    expect(taggerFilterRejecting('张姓', 'Person', { before: '一名', after: '男子' })).toBe('person-surnamed');
  });
});
