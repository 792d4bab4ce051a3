import { describe, expect, it } from 'vitest';
import { mayFollow, NER_LABELS, O, Part, spansToTags, tagOf, tagsToSpans } from '../../../src/ner/ner-labels.ts';

const PER = NER_LABELS.indexOf('PER');
const LOC = NER_LABELS.indexOf('LOC');

describe('BIOES tags', () => {
  it('round-trips spans of one and several characters', () => {
    const spans = [
      { start: 0, end: 3, label: PER },
      { start: 4, end: 5, label: LOC },
      { start: 5, end: 7, label: LOC },
    ];
    const tags = spansToTags(8, spans);
    expect(Array.from(tags)).toEqual([tagOf(PER, Part.B), tagOf(PER, Part.I), tagOf(PER, Part.E), O, tagOf(LOC, Part.S), tagOf(LOC, Part.B), tagOf(LOC, Part.E), O]);
    expect(tagsToSpans(tags)).toEqual(spans);
  });

  it('allows only well-formed sequences', () => {
    expect(mayFollow(-1, tagOf(PER, Part.B))).toBe(true);
    expect(mayFollow(-1, tagOf(PER, Part.I))).toBe(false);
    expect(mayFollow(tagOf(PER, Part.B), tagOf(LOC, Part.E))).toBe(false);
    expect(mayFollow(tagOf(PER, Part.B), tagOf(PER, Part.E))).toBe(true);
    expect(mayFollow(tagOf(PER, Part.I), -1)).toBe(false);
    expect(mayFollow(tagOf(PER, Part.E), O)).toBe(true);
  });
});
