import { createHash } from 'node:crypto';

/** Outlets' own article ids in their URLs. Ids of the first three are bare (as before); others carry a prefix. */
const URL_IDS: readonly { re: RegExp; prefix: string }[] = [
  { re: /\/(n\d{5,})\.html?(?:[?#]|$)/, prefix: '' }, // Epoch Times: /gb/21/6/23/n13042441.htm
  { re: /[-/](id[A-Z]{2,}[A-Z0-9]{5,})(?:[?#/]|$)/, prefix: '' }, // Reuters: …-idCNKCS1LN17I?feedType=RSS
  { re: /\/a\/(?:[^/]+\/)?(\d{5,})\.html(?:[?#]|$)/, prefix: '' }, // VOA: /a/rubio-gua/4553286.html
  { re: /hkcnews\.com\/article\/(\d+)(?:[/?#]|$)/, prefix: 'hkcnews-' }, // 眾新聞: the slug after the id varies
];

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
 * canonical URL (`url-…`), else a hash of the article's text (`text-…`) — never the file's name, so two pages
 * called `1.html` in different folders stay two articles, and one article saved twice is one.
 */
export function articleId(page: IdSource): string {
  for (const { re, prefix } of URL_IDS) {
    const m = page.url ? re.exec(page.url) : null;
    if (m) return prefix + m[1]!;
  }
  const canonical = page.url ? canonicalUrl(page.url) : undefined;
  if (canonical) return `url-${shortHash(canonical)}`;
  return `text-${shortHash([page.title, ...page.paragraphs].join('\n'))}`;
}

/** The hash of an article's text, whatever its id: two saves of the same text share it. */
export function textHash(page: Pick<IdSource, 'title' | 'paragraphs'>): string {
  return shortHash([page.title, ...page.paragraphs].join('\n'));
}
