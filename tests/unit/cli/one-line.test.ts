import { describe, expect, it } from 'vitest';
import { oneLine } from '../../../src/cli/one-line.ts';

describe('oneLine', () => {
  it('escapes line breaks and other controls so a message stays one line', () => {
    expect(oneLine('E_INPUT_EMPTY a\nb.txt\r\t\u0007\u2028')).toBe('E_INPUT_EMPTY a\\nb.txt\\r\\t\\u0007\\u2028');
  });

  it('leaves ordinary text, Chinese included, as it is', () => {
    expect(oneLine('E_INPUT_MISSING 新闻/文章 1.txt')).toBe('E_INPUT_MISSING 新闻/文章 1.txt');
  });
});
