import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.ts';
import { openOutputFolder } from '../../../src/write/output-folder.ts';
import { writeOutputs } from '../../../src/write/write-outputs.ts';
import { sampleResults } from '../../fixtures/graph/sample-results.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhkg-out-folder-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openOutputFolder', () => {
  it('writes a file given in pieces (more than one write batch, multi-byte characters) as their concatenation', async () => {
    const folder = await openOutputFolder(join(dir, 'out'));
    const pieces = Array.from({ length: 3000 }, (_, i) => `第${i}行：甲公司与乙银行合作。\n`.repeat(20));
    await folder.write('graph.json', pieces);
    await folder.commit();
    expect(await readFile(join(dir, 'out', 'graph.json'), 'utf8')).toBe(pieces.join(''));
  });

  it('keeps files it did not write, and refuses a folder holding a sub-folder before writing anything', async () => {
    const out = join(dir, 'out');
    await mkdir(out);
    await writeFile(join(out, 'notes.txt'), 'mine');
    await writeOutputs(buildGraph(sampleResults()), out, { formats: ['json'] });
    expect((await readdir(out)).sort()).toEqual(['graph.json', 'notes.txt']);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    await mkdir(join(out, 'sub'));
    await expect(openOutputFolder(out)).rejects.toMatchObject({ code: 'E_WRITE', file: out });
    expect(await readdir(dir)).toEqual(['out']);
  });

  it('removes its staging folder synchronously (for signal handlers) and sweeps ones left by killed runs', async () => {
    const out = join(dir, 'out');
    const folder = await openOutputFolder(out);
    await folder.write('graph.json', '{}');
    expect((await readdir(dir)).length).toBe(1);
    folder.discardSync();
    expect(await readdir(dir)).toEqual([]);
    // A staging folder of a process that no longer exists (pid 2^22 + 1 is above Linux's pid_max default).
    await mkdir(join(dir, '.out.zhkg-new-4194305-abcd'));
    await writeOutputs(buildGraph(sampleResults()), out, { formats: ['json'] });
    expect(await readdir(dir)).toEqual(['out']);
  });
});
