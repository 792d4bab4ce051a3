import { describe, expect, it } from 'vitest';
import { addWords, tagWords } from '../../../src/segment/jieba.ts';

describe('jieba adapter', () => {
  it('tags words with their POS, covering the text in order', () => {
    const words = tagWords('马云创办了阿里巴巴。');
    expect(words.map((w) => w.word).join('')).toBe('马云创办了阿里巴巴。');
    for (const w of words) expect(w.tag).toMatch(/^[a-z]+$/);
  });

  it('adds a word once: it then stays one token with the given tag', () => {
    expect(addWords([['澜沧星链', 'nz'], ['澜沧星链', 'nz']])).toBe(1);
    expect(addWords([['澜沧星链', 'nz']])).toBe(0);
    expect(tagWords('澜沧星链上线了')[0]).toEqual({ word: '澜沧星链', tag: 'nz' });
  });
});
