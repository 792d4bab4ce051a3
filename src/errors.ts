/** Typed errors with stable codes; tests assert the code, not the message. */
export type ErrorCode =
  | 'E_INPUT_MISSING'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_NO_CHINESE'
  | 'E_INPUT_MOJIBAKE'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_TOO_COMPLEX'
  | 'E_LEXICON_INVALID'
  | 'E_MODEL_INVALID'
  | 'E_GRAPH_INVALID'
  | 'E_ENTITY_NOT_FOUND'
  | 'E_ENTITY_AMBIGUOUS'
  | 'E_GOLD_INVALID'
  | 'E_EVAL_EMPTY'
  | 'E_WRITE'
  | 'E_NEO4J_CONNECT'
  | 'E_NEO4J_AUTH'
  | 'E_NEO4J_QUERY'
  | 'E_NEO4J_SERVER'
  | 'E_USAGE';

export class ZhkgError extends Error {
  readonly code: ErrorCode;
  /** The file or resource the error is about, when there is one. */
  readonly file?: string;

  constructor(code: ErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ZhkgError';
    this.code = code;
    this.file = options.file;
  }
}

export function isZhkgError(e: unknown): e is ZhkgError {
  return e instanceof ZhkgError;
}
