import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bestRun, corpusPages, dedupeByFileName, kbPerSecond, parseBenchArgs, verdict } from '../../../bench/pipeline-bench.ts';

describe('dedupeByFileName', () => {
  it('keeps the first file of each name, in order, whatever its folder', () => {
    const files = ['p/a/1.md', 'p/a/2.md', 'p/b/1.md', 'p/c/3.md', 'p/c/2.md'];
    expect(dedupeByFileName(files)).toEqual(['p/a/1.md', 'p/a/2.md', 'p/c/3.md']);
  });
  it('keeps files whose names differ only in extension', () => {
    expect(dedupeByFileName(['a/x.md', 'b/x.html'])).toEqual(['a/x.md', 'b/x.html']);
  });
});

describe('parseBenchArgs', () => {
  it.each([
    [[], { corpus: undefined, limit: undefined, repeat: 1, json: false, stages: false }],
    [['--limit', '50', '--repeat', '3', '--json', '--stages'], { corpus: undefined, limit: 50, repeat: 3, json: true, stages: true }],
    [['--corpus', '/c'], { corpus: '/c', limit: undefined, repeat: 1, json: false, stages: false }],
  ])('parses %j', (argv, expected) => {
    expect(parseBenchArgs(argv)).toEqual(expected);
  });
  it.each([[['--limit', '0']], [['--repeat', 'two']], [['--limit', '1.5']]])('rejects %j', (argv) => {
    expect(() => parseBenchArgs(argv)).toThrow(/positive integer/);
  });
});

describe('kbPerSecond and verdict', () => {
  it('turns bytes and milliseconds into KB/s', () => {
    expect(kbPerSecond(2048, 500)).toBe(4);
    expect(kbPerSecond(2048, 0)).toBe(0);
  });
  it.each([
    [0.5, 'PASS'],
    [0.73, 'PASS'],
    [0.499, 'BELOW TARGET'],
  ])('ratio %f is %s against 0.5', (ratio, expected) => {
    expect(verdict(ratio)).toBe(expected);
  });
});

describe('corpusPages', () => {
  const root = mkdtempSync(join(tmpdir(), 'zhkg-bench-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  it('prefers the pages folder, falls back to the folder itself, and is undefined when missing', () => {
    const withPages = join(root, 'with');
    mkdirSync(join(withPages, 'pages'), { recursive: true });
    const flat = join(root, 'flat');
    mkdirSync(flat);
    expect(corpusPages(withPages)).toBe(join(withPages, 'pages'));
    expect(corpusPages(flat)).toBe(flat);
    expect(corpusPages(join(root, 'absent'))).toBeUndefined();
  });
});

describe('bestRun', () => {
  it('picks the fastest run with its own GC and idle figures', () => {
    const runs = [
      { ms: 120, gcMs: 9, idleMs: 4 },
      { ms: 95, gcMs: 7, idleMs: 2 },
      { ms: 101, gcMs: 1, idleMs: 0 },
    ];
    expect(bestRun(runs)).toEqual({ ms: 95, gcMs: 7, idleMs: 2 });
  });
});
