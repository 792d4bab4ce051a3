import type { CheerioAPI } from 'cheerio';

/** What a page's JSON-LD says about its article (schema.org NewsArticle and kin). */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
  url?: string;
}

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'OpinionNewsArticle']);
/** A page object is read only when the page has no article object (it names the page, not the story). */
const PAGE_TYPES = new Set(['WebPage']);
/** JSON-LD blocks are small; a larger one is not read (and not parsed without bound). */
const MAX_BLOCK = 256 * 1024;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (isObject(v)) return text(v['name']) ?? text(v['@id']);
  return undefined;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map(text).filter((n): n is string => n !== undefined);
}

function types(o: Json): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

/** Every object in a JSON-LD value, `@graph` lists included, breadth-first with a bound on how many are seen. */
function objects(root: unknown): Json[] {
  const out: Json[] = [];
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < 500; i++) {
    const v = queue[i];
    if (Array.isArray(v)) queue.push(...v);
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) queue.push(v['@graph']);
    }
  }
  return out;
}

/** The first article object of the page's `<script type="application/ld+json">` blocks; bad JSON is skipped. */
export function readJsonLd($: CheerioAPI): JsonLdArticle | undefined {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    const raw = $(el).text();
    if (raw.length > MAX_BLOCK) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const all = objects(parsed);
    const article = all.find((o) => types(o).some((t) => ARTICLE_TYPES.has(t))) ?? all.find((o) => types(o).some((t) => PAGE_TYPES.has(t)));
    if (!article) continue;
    const entity = article['mainEntityOfPage'];
    return {
      headline: text(article['headline']) ?? text(article['name']),
      datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
      authors: names(article['author']).filter((n) => !/^https?:/.test(n)),
      publisher: text(article['publisher']),
      url: text(article['url']) ?? (typeof entity === 'string' ? entity : isObject(entity) ? text(entity['@id']) : undefined),
    };
  }
  return undefined;
}
