import { describe, expect, it } from 'vitest';
import { entityKeyOf } from '../../../src/resolve/entity-key.ts';
import type { Mention } from '../../../src/types.ts';

const base: Mention = { start: 0, end: 3, text: '譚曉東', norm: '谭晓东', type: 'Person', source: 'discovery', sentence: 0 };

describe('the key of a discovered entity', () => {
  it('is the type and the normalised name, whitespace collapsed', () => {
    expect(entityKeyOf(base)).toBe('Person:谭晓东');
    expect(entityKeyOf({ ...base, norm: ' Jack   Poulson ' })).toBe('Person:Jack Poulson');
  });

  it('keeps the type apart: the same name of two types gives two keys', () => {
    expect(entityKeyOf({ ...base, norm: '欧特', type: 'Company' })).not.toBe(entityKeyOf({ ...base, norm: '欧特' }));
  });
});

describe('entityKeyOf', () => {
  it.each<[Partial<Mention>, string]>([
    [{}, 'Person:谭晓东'],
    [{ lexId: 'jack-ma' }, 'jack-ma'],
    [{ lexId: 'jack-ma', key: 'Person:马老师' }, 'Person:马老师'],
  ])('prefers a resolved key, then the lexicon id, then type and name: %j', (extra, expected) => {
    expect(entityKeyOf({ ...base, ...extra })).toBe(expected);
  });
});
