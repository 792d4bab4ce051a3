import { describe, expect, it } from 'vitest';
import { looksLikeMojibake, repairMojibake } from '../../../src/load/repair-mojibake.ts';

const garble = (s: string): string => String.fromCharCode(...new TextEncoder().encode(s));
const SENTENCE = '测试市长周一宣布，新的公园将在下个月开放。';

describe('repairMojibake', () => {
  it('leaves correct text alone, including Latin-1 words', () => {
    for (const text of [SENTENCE, 'Zürich café 与 São Paulo 的合作', 'plain ascii']) {
      expect(looksLikeMojibake(text)).toBe(false);
      expect(repairMojibake(text)).toEqual({ text, repaired: false });
    }
  });

  it('repairs only the garbled runs and keeps the correct Chinese next to them', () => {
    const text = `标题正确\n<p>${garble(SENTENCE)}</p>\n<p>${garble('第二段，2018年9月。')}</p>\n原文链接：正确`;
    expect(repairMojibake(text)).toEqual({
      text: `标题正确\n<p>${SENTENCE}</p>\n<p>第二段，2018年9月。</p>\n原文链接：正确`,
      repaired: true,
    });
  });

  it('repairs mojibake made through windows-1252 as well as Latin-1', () => {
    const cp1252 = garble(SENTENCE).replace(/\u0080/g, '\u20ac').replace(/\u0099/g, '\u2122').replace(/\u009c/g, '\u0153');
    expect(repairMojibake(cp1252).text).toBe(SENTENCE);
  });

  it('drops a character cut in half where the text was truncated', () => {
    const text = `${garble(SENTENCE)}${garble('国').slice(0, 2)}\n</p>`;
    expect(repairMojibake(text).text).toBe(`${SENTENCE}\n</p>`);
  });
});
