import { copyFileSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { toGraphJson } from '../../../src/write/graph-json.ts';
import { SIMPLIFIED } from '../../fixtures/nlp/twin-articles.ts';

let dir: string;
let cacheDir: string;
const SEED = 'seeds/000_b8188a9e28d94beb.txt';
const OTHER = '苹果公司发布新手机\n\n【大纪元2021年09月15日讯】苹果公司周二在加州发布了新款iPhone。苹果公司首席执行官库克介绍了新产品。\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhkg-ingest-cache-'));
  cacheDir = join(dir, '.cache');
  writeFileSync(join(dir, 'a.txt'), SIMPLIFIED);
  writeFileSync(join(dir, 'b.txt'), OTHER);
  copyFileSync(SEED, join(dir, 'seed.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function clean(): Promise<string> {
  return toGraphJson((await ingest([dir])).graph);
}

describe('ingest with a result cache', () => {
  it('analyses every page the first time, none the second, and writes the same graph as a run without cache', async () => {
    const first = await ingest([dir], { cacheDir });
    expect(first.report.cache).toEqual({ hits: 0, misses: 3, removed: 0 });
    const second = await ingest([dir], { cacheDir });
    expect(second.report.cache).toEqual({ hits: 3, misses: 0, removed: 0 });
    const expected = await clean();
    expect(toGraphJson(first.graph)).toBe(expected);
    expect(toGraphJson(second.graph)).toBe(expected);
    expect(second.report.textChars).toBe(first.report.textChars);
    expect(second.report.coverage).toEqual(first.report.coverage);
  });

  it('analyses only a changed page, in worker threads too, and gives the graph of a clean run', async () => {
    writeFileSync(join(dir, 'b.txt'), OTHER.replace('库克', '库克和副总裁席勒'));
    const run = await ingest([dir], { cacheDir, fileTimeoutMs: 60_000 });
    expect(run.report.cache).toEqual({ hits: 2, misses: 1, removed: 1 });
    expect(toGraphJson(run.graph)).toBe(await clean());
  });

  it('drops a page whose file is gone, from the graph and from the cache', async () => {
    unlinkSync(join(dir, 'a.txt'));
    const run = await ingest([dir], { cacheDir });
    expect(run.report.cache).toEqual({ hits: 2, misses: 0, removed: 1 });
    expect(run.report.articlesRead).toBe(2);
    expect(toGraphJson(run.graph)).toBe(await clean());
  });

  it('does not cache a file that failed', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = await ingest([dir], { cacheDir });
    expect(run.report.failures.map((f) => f.code)).toEqual(['E_INPUT_EMPTY']);
    const again = await ingest([dir], { cacheDir });
    expect(again.report.cache).toEqual({ hits: 2, misses: 1, removed: 0 });
    unlinkSync(join(dir, 'empty.txt'));
  });
});
