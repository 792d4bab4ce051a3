import type { LoadedArticle } from '../types.ts';

/** How many articles of one layout had each piece of metadata. */
export interface LayoutCoverage {
  articles: number;
  title: number;
  outlet: number;
  date: number;
  byline: number;
}

export interface MetadataCoverage {
  byLayout: Record<string, LayoutCoverage>;
  /** Layouts that read any page without knowing its conventions. */
  generic: readonly string[];
  /** Pages a specific layout recognised but could not parse, read by a generic one instead. */
  fallbacks: { source: string; layout: string; readAs: string }[];
}

/** The layouts that know no outlet's conventions. */
export const GENERIC_LAYOUTS: readonly string[] = ['html', 'text'];

/** A title is real when it has a letter or a Chinese character and is not a markdown rule (`---`). */
export function isRealTitle(title: string): boolean {
  return /[\p{L}\p{N}]/u.test(title) && !/^[-=_*#\s]+$/.test(title);
}

/** Per layout, for how many articles title, outlet, date and byline were found. Pure. */
export function metadataCoverage(articles: readonly LoadedArticle[]): MetadataCoverage {
  const counter = coverageCounter();
  for (const a of articles) counter.count(a);
  return counter.coverage();
}

/** The same counts one article at a time, so the articles need not be kept. */
export function coverageCounter(): { count(article: LoadedArticle): void; coverage(): MetadataCoverage } {
  const byLayout: Record<string, LayoutCoverage> = {};
  const fallbacks: MetadataCoverage['fallbacks'] = [];
  return {
    count(a) {
      const c = (byLayout[a.format] ??= { articles: 0, title: 0, outlet: 0, date: 0, byline: 0 });
      c.articles++;
      if (isRealTitle(a.title)) c.title++;
      if (a.outlet) c.outlet++;
      if (a.date) c.date++;
      if (a.reporters.length + a.editors.length > 0) c.byline++;
      if (a.fallbackFrom) fallbacks.push({ source: a.source, layout: a.fallbackFrom, readAs: a.format });
    },
    coverage: () => ({ byLayout, generic: GENERIC_LAYOUTS.filter((l) => byLayout[l]), fallbacks }),
  };
}
