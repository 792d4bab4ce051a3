import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { access, constants, link, copyFile, mkdir, open, readdir, realpath, rename, rm, rmdir, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { ZhkgError } from '../errors.ts';
import { startStagingJanitor } from './staging-janitor.ts';

/**
 * An output folder written all or nothing. `openOutputFolder` checks the folder and creates a staging folder beside
 * it (same parent, so the same file system and renames are atomic) before any analysis runs; files go into the
 * staging folder; `commit` swaps it in with two renames:
 *
 *   out → .out.zhkg-old-…   then   .out.zhkg-new-… → out
 *
 * A reader of `out` therefore sees the whole previous set, then (for the instant between the renames) no folder, then
 * the whole new set — never graph.json of one run beside graph.cypher of another. Files in `out` that zhkg did not
 * write are carried over by hard link; sub-folders are refused up front, because a swap would move them too.
 * `discard`/`discardSync` remove the staging folder (the CLI calls `discardSync` on SIGINT/SIGTERM).
 */
export interface OutputFolder {
  /** The folder the files end up in (real path when `--out` was a symlink). */
  readonly target: string;
  readonly staging: string;
  /**
   * Writes one file into the staging folder and fsyncs it. `data` may come in pieces (an iterable of strings, e.g. a
   * writer's chunks), written as they are produced, so a large file is never whole in memory.
   */
  write(name: string, data: string | Uint8Array | Iterable<string>): Promise<string>;
  /** Swaps the staged files in; returns warnings (e.g. an old folder that could not be removed). */
  commit(): Promise<string[]>;
  discard(): Promise<void>;
  /** For signal handlers: synchronous, never throws, puts the previous folder back if a swap was cut short. */
  discardSync(): void;
}

/** Names zhkg writes into an output folder; any other file there is kept across runs. */
export const OWN_FILE_NAMES: readonly string[] = ['graph.json', 'graph.graphml', 'graph.cypher', 'graph.html', 'graph.gexf', 'nodes.csv', 'edges.csv'];

const STAGING_TAG = 'zhkg-new';
const OLD_TAG = 'zhkg-old';

function writeError(folder: string, reason: string, cause?: unknown): ZhkgError {
  return new ZhkgError('E_WRITE', `output folder "${folder}": ${reason}`, { file: folder, cause });
}

function reasonOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Staging and old folders left by runs killed with SIGKILL (no handler runs then): removed or put back. */
async function sweepLeftovers(parent: string, base: string, target: string): Promise<void> {
  const pattern = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(${STAGING_TAG}|${OLD_TAG})-(\\d+)-[0-9a-f]+$`);
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const m = pattern.exec(name);
    if (!m || isAlive(Number(m[2]))) continue;
    const path = join(parent, name);
    if (m[1] === STAGING_TAG) await rm(path, { recursive: true, force: true }).catch(() => {});
    else if (!existsSync(target)) await rename(path, target).catch(() => {});
  }
}

/** Checks that `outDir` can be written and creates the staging folder; throws E_WRITE naming the folder. */
export async function openOutputFolder(outDir: string): Promise<OutputFolder> {
  let target = resolve(outDir);
  const st = await stat(target).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : e));
  if (st instanceof Error) {
    const why = (st as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'a part of its path is a file, not a folder' : 'cannot be used';
    throw writeError(outDir, `${why} (${reasonOf(st)})`, st);
  }
  const own = new Set<string>();
  const carried: string[] = [];
  if (st) {
    if (!st.isDirectory()) throw writeError(outDir, 'is a file, not a folder');
    target = await realpath(target);
    const cwd = process.cwd();
    if (dirname(target) === target || cwd === target || cwd.startsWith(target + sep)) {
      throw writeError(outDir, 'holds the current folder; zhkg replaces its output folder whole, so give it a folder of its own');
    }
    for (const entry of await readdir(target, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        throw writeError(outDir, `holds a folder "${entry.name}"; zhkg replaces its output folder whole on each run, so give it a folder of its own`);
      }
      if (OWN_FILE_NAMES.includes(entry.name)) own.add(entry.name);
      else carried.push(entry.name);
    }
    try {
      await access(target, constants.W_OK);
    } catch (e) {
      throw writeError(outDir, `is not writable (${reasonOf(e)})`, e);
    }
    if ((await stat(dirname(target))).dev !== st.dev) {
      throw writeError(outDir, 'is a mount point; the all-or-nothing swap renames it, so write to a folder inside it');
    }
  }
  const parent = dirname(target);
  const base = basename(target);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `.${base}.${STAGING_TAG}-${tag}`);
  const old = join(parent, `.${base}.${OLD_TAG}-${tag}`);
  try {
    await mkdir(parent, { recursive: true });
    await sweepLeftovers(parent, base, target);
  } catch (e) {
    throw writeError(outDir, `cannot write beside it in "${parent}" (${reasonOf(e)})`, e);
  }
  // Started before the staging folder exists, so there is no moment in which a kill would leave it behind.
  const janitor = startStagingJanitor(staging, old, target);
  try {
    await mkdir(staging);
  } catch (e) {
    janitor.release();
    throw writeError(outDir, `cannot write beside it in "${parent}" (${reasonOf(e)})`, e);
  }
  let swapping = false;
  const discard = async (): Promise<void> => {
    await rm(staging, { recursive: true, force: true }).catch(() => {});
    janitor.release();
  };

  const discardSync = (): void => {
    try {
      if (swapping && existsSync(old) && !existsSync(target)) renameSync(old, target);
    } catch {
      // the previous set stays in the old folder; sweepLeftovers puts it back next run
    }
    try {
      rmSync(staging, { recursive: true, force: true });
    } catch {
      // the janitor tries again once this process is gone
    }
    janitor.release();
  };

  return {
    target,
    staging,
    async write(name, data) {
      const path = join(staging, name);
      try {
        const handle = await open(path, 'wx');
        try {
          if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
          else await writePieces(handle, data);
          await handle.sync();
        } finally {
          await handle.close();
        }
      } catch (e) {
        throw writeError(outDir, `cannot write ${name} (${reasonOf(e)}); nothing was replaced`, e);
      }
      return join(target, name);
    },
    async commit() {
      const warnings: string[] = [];
      try {
        for (const name of carried) {
          await link(join(target, name), join(staging, name)).catch(() => copyFile(join(target, name), join(staging, name)));
        }
        const dir = await open(staging, 'r');
        await dir.sync().finally(() => dir.close());
      } catch (e) {
        await discard();
        throw writeError(outDir, `cannot prepare the new set (${reasonOf(e)}); nothing was replaced`, e);
      }
      swapping = true;
      const hadTarget = existsSync(target);
      try {
        if (hadTarget) await rename(target, old);
        try {
          await rename(staging, target);
        } catch (e) {
          if (hadTarget) await rename(old, target);
          throw e;
        }
      } catch (e) {
        swapping = false;
        await discard();
        throw writeError(outDir, `cannot swap the new files in (${reasonOf(e)}); the previous files are unchanged`, e);
      }
      swapping = false;
      janitor.release();
      if (hadTarget) {
        // Only names known to be ours or carried over are removed, then rmdir (not rm -r): nothing else is lost.
        for (const name of [...own, ...carried]) await unlink(join(old, name)).catch(() => {});
        await rmdir(old).catch((e) => warnings.push(`output folder: could not remove the previous set in ${old} (${reasonOf(e)})`));
      }
      return warnings;
    },
    discard,
    discardSync,
  };
}

const WRITE_BATCH_CHARS = 1 << 19;

/** Pieces gathered into writes of about 1 MiB (each written after the previous: writeFile continues at the position): one write per node would be slow, the whole text large. */
async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= WRITE_BATCH_CHARS) {
      await handle.writeFile(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (size > 0) await handle.writeFile(batch.join(''));
}
