import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { analyzeInParallel } from '../../../src/pipeline/analyze-in-parallel.ts';
import type { FileOutcome } from '../../../src/pipeline/analyze-file.ts';
import { toGraphJson } from '../../../src/write/graph-json.ts';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhkg-jobs-'));
  writeFileSync(join(dir, 'a.txt'), '腾讯入股京东\n\n据新华社报导，腾讯公司董事会主席马化腾表示，腾讯将与京东合作。');
  writeFileSync(join(dir, 'b.txt'), '央行约谈蚂蚁集团\n\n中国人民银行周三约谈了马云旗下的蚂蚁集团。');
  writeFileSync(join(dir, 'c.txt'), '');
  writeFileSync(join(dir, 'd.txt'), '证监会处罚\n\n中国证监会对康美药业作出行政处罚。蚂蚁集团位于杭州。');
  return dir;
}

describe('ingest with worker threads', () => {
  it('gives the same graph and the same failures as the in-process run', async () => {
    const dir = folder();
    const serial = await ingest([dir], { jobs: 1 });
    const parallel = await ingest([dir], { jobs: 2 });
    expect(parallel.report.articlesRead).toBe(3);
    expect(parallel.report.failures.map((f) => f.code)).toEqual(serial.report.failures.map((f) => f.code));
    expect(parallel.report.failures.map((f) => f.code)).toEqual(['E_INPUT_EMPTY']);
    expect(toGraphJson(parallel.graph)).toBe(toGraphJson(serial.graph));
    // With a time budget even one job runs in a worker, and gives the same graph.
    const budgeted = await ingest([dir], { jobs: 1, fileTimeoutMs: 60_000 });
    expect(toGraphJson(budgeted.graph)).toBe(toGraphJson(serial.graph));
  }, 120_000);
});

describe('per-file budget in the workers', () => {
  const fake = new URL('./fake-ingest-worker.mjs', import.meta.url);
  const setup = { lexiconFiles: [], keepResults: false };
  const files = ['a.txt', 'hang.txt', 'b.txt', 'crash.txt', 'c.txt'];

  it.each([1, 2])('gives up a file over its time budget or whose worker dies, and goes on with the rest (jobs %i)', async (jobs) => {
    const seen: string[] = [];
    const outcomes: FileOutcome[] = [];
    await analyzeInParallel(files, jobs, setup, (i, file, outcome) => (seen.push(file), (outcomes[i] = outcome)), { fileTimeoutMs: 500, workerUrl: fake });
    expect(outcomes.map((o) => o.failure?.code ?? 'ok')).toEqual(['ok', 'E_INPUT_TOO_COMPLEX', 'ok', 'E_INTERNAL', 'ok']);
    expect(outcomes[1]!.failure!.message).toContain('hang.txt');
    expect(outcomes[1]!.failure!.file).toBe('hang.txt');
    // A progress event for every file, the stopped ones included.
    expect([...seen].sort()).toEqual([...files].sort());
  }, 30_000);

  it('gives up a file whose analysis outgrows the worker heap budget, and goes on with the rest', async () => {
    const outcomes: FileOutcome[] = [];
    await analyzeInParallel(['a.txt', 'hog.txt', 'b.txt'], 1, setup, (i, _file, outcome) => (outcomes[i] = outcome), { workerHeapMb: 64, workerUrl: fake });
    expect(outcomes.map((o) => o.failure?.code ?? 'ok')).toEqual(['ok', 'E_INPUT_TOO_COMPLEX', 'ok']);
    expect(outcomes[1]!.failure!.message).toMatch(/hog\.txt: analysis ran out of memory/);
  }, 60_000);
});

