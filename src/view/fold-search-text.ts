/**
 * The one way names and queries are compared: NFKC (full-width Latin and digits to ASCII), lower case, no spaces or
 * middle dots, traditional characters mapped to simplified by a character table. Pure, so the browser uses it too.
 */
const DROPPED = /[\s·•・.\-_]/gu;

/** Parses the `charMap` pairs of ViewerData into a lookup table. */
export function charMapTable(pairs: string): Map<string, string> {
  const table = new Map<string, string>();
  const chars = Array.from(pairs);
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

export function foldSearchText(text: string, table?: ReadonlyMap<string, string>): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(DROPPED, '');
  if (!table || table.size === 0) return folded;
  let out = '';
  for (const ch of folded) out += table.get(ch) ?? ch;
  return out;
}
