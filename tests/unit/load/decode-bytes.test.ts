import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/load/decode-bytes.ts';
import { isZhkgError, type ErrorCode } from '../../../src/errors.ts';

const SIMPLIFIED = '测试市的新图书馆周三开放，馆长说藏书超过十万册，市民们都很高兴，很多人一早就来排队借书。';
const TRADITIONAL = '測試市的新圖書館週三開放，館長說藏書超過十萬冊，市民們都很高興，很多人一早就來排隊借書。';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

function codeOf(fn: () => unknown): ErrorCode | undefined {
  try {
    fn();
  } catch (e) {
    if (isZhkgError(e)) {
      expect(e.file).toBe('in.txt');
      expect(e.message).toContain('in.txt');
      return e.code;
    }
    throw e;
  }
  return undefined;
}

/** UTF-8 text read as Latin-1 and saved again as UTF-8. */
const garble = (s: string): string => String.fromCharCode(...new TextEncoder().encode(s));

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', utf8(SIMPLIFIED), SIMPLIFIED, 'utf-8'],
    ['UTF-8 with BOM', concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(SIMPLIFIED)), SIMPLIFIED, 'utf-8'],
    ['UTF-16LE with BOM', concat(Uint8Array.of(0xff, 0xfe), iconv.encode(SIMPLIFIED, 'utf-16le')), SIMPLIFIED, 'utf-16le'],
    ['UTF-16BE with BOM', concat(Uint8Array.of(0xfe, 0xff), iconv.encode(SIMPLIFIED, 'utf-16be')), SIMPLIFIED, 'utf-16be'],
    // Without a BOM: the ASCII in ordinary text (a title line, a date) puts zero bytes on one side only.
    ['UTF-16LE without BOM', iconv.encode(`标题\n\n2020年${SIMPLIFIED}`, 'utf-16le'), `标题\n\n2020年${SIMPLIFIED}`, 'utf-16le'],
    ['UTF-16BE without BOM', iconv.encode(`标题\n\n2020年${SIMPLIFIED}`, 'utf-16be'), `标题\n\n2020年${SIMPLIFIED}`, 'utf-16be'],
    ['GBK', iconv.encode(SIMPLIFIED, 'gbk'), SIMPLIFIED, 'gb18030'],
    ['GB18030', iconv.encode(SIMPLIFIED, 'gb18030'), SIMPLIFIED, 'gb18030'],
    ['Big5', iconv.encode(TRADITIONAL, 'big5'), TRADITIONAL, 'big5'],
  ])('decodes %s', (_, bytes, text, encoding) => {
    const decoded = decodeBytes(bytes, 'in.txt');
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.repaired).toBeUndefined();
  });

  it('still calls bytes with zeros on both sides binary', () => {
    expect(codeOf(() => decodeBytes(Uint8Array.of(0x41, 0, 0, 0x42, 0x43, 0, 0, 0x44), 'in.txt'))).toBe('E_INPUT_BINARY');
  });

  it('does not trust a <meta charset> that the bytes contradict', () => {
    const page = `<html><head><meta charset="big5"><title>图书馆</title></head><body><p>${SIMPLIFIED}</p></body></html>`;
    const decoded = decodeBytes(iconv.encode(page, 'gbk'), 'in.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain(SIMPLIFIED);
  });

  it('takes valid UTF-8 as UTF-8 whatever the page declares', () => {
    const page = `<meta charset="gbk"><p>${SIMPLIFIED}</p>`;
    expect(decodeBytes(utf8(page), 'in.txt')).toEqual({ text: page, encoding: 'utf-8' });
  });

  it('repairs mojibake run by run and keeps the correct Chinese around it', () => {
    const text = `### ${SIMPLIFIED.slice(0, 7)}\n\n${garble(SIMPLIFIED)}\n${garble('第二段：市长也来了。')}\n原文链接：正确的中文`;
    const decoded = decodeBytes(utf8(text), 'in.txt');
    expect(decoded.repaired).toBe('mojibake');
    expect(decoded.text).toBe(`### ${SIMPLIFIED.slice(0, 7)}\n\n${SIMPLIFIED}\n第二段：市长也来了。\n原文链接：正确的中文`);
  });

  it.each([
    ['no bytes', new Uint8Array(0), 'E_INPUT_EMPTY'],
    ['only whitespace', utf8(' \n\t \r\n'), 'E_INPUT_EMPTY'],
    ['a PNG', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'E_INPUT_BINARY'],
    ['a zip', concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), utf8('abc')), 'E_INPUT_BINARY'],
    ['NUL bytes', concat(utf8('abc'), Uint8Array.of(0, 0, 0), utf8('def')), 'E_INPUT_BINARY'],
    ['mostly control bytes', Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x02)), 'E_INPUT_BINARY'],
    ['bytes valid in no candidate encoding', concat(utf8('标题 '), Uint8Array.of(0xff, 0xff, 0xff, 0x80, 0xff)), 'E_INPUT_ENCODING'],
  ])('rejects %s', (_, bytes, code) => {
    expect(codeOf(() => decodeBytes(bytes, 'in.txt'))).toBe(code);
  });

  it('raises E_INPUT_MOJIBAKE when garbled text cannot be repaired', () => {
    // Lead bytes followed by characters that cannot continue a UTF-8 sequence.
    const broken = 'ä¸Xå½Yæ¶Zè®Wç»Vé¢U'.repeat(4);
    expect(codeOf(() => decodeBytes(utf8(broken), 'in.txt'))).toBe('E_INPUT_MOJIBAKE');
  });
});
