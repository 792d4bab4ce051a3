import { describe, expect, it } from 'vitest';
import { NER_LABELS, O, Part, TAG_COUNT, tagOf, tagsToSpans } from '../../../src/ner/ner-labels.ts';
import { emptyTransitions } from '../../../src/ner/ner-model.ts';
import { viterbi } from '../../../src/ner/viterbi.ts';

const T = TAG_COUNT;
const PER = NER_LABELS.indexOf('PER');

function emissionsFavouring(favourite: number[], strength = 5): Float32Array {
  const e = new Float32Array(favourite.length * T);
  favourite.forEach((t, i) => (e[i * T + t] = strength));
  return e;
}

describe('viterbi', () => {
  it('follows the emissions when they form a valid sequence', () => {
    const want = [O, tagOf(PER, Part.B), tagOf(PER, Part.I), tagOf(PER, Part.E), O];
    expect(Array.from(viterbi(emissionsFavouring(want), want.length, emptyTransitions(T)))).toEqual(want);
  });

  it('never yields an invalid sequence even when every position favours one', () => {
    // I-PER everywhere is invalid at both ends and alone: the decoder must repair it into a span.
    const e = emissionsFavouring([tagOf(PER, Part.I), tagOf(PER, Part.I), tagOf(PER, Part.I)]);
    const tags = viterbi(e, 3, emptyTransitions(T));
    expect(tagsToSpans(tags)).toEqual([{ start: 0, end: 3, label: PER }]);
  });

  it('lets transition scores overrule weak emissions', () => {
    const trans = emptyTransitions(T);
    trans.start[tagOf(PER, Part.S)] = -100;
    const e = emissionsFavouring([tagOf(PER, Part.S)], 1);
    expect(Array.from(viterbi(e, 1, trans))).toEqual([O]);
  });

  it('gives margins: zero on O, the score gap to the best path with O on a tagged character', () => {
    const want = [O, tagOf(PER, Part.B), tagOf(PER, Part.E)];
    const e = emissionsFavouring(want, 5);
    const margins = new Float32Array(3);
    viterbi(e, 3, emptyTransitions(T), margins);
    expect(margins[0]).toBe(0);
    // Best path scores 15; with O at position 1 the best is O O O... scoring 5 (O at 0) + 0 + 0 = 5.
    expect(margins[1]).toBeCloseTo(10);
    expect(viterbi(new Float32Array(0), 0, emptyTransitions(T)).length).toBe(0);
  });
});
