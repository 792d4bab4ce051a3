import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { passwordArgFileText, withPasswordArgFile } from '../../../../src/neo4j/server/password-arg-file.ts';

describe('passwordArgFileText', () => {
  it.each([
    ['plain', 'test-abc123', '"test-abc123"\n'],
    ['quotes and backslashes', 'a"b\\c', '"a\\"b\\\\c"\n'],
    ['line breaks, which would end a quoted token', 'x\ny\rz', '"x\\ny\\rz"\n'],
    ['spaces, # and a leading @ (kept literal by the quotes)', '@a b #c', '"@a b #c"\n'],
  ])('writes %s as one quoted token', (_label, password, text) => {
    expect(passwordArgFileText(password)).toBe(text);
  });
});

describe('withPasswordArgFile', () => {
  it('passes @<file> (not the password), keeps the file private and removes it afterwards', async () => {
    let file = '';
    const arg = await withPasswordArgFile('s3cret-pw', async (a) => {
      file = a.slice(1);
      expect(readFileSync(file, 'utf8')).toBe('"s3cret-pw"\n');
      return a;
    });
    expect(arg.startsWith('@')).toBe(true);
    expect(arg).not.toContain('s3cret-pw');
    expect(() => readFileSync(file)).toThrow();
  });
});
