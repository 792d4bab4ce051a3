import { describe, expect, it } from 'vitest';
import { wordShape } from '../../../src/segment/word-shape.ts';

describe('wordShape', () => {
  it.each(['谭晓东', '苗玉刚', '林燕'])('sees the out-of-vocabulary name %s as unknown', (name) => {
    expect(wordShape(name)).toBe('unknown');
  });

  it.each(['公司', '北京', '周五', '投资者'])('sees the ordinary dictionary word %s as a word', (word) => {
    expect(wordShape(word)).toBe('word');
  });

  // jieba's dictionary tags some ordinary words nr: they are `name`, which discovery trusts only after a role word.
  it.each(['荣誉', '顾客'])('reports the mistagged dictionary word %s as name, not unknown', (word) => {
    expect(wordShape(word)).toBe('name');
  });

  it('sees a Latin word as unknown', () => {
    expect(wordShape('Poulson')).toBe('unknown');
  });
});
