/**
 * The graph as the viewer and `zhkg show` read it: entities, fact relations and the articles their evidence comes
 * from, as plain arrays indexed by number (compact enough to embed a 10,000-node graph in one HTML file). Provenance
 * edges survive only as each entity's list of articles that mention it (the outlet and date filters use it).
 * Pure: no graphology import, so the browser bundle can use the types and the card code.
 */
import type { EntityType, Modality, RelationType } from '../types.ts';

export interface ViewerArticle {
  id: string;
  title: string;
  url?: string;
  /** ISO 8601 date (or date-time) as in graph.json. */
  date?: string;
  outlet?: string;
}

export interface ViewerEntity {
  key: string;
  type: EntityType;
  name: string;
  nameEn?: string;
  aliases: string[];
  mentions: number;
  /** Folded search forms (simplified, lower case, no spaces) of the name, English name and aliases. */
  search: string[];
  /** Indices into `articles` of the articles that mention the entity. */
  articles: number[];
  /** Layout position; absent when the data was made without a layout (`zhkg show`). */
  x?: number;
  y?: number;
}

export interface ViewerEvidence {
  /** Index into `articles`, or -1 when the article is not in the graph. */
  article: number;
  articleId: string;
  sentence: string;
  trigger: string;
  rule: string;
  modality: Modality;
}

export interface ViewerFact {
  /** Indices into `entities`. */
  source: number;
  target: number;
  type: RelationType;
  modality: Modality;
  confidence: number;
  weight: number;
  evidence: ViewerEvidence[];
}

export interface ViewerData {
  entities: ViewerEntity[];
  facts: ViewerFact[];
  articles: ViewerArticle[];
  /** Traditional → simplified by character, as pairs ("馬马雲云…"), so the page folds a query like the names. */
  charMap: string;
}
