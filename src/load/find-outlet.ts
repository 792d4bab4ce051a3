import { normalizeText } from '../normalize/normalize-text.ts';
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

/** Simplified script, half-width, lower case, one space between words, no 《》 quotes. */
function key(name: string): string {
  return normalizeText(name).replace(/[《》]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const BY_NAME = new Map<string, string>();
for (const entry of OUTLET_TABLE) {
  for (const n of [entry.name, ...entry.aliases]) if (!BY_NAME.has(key(n))) BY_NAME.set(key(n), entry.name);
}

/**
 * The canonical outlet name for a name as printed in a dateline, byline, title suffix or og:site_name
 * (大紀元, 路透, 美国之音, 聯合新聞網, BBC News 中文…). Traditional and simplified spellings both match.
 */
export function outletFromName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return BY_NAME.get(key(name));
}

/** The outlet whose name starts `text` (`新华社北京`, `中新网上海`), longest name first. */
export function outletAtStart(text: string): string | undefined {
  const k = key(text.slice(0, 16));
  for (let n = Math.min(k.length, 12); n >= 2; n--) {
    const found = BY_NAME.get(k.slice(0, n));
    if (found) return found;
  }
  return undefined;
}
