import type { EntityType, Modality, RelationType } from '../types.ts';

/** Counts and the scores derived from them. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A required gold entity that no system entity matched. */
export interface EntityMiss {
  name: string;
  type: EntityType[];
}

/** A system entity that counts against precision. */
export interface EntityFalsePositive {
  key: string;
  name: string;
  type: EntityType;
  /** `unmatched`: matches no gold entity; `duplicate`: a second node for a gold entity already matched. */
  reason: 'unmatched' | 'duplicate';
  /** For duplicates: the gold entity's name. */
  gold?: string;
}

/** A required gold entity that was found, but whose system node has a type the gold does not accept. */
export interface EntityTypeMismatch {
  gold: string;
  goldType: EntityType[];
  key: string;
  name: string;
  type: EntityType;
}

/** A required gold relation that no system fact matched. */
export interface RelationMiss {
  s: string;
  p: RelationType[];
  o: string;
  evidence?: string;
}

/** A predicted relation (all facts of one type between the same two entities) that matches no gold relation. */
export interface RelationFalsePositive {
  type: RelationType;
  subject: string;
  object: string;
  subjectKey: string;
  objectKey: string;
  /** How many facts of the article support it. */
  facts: number;
  /** The strongest modality among those facts. */
  modality: Modality;
  /** Evidence of the first fact, for the report. */
  sentence: string;
  trigger: string;
  rule: string;
}

export interface ArticleScore {
  goldFile: string;
  /** The article as written in the gold file. */
  article: string;
  /** The input path the pipeline reported (`doc.article.source`). */
  source: string;
  entities: Prf;
  typedEntities: Prf;
  relations: Prf;
  /** System entities / predicted relations neither counted right nor wrong (they match optional gold, or are extra support for a gold relation already counted). */
  ignored: { entities: number; relations: number };
  entityMisses: EntityMiss[];
  entityFalsePositives: EntityFalsePositive[];
  typeMismatches: EntityTypeMismatch[];
  relationMisses: RelationMiss[];
  relationFalsePositives: RelationFalsePositive[];
}

/** Micro-averaged scores: counts pooled over articles, then P/R/F1. */
export interface AggregateScores {
  articles: number;
  entities: Prf;
  typedEntities: Prf;
  relations: Prf;
}

/** A gold file that could not be scored (article not found, no pipeline result). */
export interface EvalError {
  goldFile: string;
  article: string;
  message: string;
}

export interface EvalReport {
  goldDirs: string[];
  articlesRoot: string;
  overall: AggregateScores;
  /** One entry per gold directory, in the order given, with how many gold files it holds. */
  splits: { goldDir: string; goldFiles: number; scores: AggregateScores }[];
  /** Gold files read over all directories: every one must be scored for a check to pass. */
  goldFiles: number;
  /** Scores per outlet folder: the folder that holds each article (hkcnews, rfa, nsc412 …). */
  byFolder: { folder: string; scores: AggregateScores }[];
  articles: ArticleScore[];
  errors: EvalError[];
}
