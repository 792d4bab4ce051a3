import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { ZhkgError } from '../errors.ts';

/** Extensions picked up when a folder is expanded; explicit files are kept whatever their extension. */
export const INPUT_EXTENSIONS: readonly string[] = ['.md', '.txt', '.html', '.htm', '.shtml'];

export interface InputList {
  files: string[];
  errors: ZhkgError[];
  /** Soft problems met while walking (symlink loops, unreadable folders), each once. */
  warnings: string[];
}

function hasInputExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** A folder to list: the path shown to users, its real path, and the folder it was reached from. */
interface Pending {
  path: string;
  real: string;
  parent?: Pending;
}

/**
 * A link is a loop when its target holds the link: the target is above it on disk, or on the way the walk came.
 * Checked only when a real path was seen before, so a deep tree costs no copied ancestor sets.
 */
function isLoop(dir: Pending, real: string): boolean {
  if (dir.real === real || dir.real.startsWith(real.endsWith(sep) ? real : real + sep)) return true;
  for (let d: Pending | undefined = dir; d; d = d.parent) if (d.real === real) return true;
  return false;
}

/**
 * Walks folders with readdir only (no file is opened), skipping dotfiles and dot-folders. Folders are keyed by real
 * path, so each is listed once however many symlinks lead to it: a symlink back to a folder above it (a loop) would
 * otherwise list the same files again on every turn, and two loops grow without end. An explicit stack, not
 * recursion, so a deep tree cannot overflow the call stack.
 */
function walk(start: Pending, visited: Set<string>, found: Map<string, string>, warnings: Set<string>): void {
  const stack: Pending[] = [start];
  visited.add(start.real);
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir.path, { withFileTypes: true });
    } catch (e) {
      warnings.add(`listInputs: cannot list folder ${dir.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir.path, entry.name);
      if (entry.isFile()) {
        if (hasInputExtension(entry.name)) addFile(found, join(dir.real, entry.name), path);
        continue;
      }
      if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
      const st = entry.isSymbolicLink() ? statOrUndefined(path) : undefined;
      if (entry.isSymbolicLink() && st?.isFile()) {
        if (hasInputExtension(entry.name)) addFile(found, realOrUndefined(path) ?? path, path);
        continue;
      }
      if (entry.isSymbolicLink() && !st?.isDirectory()) continue;
      const real = entry.isSymbolicLink() ? realOrUndefined(path) : join(dir.real, entry.name);
      if (real === undefined) continue;
      if (visited.has(real)) {
        if (isLoop(dir, real)) warnings.add(`listInputs: ${path} leads back to ${real} (a symlink loop); not followed`);
        continue;
      }
      visited.add(real);
      stack.push({ path, real, parent: dir });
    }
  }
}

function addFile(found: Map<string, string>, key: string, path: string): void {
  if (!found.has(key)) found.set(key, path);
}

/**
 * Expands paths into a sorted list of input files, each once (by real path: a file reached through two symlinks is
 * read once); missing paths become errors, symlink loops warnings.
 */
export function listInputs(paths: string[]): InputList {
  const found = new Map<string, string>();
  const errors: ZhkgError[] = [];
  const warnings = new Set<string>();
  const visited = new Set<string>();
  for (const path of paths) {
    const st = statOrUndefined(path);
    const real = st && realOrUndefined(path);
    if (!st || real === undefined) {
      errors.push(new ZhkgError('E_INPUT_MISSING', `listInputs: ${path}: no such file or folder`, { file: path }));
    } else if (st.isDirectory()) {
      if (!visited.has(real)) walk({ path, real }, visited, found, warnings);
    } else {
      addFile(found, real, path);
    }
  }
  const files = [...found.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, errors, warnings: [...warnings] };
}
