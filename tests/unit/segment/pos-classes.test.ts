import { describe, expect, it } from 'vitest';
import { FUNCTION_WORD_POS, HAN_RUN } from '../../../src/segment/pos-classes.ts';
import { tagWords } from '../../../src/segment/jieba.ts';

describe('POS classes shared by the recognisers', () => {
  it.each(['该', '的', '和', '在', '一', '了'])('the segmenter tags the function word %s with a function-word class', (word) => {
    const [tagged] = tagWords(word);
    expect(FUNCTION_WORD_POS).toContain(tagged!.tag);
  });
  it.each(['公司', '北京', '收购'])('and the content word %s with none', (word) => {
    const [tagged] = tagWords(word);
    expect(FUNCTION_WORD_POS).not.toContain(tagged!.tag);
  });
  it('HAN_RUN takes Han characters only', () => {
    expect(HAN_RUN.test('禾丰堂')).toBe(true);
    expect(HAN_RUN.test('禾丰堂A')).toBe(false);
    expect(HAN_RUN.test('')).toBe(false);
  });
});
