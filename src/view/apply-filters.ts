/**
 * The viewer's filters over ViewerData: entity types, relation types, outlets and a date range. An article passes
 * when its outlet is selected and its date is in the range (an undated article only while no range is set). A fact
 * shows when its type is selected, both ends show, and one of its evidence articles passes; an entity shows when its
 * type is selected and, once outlets or dates narrow the view, an article that passes mentions it. Pure.
 */
import type { EntityType, RelationType } from '../types.ts';
import type { ViewerArticle, ViewerData } from './viewer-data.ts';

/** The outlet name filters use for articles that name none. */
export const NO_OUTLET = '(no outlet)';

export interface ViewerFilters {
  entityTypes: ReadonlySet<EntityType>;
  relationTypes: ReadonlySet<RelationType>;
  /** Selected outlets; `undefined` means all. */
  outlets?: ReadonlySet<string>;
  /** Inclusive bounds, compared on the first 10 characters (YYYY-MM-DD); empty means open. */
  from?: string;
  to?: string;
}

export interface FilterResult {
  entities: Uint8Array;
  facts: Uint8Array;
  entityCount: number;
  factCount: number;
}

export function outletOf(article: ViewerArticle): string {
  return article.outlet || NO_OUTLET;
}

function articlePasses(article: ViewerArticle | undefined, filters: ViewerFilters): boolean {
  if (!article) return !filters.outlets && !filters.from && !filters.to;
  if (filters.outlets && !filters.outlets.has(outletOf(article))) return false;
  if (filters.from || filters.to) {
    const day = article.date?.slice(0, 10);
    if (!day) return false;
    if (filters.from && day < filters.from) return false;
    if (filters.to && day > filters.to) return false;
  }
  return true;
}

export function applyFilters(data: ViewerData, filters: ViewerFilters): FilterResult {
  const narrowed = Boolean(filters.outlets || filters.from || filters.to);
  const articles = new Uint8Array(data.articles.length);
  data.articles.forEach((a, i) => {
    articles[i] = articlePasses(a, filters) ? 1 : 0;
  });
  const entities = new Uint8Array(data.entities.length);
  let entityCount = 0;
  data.entities.forEach((e, i) => {
    const show = filters.entityTypes.has(e.type) && (!narrowed || e.articles.some((a) => articles[a] === 1));
    if (show) {
      entities[i] = 1;
      entityCount++;
    }
  });
  const facts = new Uint8Array(data.facts.length);
  let factCount = 0;
  data.facts.forEach((f, i) => {
    const show =
      filters.relationTypes.has(f.type) &&
      entities[f.source] === 1 &&
      entities[f.target] === 1 &&
      f.evidence.some((e) => (e.article >= 0 ? articles[e.article] === 1 : articlePasses(undefined, filters)));
    if (show) {
      facts[i] = 1;
      factCount++;
    }
  });
  return { entities, facts, entityCount, factCount };
}
