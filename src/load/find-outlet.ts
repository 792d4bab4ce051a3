import { OUTLET_TABLE } from './outlet-table.ts';

/** The canonical outlet name for a URL, by its host name (sub-domains included). */
export function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (const entry of OUTLET_TABLE) {
    if (entry.domains.some((d) => host === d || host.endsWith(`.${d}`))) return entry.name;
  }
  return undefined;
}

/** The canonical outlet name for a name as printed in a dateline or byline (大紀元, 路透, 美国之音…). */
export function outletFromName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const n = name.trim();
  for (const entry of OUTLET_TABLE) {
    if (entry.name === n || entry.aliases.includes(n)) return entry.name;
  }
  return undefined;
}
