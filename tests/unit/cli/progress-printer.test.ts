import { describe, expect, it } from 'vitest';
import { progressPrinter } from '../../../src/cli/progress-printer.ts';

describe('progressPrinter (not a terminal)', () => {
  it('prints a line every 100 files, at the end, and a line naming each failed file', () => {
    const lines: string[] = [];
    const print = progressPrinter({ out: () => {}, err: (l) => lines.push(l), env: {}, tty: false });
    for (let done = 1; done <= 250; done++) {
      const failed = done === 42;
      print({ done, total: 250, file: `f${done}.txt`, ok: !failed, error: failed ? { code: 'E_INPUT_EMPTY', message: 'readArticle: f42.txt: empty' } : undefined });
    }
    expect(lines.filter((l) => /^\[\d+\/250\]/.test(l)).map((l) => l.split(' ')[0])).toEqual(['[42/250]', '[100/250]', '[200/250]', '[250/250]']);
    expect(lines).toContain('E_INPUT_EMPTY readArticle: f42.txt: empty');
  });
});
