import { describe, expect, it } from 'vitest';
import { parseCluener, parsePeoplesDaily } from '../../../src/ner/ner-datasets.ts';
import { scoreSpans } from '../../../src/ner/score-spans.ts';
import { isZhkgError } from '../../../src/errors.ts';

describe('public NER data readers', () => {
  it('reads CLUENER records with inclusive spans as half-open ones', () => {
    const [s] = parseCluener('{"text": "浙商银行叶老桂博士", "label": {"name": {"叶老桂": [[4, 6]]}, "company": {"浙商银行": [[0, 3]]}}}\n');
    expect(s!.text).toBe('浙商银行叶老桂博士');
    expect(s!.spans).toEqual([
      { start: 0, end: 4, label: 'company' },
      { start: 4, end: 7, label: 'name' },
    ]);
    try {
      parseCluener('{oops');
      expect.unreachable();
    } catch (e) {
      expect(isZhkgError(e) && e.code).toBe('E_INPUT_ENCODING');
    }
  });

  it('reads People’s Daily BIO lines, a blank line between sentences', () => {
    const text = ['中 B-ORG', '共 I-ORG', '在 O', '北 B-LOC', '京 I-LOC', '', '李 B-PER', '鹏 I-PER', '说 O', ''].join('\n');
    const [a, b] = parsePeoplesDaily(text);
    expect(a).toEqual({ text: '中共在北京', spans: [{ start: 0, end: 2, label: 'ORG' }, { start: 3, end: 5, label: 'LOC' }] });
    expect(b).toEqual({ text: '李鹏说', spans: [{ start: 0, end: 2, label: 'PER' }] });
  });
});

describe('scoreSpans', () => {
  it('counts exact span and label matches per label and overall', () => {
    const s = scoreSpans(
      [{ gold: [{ start: 0, end: 2, label: 0 }, { start: 3, end: 5, label: 1 }], predicted: [{ start: 0, end: 2, label: 0 }, { start: 3, end: 6, label: 1 }] }],
      ['PER', 'LOC'],
    );
    expect(s.PER).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(s.LOC).toMatchObject({ correct: 0, f1: 0 });
    expect(s.overall).toMatchObject({ gold: 2, predicted: 2, correct: 1, f1: 0.5 });
  });
});
