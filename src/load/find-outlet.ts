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

/**
 * Folder names people give for other reasons than a site: sub-domain labels (news.qq.com, finance.sina.com.cn)
 * and ordinary words. A folder called `news/` or `people/` names no outlet.
 */
const ORDINARY_FOLDERS: ReadonlySet<string> = new Set([
  'news', 'new', 'finance', 'money', 'tech', 'people', 'world', 'china', 'home', 'daily', 'times', 'post', 'data',
  'web', 'www', 'mail', 'blog', 'blogs', 'docs', 'notes', 'article', 'articles', 'pages', 'html', 'archive', 'mp',
  'cn', 'tw', 'hk', 'en', 'zh', 'gb', 'big5', 'mobile', 'm', 'wap', 'global', 'business', 'politics', 'video', 'radio',
]);

/** The site label of each domain (`hkcnews` of hkcnews.com, `rfa` of rfa.org: the label before the suffix). */
const BY_SITE_LABEL = new Map<string, string>();
for (const entry of OUTLET_TABLE) {
  for (const d of entry.domains) {
    const labels = d.split('.');
    // The label before the public suffix (com, org, com.cn, com.tw …): hkcnews of hkcnews.com, not news of news.qq.com.
    const suffix = labels.length > 2 && /^(?:com|net|org|gov|edu)$/.test(labels.at(-2)!) ? 2 : 1;
    // Only a registrable domain names the site: money.udn.com is a section of udn.com, whose label is udn's.
    if (labels.length - suffix !== 1) continue;
    const label = labels[0];
    if (label && label.length >= 3 && !ORDINARY_FOLDERS.has(label) && !BY_SITE_LABEL.has(label)) BY_SITE_LABEL.set(label, entry.name);
  }
}

/**
 * The outlet a folder of the input's path is named after (`…/hkcnews/123.md`, `…/大纪元/a.html`), nearest folder
 * first, three levels up at most. Users file pages by site; this is the last clue, used only when the page itself
 * names no host.
 */
export function outletFromPath(source: string): string | undefined {
  const folders = source.split(/[\\/]+/).slice(0, -1).reverse().slice(0, 3);
  for (const folder of folders) {
    if (ORDINARY_FOLDERS.has(folder.toLowerCase())) continue;
    const found = BY_SITE_LABEL.get(folder.toLowerCase()) ?? outletFromName(folder);
    if (found) return found;
  }
  return undefined;
}
