import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZhkgError } from '../errors.ts';
import { mergeLexicons, type Lexicon, type LexiconSource } from './merge-lexicons.ts';
import { parseLexicon } from './parse-lexicon.ts';

export type { Lexicon } from './merge-lexicons.ts';
export type { LexiconEntry } from './lexicon-entry.ts';

/** The lexicon shipped with zhkg. */
export const BUILTIN_LEXICON_PATH = fileURLToPath(new URL('../../data/lexicon.tsv', import.meta.url));

let builtinSource: LexiconSource | undefined;
let builtinLexicon: Lexicon | undefined;

function readBuiltin(): LexiconSource {
  if (!builtinSource) {
    builtinSource = { origin: BUILTIN_LEXICON_PATH, entries: parseLexicon(readText(BUILTIN_LEXICON_PATH, true), BUILTIN_LEXICON_PATH) };
  }
  return builtinSource;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function readText(file: string, builtin: boolean): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (cause) {
    throw new ZhkgError(builtin ? 'E_LEXICON_INVALID' : 'E_INPUT_MISSING', `loadLexicon: cannot read lexicon file ${file}`, {
      file,
      cause,
    });
  }
  // A lenient read would turn GBK names into U+FFFD, which then match nothing (or each other) without a word.
  try {
    return STRICT_UTF8.decode(bytes);
  } catch (cause) {
    throw new ZhkgError('E_LEXICON_INVALID', `loadLexicon: ${file} is not valid UTF-8 (save it as UTF-8)`, { file, cause });
  }
}

/**
 * Reads data/lexicon.tsv (parsed once per process) plus optional user lexicon files in the same format; user entries
 * replace built-in ones with the same id, later files replace earlier ones. Without extra files the same cached
 * Lexicon object is returned every time.
 */
export function loadLexicon(extraFiles: string[] = []): Lexicon {
  if (extraFiles.length === 0) {
    builtinLexicon ??= mergeLexicons([readBuiltin()]);
    return builtinLexicon;
  }
  const extra = extraFiles.map((file) => ({ origin: file, entries: parseLexicon(readText(file, false), file) }));
  return mergeLexicons([readBuiltin(), ...extra]);
}
