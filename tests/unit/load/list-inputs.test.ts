import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('follows a symlink loop once: each file listed once, one warning naming the link', () => {
    const top = join(root, 'one-loop');
    const f1 = touch('one-loop', 'f1.txt');
    const f2 = touch('one-loop', 'sub', 'f2.txt');
    symlinkSync(top, join(top, 'sub', 'back'));
    const { files, errors, warnings } = listInputs([top]);
    expect(errors).toEqual([]);
    expect(files).toEqual([f1, f2]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/back.*symlink loop/);
  }, 10_000);

  it('finishes on two loops that feed each other, each file once and one warning per loop', () => {
    const a = join(root, 'two-loops', 'a');
    const b = join(root, 'two-loops', 'b');
    const fa = touch('two-loops', 'a', 'fa.md');
    const fb = touch('two-loops', 'b', 'fb.md');
    symlinkSync(b, join(a, 'to-b'));
    symlinkSync(a, join(b, 'to-a'));
    symlinkSync(a, join(a, 'self'));
    const { files, warnings } = listInputs([a]);
    expect(files).toEqual([fa, join(a, 'to-b', 'fb.md')]);
    expect(files).not.toContain(fb);
    expect(warnings).toHaveLength(2);
    expect(warnings.some((w) => w.includes('self'))).toBe(true);
    expect(warnings.some((w) => w.includes('to-a'))).toBe(true);
  }, 10_000);

  it('lists a folder reached through two symlinks, and a file through a symlink, once', () => {
    const real = touch('linked', 'real', 'r.txt');
    symlinkSync(join(root, 'linked', 'real'), join(root, 'linked', 'l1'));
    symlinkSync(join(root, 'linked', 'real'), join(root, 'linked', 'l2'));
    symlinkSync(real, join(root, 'linked', 'r-link.txt'));
    const { files, warnings } = listInputs([join(root, 'linked')]);
    expect(files).toHaveLength(1);
    expect(warnings).toEqual([]);
  });
});
