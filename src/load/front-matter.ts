import { parse } from 'yaml';

/** A page's YAML front matter and the text after it. */
export interface FrontMatter {
  data: Readonly<Record<string, unknown>>;
  body: string;
}

const OPEN = /^\ufeff?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/m;
/** Front matter is a few fields; a longer block is not one, and YAML is not parsed without bound. */
const MAX_FRONT_MATTER = 64 * 1024;

/**
 * Splits `---\nkey: value\n---\nbody` with the `yaml` package (the one adapter for it). Undefined when the text
 * does not open with a `---` line, the block is not closed, is too long, or is not a YAML mapping.
 */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length, open[0].length + MAX_FRONT_MATTER + 8);
  const close = CLOSE.exec(rest);
  if (!close || close.index > MAX_FRONT_MATTER) return undefined;
  let data: unknown;
  try {
    data = parse(rest.slice(0, close.index), { maxAliasCount: 10, uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const bodyStart = open[0].length + close.index + close[0].length;
  return { data: data as Record<string, unknown>, body: text.slice(bodyStart).replace(/^\r?\n/, '') };
}

/** A front-matter field as text: strings as they are, numbers and dates printed, lists joined by `、`. */
export function fieldText(data: Readonly<Record<string, unknown>>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('、') : value instanceof Date ? value.toISOString() : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    if (text && text.trim()) return text.trim();
  }
  return undefined;
}
