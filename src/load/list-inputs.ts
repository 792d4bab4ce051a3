import { readdirSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { ZhkgError } from '../errors.ts';

/** Extensions picked up when a folder is expanded; explicit files are kept whatever their extension. */
export const INPUT_EXTENSIONS: readonly string[] = ['.md', '.txt', '.html', '.htm', '.shtml'];

export interface InputList {
  files: string[];
  errors: ZhkgError[];
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

/** Walks a folder with readdir only (no file is opened), skipping dotfiles and dot-folders. */
function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && hasInputExtension(entry.name)) out.push(path);
    else if (entry.isSymbolicLink()) {
      const st = statOrUndefined(path);
      if (st?.isDirectory()) walk(path, out);
      else if (st?.isFile() && hasInputExtension(entry.name)) out.push(path);
    }
  }
}

/** Expands paths into a sorted, de-duplicated list of input files; missing paths become errors. */
export function listInputs(paths: string[]): InputList {
  const found: string[] = [];
  const errors: ZhkgError[] = [];
  for (const path of paths) {
    const st = statOrUndefined(path);
    if (!st) {
      errors.push(new ZhkgError('E_INPUT_MISSING', `listInputs: ${path}: no such file or folder`, { file: path }));
    } else if (st.isDirectory()) {
      walk(path, found);
    } else {
      found.push(path);
    }
  }
  const unique = new Map<string, string>();
  for (const file of found) {
    const key = resolve(file);
    if (!unique.has(key)) unique.set(key, file);
  }
  const files = [...unique.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, errors };
}
