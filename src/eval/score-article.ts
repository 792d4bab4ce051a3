import type { ArticleResult } from '../types.ts';
import type { GoldFile } from './gold-file.ts';
import type { ArticleScore } from './eval-types.ts';
import type { Simplify } from './normalize-match-name.ts';
import { scoreEntities } from './score-entities.ts';
import { scoreRelations } from './score-relations.ts';
import { systemEntities } from './system-entities.ts';

export interface ScoreOptions {
  /** Traditional → simplified converter applied to every name before matching; default: none (names are taken as given, mention `norm`s are already simplified). */
  simplify?: Simplify;
}

/** Scores one article's pipeline output against its gold annotation. Pure. */
export function scoreArticle(gold: GoldFile, result: ArticleResult, options: ScoreOptions = {}): ArticleScore {
  const { simplify } = options;
  // The host the text never names is a node of the graph too (PUBLISHED_BY), and the gold lists the article's outlet.
  const system = systemEntities(result.publisher ? [...result.entities, result.publisher] : result.entities, simplify);
  const ents = scoreEntities(gold.entities, gold.optionalEntities, system, simplify);
  const rels = scoreRelations(
    gold.relations,
    gold.optionalRelations,
    [...gold.entities, ...gold.optionalEntities],
    system,
    result.facts,
    simplify,
    gold.conventions,
  );
  return {
    goldFile: gold.file,
    article: gold.article,
    source: result.doc.article.source,
    entities: ents.entities,
    typedEntities: ents.typedEntities,
    relations: rels.relations,
    ignored: { entities: ents.ignored, relations: rels.ignored },
    entityMisses: ents.misses,
    entityFalsePositives: ents.falsePositives,
    typeMismatches: ents.typeMismatches,
    relationMisses: rels.misses,
    relationFalsePositives: rels.falsePositives,
  };
}
