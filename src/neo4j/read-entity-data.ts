/**
 * `zhkg show --neo4j`: the entities a name names, read from Neo4j (cypher/queries/show-entity.cypher) with their
 * facts, the other ends and the evidence articles, as ViewerData — so the card is built and printed exactly as from
 * graph.json. Names are matched as typed, in simplified characters and (English names, aliases) in lower case.
 */
import { toSimplified, traditionalCharPairs } from '../normalize/to-simplified.ts';
import { RELATION_TYPES, type EntityType, type Evidence, type Modality, type RelationType } from '../types.ts';
import { searchForms } from '../view/search-forms.ts';
import type { ViewerArticle, ViewerData, ViewerEntity } from '../view/viewer-data.ts';
import { readCypherFile } from './cypher-files.ts';
import type { Neo4jConnection } from './neo4j-config.ts';
import { runQuery } from './run-query.ts';

interface EntityProps {
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[] | null;
  mentions: number | null;
  type: EntityType;
}

interface FactProps {
  type: string;
  out: boolean;
  confidence: number;
  modality: Modality;
  weight: number;
  evidence: string[];
}

interface ArticleProps {
  id: string;
  title: string | null;
  url: string | null;
  date: string | null;
  outlet: string | null;
}

const FACT_TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

export async function readEntityData(query: string, conn: Neo4jConnection): Promise<ViewerData> {
  const forms = [...new Set([query, toSimplified(query)])];
  const rows = await runQuery(readCypherFile('queries/show-entity.cypher'), { query, forms, lower: query.toLowerCase() }, conn);
  const data: ViewerData = { entities: [], facts: [], articles: [], charMap: traditionalCharPairs() };
  const entityIndex = new Map<string, number>();
  const articleIndex = new Map<string, number>();
  const entity = (p: EntityProps): number => {
    let i = entityIndex.get(p.id);
    if (i === undefined) {
      const aliases = p.aliases ?? [];
      const e: ViewerEntity = { key: p.id, type: p.type, name: p.name, aliases, mentions: p.mentions ?? 0, search: searchForms([p.name, p.nameEn, ...aliases]), articles: [] };
      if (p.nameEn) e.nameEn = p.nameEn;
      i = data.entities.push(e) - 1;
      entityIndex.set(p.id, i);
    }
    return i;
  };
  const seenFacts = new Set<string>();
  for (const row of rows) {
    const self = entity(row.entity as EntityProps);
    const fact = row.fact as FactProps | null;
    const otherProps = row.other as EntityProps | null;
    if (!fact || !otherProps || !FACT_TYPES.has(fact.type)) continue;
    const other = entity(otherProps);
    const [source, target] = fact.out ? [self, other] : [other, self];
    const key = `${source}|${fact.type}|${target}`;
    if (seenFacts.has(key)) continue; // both ends matched the name
    seenFacts.add(key);
    for (const a of row.articles as ArticleProps[]) {
      if (articleIndex.has(a.id)) continue;
      const article: ViewerArticle = { id: a.id, title: a.title ?? a.id };
      if (a.url) article.url = a.url;
      if (a.date) article.date = a.date;
      if (a.outlet) article.outlet = a.outlet;
      articleIndex.set(a.id, data.articles.push(article) - 1);
    }
    data.facts.push({
      source,
      target,
      type: fact.type as RelationType,
      modality: fact.modality,
      confidence: fact.confidence,
      weight: fact.weight,
      evidence: fact.evidence.map((text) => {
        const e = JSON.parse(text) as Evidence;
        return { article: articleIndex.get(e.article) ?? -1, articleId: e.article, sentence: e.sentence, trigger: e.trigger, rule: e.rule, modality: e.modality };
      }),
    });
  }
  return data;
}
