import { describe, expect, it } from 'vitest';
import { trainPerceptron, type TrainingExample } from '../../../src/ner/train-perceptron.ts';
import { extractFeatures } from '../../../src/ner/ner-features.ts';
import { buildGazetteer } from '../../../src/ner/name-gazetteer.ts';
import { NER_LABELS, spansToTags, tagsToSpans } from '../../../src/ner/ner-labels.ts';
import { emissions } from '../../../src/ner/ner-model.ts';
import { viterbi } from '../../../src/ner/viterbi.ts';

const gazetteer = buildGazetteer([]);
const PER = NER_LABELS.indexOf('PER');
const COM = NER_LABELS.indexOf('COM');
const buckets = 1 << 14;

// Tiny sentences: a name after 记者 is a person, a name before 公司 a company.
const SENTENCES: Array<[string, Array<[number, number, number]>]> = [
  ['记者王强报道', [[2, 4, PER]]],
  ['记者李明报道', [[2, 4, PER]]],
  ['记者赵刚报道', [[2, 4, PER]]],
  ['华星公司成立', [[0, 4, COM]]],
  ['蓝海公司成立', [[0, 4, COM]]],
  ['今天天气很好', []],
];

function example(text: string, spans: Array<[number, number, number]>, domain = 0): TrainingExample {
  const words = [...text].map((_, i) => ({ start: i, end: i + 1, pos: 'x' }));
  return { features: extractFeatures(text, words, gazetteer, buckets), tags: spansToTags(text.length, spans.map(([start, end, label]) => ({ start, end, label }))), domain };
}

describe('trainPerceptron', () => {
  it('learns the training sentences and generalises to a new name in the same frame', () => {
    const [model] = trainPerceptron(SENTENCES.map(([t, s]) => example(t, s)), { buckets, epochs: 10, seed: 1, domains: 1 });
    const tag = (text: string) => {
      const { features, tags } = example(text, []);
      return tagsToSpans(viterbi(emissions(model!, features, tags.length), tags.length, model!.transitions));
    };
    expect(tag('记者王强报道')).toEqual([{ start: 2, end: 4, label: PER }]);
    expect(tag('记者孙亮报道')).toEqual([{ start: 2, end: 4, label: PER }]);
    expect(tag('紫光公司成立')).toEqual([{ start: 0, end: 4, label: COM }]);
    expect(tag('今天天气很好')).toEqual([]);
  });

  it('is reproducible with a seed and returns one model per domain', () => {
    const data = SENTENCES.map(([t, s], i) => example(t, s, i % 2));
    const a = trainPerceptron(data, { buckets, epochs: 3, seed: 7, domains: 2 });
    const b = trainPerceptron(data, { buckets, epochs: 3, seed: 7, domains: 2 });
    expect(a).toHaveLength(2);
    expect(Array.from(a[1]!.weights)).toEqual(Array.from(b[1]!.weights));
    expect(Array.from(a[0]!.weights)).not.toEqual(Array.from(a[1]!.weights));
  });
});
