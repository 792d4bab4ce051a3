import { describe, expect, it } from 'vitest';
import { stripInvalidXmlChars, xmlEscape } from '../../../src/write/xml-escape.ts';

describe('xmlEscape', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<x>', '&lt;x&gt;'],
    [`"q" 'a'`, '&quot;q&quot; &apos;a&apos;'],
    ['l1\r\nl2\tx', 'l1&#13;&#10;l2&#9;x'],
    ['蚂蚁😀', '蚂蚁😀'],
    ['a\u0000b\u001Fc\u000Bd', 'abcd'],
  ])('escapes %j as %j', (input, output) => {
    expect(xmlEscape(input)).toBe(output);
  });
});

describe('stripInvalidXmlChars', () => {
  it.each([
    ['lone high surrogate', 'a\uD83Db', 'ab'],
    ['lone low surrogate', 'a\uDE00b', 'ab'],
    ['reversed pair', '\uDE00\uD83D', ''],
    ['valid pair kept', '\uD83D\uDE00', '😀'],
    ['non-characters', 'x\uFFFE\uFFFFy', 'xy'],
    ['tab, newline, return kept', '\t\n\r', '\t\n\r'],
  ])('%s', (_name, input, output) => {
    expect(stripInvalidXmlChars(input)).toBe(output);
  });
});
