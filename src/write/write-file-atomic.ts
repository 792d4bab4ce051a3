import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ZhkgError } from '../errors.ts';

/**
 * Write a file so that readers see either the old content or the new one, never a part: write a temp file beside it,
 * fsync, rename over the target. Creates the folder; removes the temp file on failure; throws E_WRITE naming `path`.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    await mkdir(folder, { recursive: true });
    const handle = await open(temp, 'wx');
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    created = false;
  } catch (cause) {
    if (created) await rm(temp, { force: true }).catch(() => {});
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ZhkgError('E_WRITE', `writeFileAtomic: cannot write "${path}": ${reason}`, { file: path, cause });
  }
}
