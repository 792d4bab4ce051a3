import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { INTERGOVERNMENTAL_BODIES, isIntergovernmental } from '../../../src/extract/intergovernmental-bodies.ts';

describe('INTERGOVERNMENTAL_BODIES', () => {
  const lexicon = loadLexicon();
  it.each([...INTERGOVERNMENTAL_BODIES])('%s is an organisation of the lexicon', (id) => {
    expect(lexicon.byId.get(id)?.type).toBe('Organization');
  });
  it.each([
    ['who', true],
    ['united-nations', true],
    ['us-state-dept', false],
    ['huawei', false],
    [undefined, false],
  ] as const)('isIntergovernmental(%s) is %s', (id, want) => {
    expect(isIntergovernmental(id)).toBe(want);
  });
});
