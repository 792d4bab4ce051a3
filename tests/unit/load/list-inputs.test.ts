import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInputs } from '../../../src/load/list-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'zhkg-list-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const touch = (...parts: string[]): string => {
  const path = join(root, ...parts);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
  return path;
};

describe('listInputs', () => {
  const b = touch('a', 'b.md');
  const c = touch('a', 'deep', 'c.HTML');
  const d = touch('a', 'd.txt');
  const e = touch('a', 'e.shtml');
  touch('a', 'skip.pdf');
  touch('a', '.hidden.md');
  touch('a', '.git', 'x.md');
  const explicit = touch('other', 'notes.data');

  it('expands folders recursively, keeps explicit files whatever their extension, sorts and de-duplicates', () => {
    const { files, errors } = listInputs([explicit, join(root, 'a'), b, join(root, 'a', '.', 'd.txt')]);
    expect(errors).toEqual([]);
    expect(files).toEqual([b, c, d, e, explicit].sort());
  });

  it('reports each missing path and still lists the others', () => {
    const missing = join(root, 'missing');
    const { files, errors } = listInputs([missing, d]);
    expect(files).toEqual([d]);
    expect(errors.map((x) => [x.code, x.file])).toEqual([['E_INPUT_MISSING', missing]]);
    expect(errors[0]!.message).toContain(missing);
  });

  it('lists a folder of 10,000 files quickly', () => {
    const big = join(root, 'big');
    mkdirSync(big);
    for (let i = 0; i < 10_000; i++) writeFileSync(join(big, `${String(i).padStart(5, '0')}.txt`), '');
    const t0 = performance.now();
    const { files } = listInputs([big]);
    expect(files).toHaveLength(10_000);
    expect(files[0]).toBe(join(big, '00000.txt'));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
