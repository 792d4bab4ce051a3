import { ZhkgError } from '../errors.ts';
import { ENTITY_TYPES, type EntityType } from '../types.ts';
import type { LexiconEntry } from './lexicon-entry.ts';
import { surfaceKeys } from './surface-keys.ts';

export const LEXICON_HEADER = ['id', 'type', 'name', 'nameEn', 'aliases'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);
/**
 * Bounds on one row, so that a hostile or broken file fails fast instead of filling memory with surface keys (a row
 * of 10⁶ aliases took 1.7 GB). The built-in lexicon stays far below: at most 8 aliases and 194 characters a row.
 */
export const LEXICON_LIMITS = { maxAliases: 200, maxFieldChars: 300, maxLineChars: 10_000 } as const;

/** How much of a bad line an error message quotes: enough to recognise it, never a 10 MB line. */
const QUOTE_CHARS = 80;

function shorten(text: string): string {
  const chars = [...text.slice(0, QUOTE_CHARS * 2)];
  const head = chars.slice(0, QUOTE_CHARS).join('');
  return text.length > head.length ? `${head}… (${text.length} characters)` : head;
}

/**
 * Parses and validates one lexicon table (TSV, header `id type name nameEn aliases`, aliases `|`-separated).
 * Blank lines and lines starting with `#` are skipped; trailing empty columns may be omitted.
 * Throws `E_LEXICON_INVALID` naming `origin` and the 1-based line number.
 */
export function parseLexicon(tsv: string, origin: string): LexiconEntry[] {
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fail = (line: number, message: string): never => {
    throw new ZhkgError('E_LEXICON_INVALID', `parseLexicon: ${message} (${origin} line ${line})`, { file: origin });
  };
  const header = lines[0]?.split('\t').map((h) => h.trim());
  if (!header || header.join('\t') !== LEXICON_HEADER.join('\t')) {
    fail(1, `header must be "${LEXICON_HEADER.join('\\t')}", got "${shorten(lines[0] ?? '')}"`);
  }

  const entries: LexiconEntry[] = [];
  const lineOfId = new Map<string, number>();
  const owner = new Map<string, { id: string; line: number }>();
  lines.forEach((raw, index) => {
    const n = index + 1;
    if (index === 0 || raw.trim() === '' || raw.startsWith('#')) return;
    if (raw.length > LEXICON_LIMITS.maxLineChars) fail(n, `line of ${raw.length} characters, more than ${LEXICON_LIMITS.maxLineChars}`);
    const cols = raw.split('\t').map((c) => c.trim());
    if (cols.length < 3 || cols.length > LEXICON_HEADER.length) {
      fail(n, `expected ${LEXICON_HEADER.length} tab-separated columns, got ${cols.length}`);
    }
    const [id, type, name, nameEn = '', aliasCol = ''] = cols;
    if (!ID.test(id)) fail(n, `id "${id}" is not lowercase ASCII kebab-case`);
    const previous = lineOfId.get(id);
    if (previous !== undefined) fail(n, `duplicate id "${id}" (first on line ${previous})`);
    lineOfId.set(id, n);
    if (!TYPES.has(type)) fail(n, `unknown type "${type}" (one of ${ENTITY_TYPES.join(', ')})`);
    if (name === '') fail(n, `empty name for id "${id}"`);

    const aliases = [...new Set(aliasCol.split('|').map((a) => a.trim()))].filter((a) => a !== '' && a !== name);
    if (aliases.length > LEXICON_LIMITS.maxAliases) fail(n, `${aliases.length} aliases for "${id}", more than ${LEXICON_LIMITS.maxAliases}`);
    for (const field of [name, nameEn, ...aliases]) {
      if (field.length > LEXICON_LIMITS.maxFieldChars) fail(n, `a name or alias of ${field.length} characters, more than ${LEXICON_LIMITS.maxFieldChars}`);
    }
    for (const surface of [name, ...aliases]) {
      if ([...surface].length < 2) fail(n, `surface "${surface}" of "${id}" has one character; one-character aliases are too ambiguous`);
      for (const key of surfaceKeys(surface)) {
        const other = owner.get(key);
        if (other && other.id !== id) {
          fail(n, `alias "${key}" maps to 2 ids: ${other.id}, ${id} (also on line ${other.line})`);
        }
        owner.set(key, { id, line: n });
      }
    }
    entries.push({ id, type: type as EntityType, name, ...(nameEn ? { nameEn } : {}), aliases });
  });
  return entries;
}
