import { createHash } from 'node:crypto';

/** Outlets' own article ids in their URLs. Ids of the first three are bare (as before); others carry a prefix. */
const URL_IDS: readonly { host: RegExp; re: RegExp; prefix: string }[] = [
  { host: /(?:^|\.)(?:epochtimes\.[a-z.]+|djy\.news)$/, re: /\/(n\d{5,})\.html?(?:[?#]|$)/, prefix: '' }, // Epoch Times: /gb/21/6/23/n13042441.htm
  { host: /(?:^|\.)reuters\.com$/, re: /[-/](id[A-Z]{2,}[A-Z0-9]{5,})(?:[?#/]|$)/, prefix: '' }, // Reuters: …-idCNKCS1LN17I?feedType=RSS
  { host: /(?:^|\.)voa[a-z]*\.com$/, re: /\/a\/(?:[^/]+\/)?(\d{5,})\.html(?:[?#]|$)/, prefix: '' }, // VOA: /a/rubio-gua/4553286.html
  { host: /(?:^|\.)hkcnews\.com$/, re: /\/article\/(\d+)(?:[/?#]|$)/, prefix: 'hkcnews-' }, // 眾新聞: the slug after the id varies
];

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** A site's home or section front (`https://site/`, `/index.html`) names no article: many pages give it as og:url. */
function namesAPage(canonical: string): boolean {
  const path = new URL(canonical).pathname;
  return !/^\/?(?:index\.[a-z]+|default\.[a-z]+|home|[a-z]{2}(?:-[a-z]{2})?)?\/?$/i.test(path);
}

/** Query parameters that track a visit, not name a page. */
const TRACKING = /^(?:utm_[a-z]+|spm|from|feedType|feedName|share|isappinstalled|scene|srcid|ref)$/i;

/** One spelling per page address: https, no `www.`, no fragment or tracking parameters, no trailing slash. */
export function canonicalUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const path = u.pathname.replace(/\/+$/, '');
  return `https://${u.hostname.toLowerCase().replace(/^www\./, '')}${path}${query}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** What the id is made from: the page's address and its text. */
export interface IdSource {
  url?: string;
  title: string;
  paragraphs: readonly string[];
}

/**
 * A stable id, unique in a run: the outlet's own article id when the URL carries one, else a hash of the
 * canonical URL (`url-…`) when it names a page (not a site's home), else a hash of the article's text (`text-…`) —
 * never the file's name, so two pages
 * called `1.html` in different folders stay two articles, and one article saved twice is one.
 */
export function articleId(page: IdSource): string {
  const host = page.url ? hostOf(page.url) : undefined;
  for (const { host: site, re, prefix } of URL_IDS) {
    const m = host && site.test(host) ? re.exec(page.url!) : null;
    if (m) return prefix + m[1]!;
  }
  const canonical = page.url ? canonicalUrl(page.url) : undefined;
  if (canonical && namesAPage(canonical)) return `url-${shortHash(canonical)}`;
  return `text-${shortHash([page.title, ...page.paragraphs].join('\n'))}`;
}

/** The hash of an article's text, whatever its id: two saves of the same text share it. */
export function textHash(page: Pick<IdSource, 'title' | 'paragraphs'>): string {
  return shortHash([page.title, ...page.paragraphs].join('\n'));
}
