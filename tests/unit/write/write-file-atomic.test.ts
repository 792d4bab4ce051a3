import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/write/write-file-atomic.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhkg-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(run: () => Promise<unknown>): Promise<{ code?: string; file?: string }> {
  try {
    await run();
  } catch (e) {
    return e as { code?: string; file?: string };
  }
  throw new Error('expected a failure');
}

describe('writeFileAtomic', () => {
  it('writes the file, creating missing folders, and leaves no temp file', async () => {
    const path = join(dir, 'a', 'b', 'graph.json');
    await writeFileAtomic(path, '{"图":1}\n');
    expect(await readFile(path, 'utf8')).toBe('{"图":1}\n');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['graph.json']);
  });

  it('replaces an existing file whole', async () => {
    const path = join(dir, 'graph.json');
    await writeFile(path, 'old content that is longer than the new one');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('writes bytes as given', async () => {
    const path = join(dir, 'bytes.bin');
    await writeFileAtomic(path, new Uint8Array([0, 255, 10]));
    expect([...(await readFile(path))]).toEqual([0, 255, 10]);
  });

  it('fails with E_WRITE naming the path when the parent is a file', async () => {
    await writeFile(join(dir, 'file'), 'x');
    const path = join(dir, 'file', 'graph.json');
    const error = await failure(() => writeFileAtomic(path, 'data'));
    expect(error.code).toBe('E_WRITE');
    expect(error.file).toBe(path);
    expect(await readdir(dir)).toEqual(['file']);
  });

  it('removes its temp file and keeps the old target when the final rename fails', async () => {
    // A non-empty folder at the target path: the temp file is written, the rename over it fails.
    const path = join(dir, 'graph.json');
    await mkdir(path);
    await writeFile(join(path, 'keep'), 'old');
    const error = await failure(() => writeFileAtomic(path, 'new data'));
    expect(error.code).toBe('E_WRITE');
    expect(await readdir(dir)).toEqual(['graph.json']);
    expect(await readFile(join(path, 'keep'), 'utf8')).toBe('old');
  });
});
