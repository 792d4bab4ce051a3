import { describe, expect, it } from 'vitest';
import type { Token } from '../../../src/types.ts';
import { endsToken, startsToken, tokenEndingAt, tokenIndex, tokenStartingAt } from '../../../src/segment/token-index.ts';

const tok = (text: string, start: number): Token => ({ text, pos: 'x', start, end: start + text.length });
// 马云 创办 了 阿里巴巴 (a space at 5 is no token)
const tokens = [tok('马云', 0), tok('创办', 2), tok('了', 4), tok('阿里巴巴', 6)];

describe('tokenIndex', () => {
  it('answers which token starts or ends at an offset', () => {
    expect(tokenStartingAt(tokens, 2)?.text).toBe('创办');
    expect(tokenEndingAt(tokens, 10)?.text).toBe('阿里巴巴');
    expect(tokenStartingAt(tokens, 1)).toBeUndefined();
    expect(tokenStartingAt(tokens, 5)).toBeUndefined();
  });

  it('treats offsets outside the text as no boundary', () => {
    expect(startsToken(tokens, -1)).toBe(false);
    expect(endsToken(tokens, 11)).toBe(false);
    expect(endsToken(tokens, 5)).toBe(true);
    expect(startsToken(tokens, 6)).toBe(true);
  });

  it('is built once per token list', () => {
    expect(tokenIndex(tokens)).toBe(tokenIndex(tokens));
    expect(tokenIndex([]).startingAt.length).toBe(1);
  });
});
