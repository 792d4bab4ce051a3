/** Pure merge rules for node and edge attributes; `buildGraph` applies them to the graph. */
import type { ArticleResult, Evidence, Fact, LoadedArticle, Modality, ResolvedEntity } from '../types.ts';
import type { ArticleNodeAttributes, EntityNodeAttributes, FactEdgeAttributes } from './graph-types.ts';

const MODALITY_STRENGTH: Record<Modality, number> = { asserted: 3, reported: 2, hedged: 1, negated: 0 };

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function clampConfidence(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

export function articleAttributes(article: LoadedArticle): ArticleNodeAttributes {
  const attributes: ArticleNodeAttributes = {
    type: 'Article',
    name: article.title,
    title: article.title,
    source: article.source,
    contentHash: article.contentHash,
    mentions: 0,
    aliases: [],
  };
  if (article.url) attributes.url = article.url;
  if (article.date) attributes.date = article.date;
  if (article.outlet) attributes.outlet = article.outlet;
  if (article.originalOutlet) attributes.originalOutlet = article.originalOutlet;
  return attributes;
}

/** Merge one article's view of an entity into the node built so far (type and name: the first one wins). */
export function mergeEntityAttributes(
  existing: EntityNodeAttributes | undefined,
  entity: ResolvedEntity,
): EntityNodeAttributes {
  const surfaces = entity.mentions.map((m) => m.text);
  const merged: EntityNodeAttributes = {
    type: existing?.type ?? entity.type,
    name: existing?.name ?? entity.name,
    aliases: sortedUnique([...(existing?.aliases ?? []), ...entity.aliases, ...surfaces].filter((a) => a !== '')),
    mentions: (existing?.mentions ?? 0) + entity.mentions.length,
  };
  const nameEn = existing?.nameEn || entity.nameEn;
  if (nameEn) merged.nameEn = nameEn;
  return merged;
}

function compareEvidence(a: Evidence, b: Evidence): number {
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

/**
 * The attributes of one fact edge from all the facts behind it (same edge key). Identical evidence (same article,
 * offsets and rule) is kept once; evidence is sorted, so the result does not depend on the order of the articles.
 * `weight` counts distinct supporting sentences (article and offsets), not rules.
 */
export function factEdgeAttributes(facts: Fact[]): FactEdgeAttributes {
  if (facts.length === 0) throw new Error('factEdgeAttributes: no facts');
  const sorted = facts.map((f) => f.evidence).sort(compareEvidence);
  const evidence = sorted.filter((e, i) => i === 0 || compareEvidence(sorted[i - 1], e) !== 0).map((e) => ({ ...e }));
  const modality = evidence.reduce<Modality>(
    (best, e) => (MODALITY_STRENGTH[e.modality] > MODALITY_STRENGTH[best] ? e.modality : best),
    evidence[0].modality,
  );
  return {
    type: facts[0].type,
    evidence,
    confidence: facts.reduce((max, f) => Math.max(max, clampConfidence(f.confidence)), 0),
    // One sentence supports a fact once, however many rules read it there (a byline's meta-reporter and its credit).
    weight: new Set(evidence.map((e) => `${e.article}|${e.start}|${e.end}`)).size,
    modality,
    articles: sortedUnique(evidence.map((e) => e.article)),
  };
}

/** The entity of this article named `name` (canonical name or alias), preferring `preferredType`. */
export function findEntityByName(
  result: ArticleResult,
  name: string,
  preferredType: ResolvedEntity['type'],
  onlyPreferred: boolean,
): ResolvedEntity | undefined {
  const target = name.trim();
  if (target === '') return undefined;
  const matches = result.entities.filter((e) => e.name === target || e.aliases.includes(target));
  return matches.find((e) => e.type === preferredType) ?? (onlyPreferred ? undefined : matches[0]);
}
