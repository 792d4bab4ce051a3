import { createHash } from 'node:crypto';
// Synchronous reads on purpose: news files are small, and a thread-pool round trip per file costs more than the read.
import { readFileSync, statSync } from 'node:fs';
import { ZhkgError, isZhkgError } from '../errors.ts';
import type { LoadedArticle } from '../types.ts';
import { decodeBytes } from './decode-bytes.ts';
import { loadArticle } from './load-article.ts';

/** Files larger than this are refused (64 MiB): no news article is that big. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface ReadArticleOptions {
  maxBytes?: number;
}

/** Reads, hashes, decodes and parses one input file. Every failure is a ZhkgError with `file` set. */
export async function readArticle(file: string, options: ReadArticleOptions = {}): Promise<LoadedArticle> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  let referenceYear: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) {
      throw new ZhkgError('E_INPUT_MISSING', `readArticle: ${file}: is a folder, not a file`, { file });
    }
    size = st.size;
    referenceYear = st.mtime.getUTCFullYear();
  } catch (cause) {
    if (isZhkgError(cause)) throw cause;
    throw new ZhkgError('E_INPUT_MISSING', `readArticle: ${file}: no such file`, { file, cause });
  }
  if (size > maxBytes) {
    throw new ZhkgError('E_INPUT_TOO_LARGE', `readArticle: ${file}: ${size} bytes, more than the limit of ${maxBytes}`, { file });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new ZhkgError('E_INPUT_MISSING', `readArticle: ${file}: cannot be read (${(cause as Error).message})`, { file, cause });
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const { text } = decodeBytes(bytes, file);
  return loadArticle(file, text, contentHash, { referenceYear });
}
