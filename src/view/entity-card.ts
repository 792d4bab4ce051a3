/**
 * An entity's card: who it is and every fact about it, grouped by relation type (in the ontology's order), facts
 * and their evidence newest first. Pure over ViewerData, so the HTML viewer and `zhkg show` print the same card.
 */
import { RELATION_TYPES, type EntityType, type Modality, type RelationType } from '../types.ts';
import type { ViewerData } from './viewer-data.ts';

export interface CardEvidence {
  sentence: string;
  trigger: string;
  modality: Modality;
  articleId: string;
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

export interface CardFact {
  /** `out`: this entity is the subject; `in`: the object. */
  direction: 'out' | 'in';
  other: { index: number; key: string; name: string; type: EntityType };
  modality: Modality;
  confidence: number;
  /** Newest evidence date, when any article has one. */
  date?: string;
  evidence: CardEvidence[];
}

export interface CardRelation {
  type: RelationType;
  facts: CardFact[];
}

export interface EntityCard {
  index: number;
  key: string;
  type: EntityType;
  name: string;
  nameEn?: string;
  aliases: string[];
  mentions: number;
  relations: CardRelation[];
}

/** Newest first; undated last; then by text, so the order is stable. */
function byDateDesc(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? 1 : -1;
}

export function entityCard(data: ViewerData, index: number): EntityCard {
  const entity = data.entities[index];
  if (!entity) throw new RangeError(`entityCard: no entity ${index}`);
  const groups = new Map<RelationType, CardFact[]>();
  for (const fact of data.facts) {
    if (fact.source !== index && fact.target !== index) continue;
    const direction = fact.source === index ? 'out' : 'in';
    const otherIndex = direction === 'out' ? fact.target : fact.source;
    const other = data.entities[otherIndex]!;
    const evidence: CardEvidence[] = fact.evidence.map((e) => {
      const article = data.articles[e.article];
      const item: CardEvidence = { sentence: e.sentence, trigger: e.trigger, modality: e.modality, articleId: e.articleId };
      if (article?.title) item.title = article.title;
      if (article?.date) item.date = article.date;
      if (article?.outlet) item.outlet = article.outlet;
      if (article?.url) item.url = article.url;
      return item;
    });
    evidence.sort((a, b) => byDateDesc(a.date, b.date) || (a.sentence < b.sentence ? -1 : a.sentence > b.sentence ? 1 : 0));
    const card: CardFact = {
      direction,
      other: { index: otherIndex, key: other.key, name: other.name, type: other.type },
      modality: fact.modality,
      confidence: fact.confidence,
      evidence,
    };
    if (evidence[0]?.date) card.date = evidence[0].date;
    const list = groups.get(fact.type) ?? [];
    list.push(card);
    groups.set(fact.type, list);
  }
  const relations: CardRelation[] = [];
  for (const type of RELATION_TYPES) {
    const facts = groups.get(type);
    if (!facts) continue;
    facts.sort((a, b) => byDateDesc(a.date, b.date) || (a.other.name < b.other.name ? -1 : a.other.name > b.other.name ? 1 : 0));
    relations.push({ type, facts });
  }
  const card: EntityCard = {
    index,
    key: entity.key,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    mentions: entity.mentions,
    relations,
  };
  if (entity.nameEn) card.nameEn = entity.nameEn;
  return card;
}
