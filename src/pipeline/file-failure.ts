import { isZhkgError, type ErrorCode } from '../errors.ts';

/** A file that could not be ingested: which, why (a stable code) and a one-line message naming it. */
export interface FileFailure {
  file: string;
  code: ErrorCode | 'E_INTERNAL';
  message: string;
}

export function toFailure(e: unknown, file?: string): FileFailure {
  if (isZhkgError(e)) return { file: e.file ?? file ?? '?', code: e.code, message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  return { file: file ?? '?', code: 'E_INTERNAL', message: `${file}: unexpected error: ${message}` };
}
