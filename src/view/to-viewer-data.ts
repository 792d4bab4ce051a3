/** Graph → ViewerData (see viewer-data.ts): the one reading of graph.json shared by the HTML viewer and `zhkg show`. */
import { isArticleNode, isFactEdge, type Graph } from '../graph/index.ts';
import { traditionalCharPairs } from '../normalize/to-simplified.ts';
import type { RelationType } from '../types.ts';
import { searchForms } from './search-forms.ts';
import type { ViewerArticle, ViewerData, ViewerEntity, ViewerFact } from './viewer-data.ts';

export interface Position {
  x: number;
  y: number;
}

export function toViewerData(graph: Graph, positions?: ReadonlyMap<string, Position>): ViewerData {
  const articles: ViewerArticle[] = [];
  const articleIndex = new Map<string, number>(); // by article id (as evidence names it)
  const articleByNode = new Map<string, number>();
  graph.forEachNode((key, a) => {
    if (!isArticleNode(a)) return;
    const id = key.startsWith('article:') ? key.slice('article:'.length) : key;
    articleIndex.set(id, articles.length);
    articleByNode.set(key, articles.length);
    const article: ViewerArticle = { id, title: a.title || a.name };
    if (a.url) article.url = a.url;
    if (a.date) article.date = a.date;
    if (a.outlet) article.outlet = a.outlet;
    articles.push(article);
  });

  const entities: ViewerEntity[] = [];
  const entityIndex = new Map<string, number>();
  graph.forEachNode((key, a) => {
    if (isArticleNode(a)) return;
    entityIndex.set(key, entities.length);
    const entity: ViewerEntity = {
      key,
      type: a.type,
      name: a.name,
      aliases: a.aliases,
      mentions: a.mentions,
      search: searchForms([a.name, a.nameEn, ...a.aliases]),
      articles: [],
    };
    if (a.nameEn) entity.nameEn = a.nameEn;
    const p = positions?.get(key);
    if (p) {
      entity.x = Math.round(p.x * 100) / 100;
      entity.y = Math.round(p.y * 100) / 100;
    }
    entities.push(entity);
  });

  const facts: ViewerFact[] = [];
  graph.forEachEdge((_key, a, source, target) => {
    if (!isFactEdge(a)) {
      const article = articleByNode.get(source);
      const entity = entityIndex.get(target);
      if (a.type === 'MENTIONS' && article !== undefined && entity !== undefined) entities[entity]!.articles.push(article);
      return;
    }
    const s = entityIndex.get(source);
    const t = entityIndex.get(target);
    if (s === undefined || t === undefined) return;
    facts.push({
      source: s,
      target: t,
      type: a.type as RelationType,
      modality: a.modality,
      confidence: a.confidence,
      weight: a.weight,
      evidence: a.evidence.map((e) => ({
        article: articleIndex.get(e.article) ?? -1,
        articleId: e.article,
        sentence: e.sentence,
        trigger: e.trigger,
        rule: e.rule,
        modality: e.modality,
      })),
    });
  });
  return { entities, facts, articles, charMap: traditionalCharPairs() };
}
