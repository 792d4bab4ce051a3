/** Shared types of the zhkg pipeline. Offsets are UTF-16 code-unit indices into `Doc.text`. */

export const ENTITY_TYPES = [
  'Person',
  'Company',
  'GovernmentBody',
  'MediaOutlet',
  'PoliticalParty',
  'Organization',
  'Location',
  'Product',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'CONTROLS',
  'INVESTS_IN',
  'OPERATES',
  'LAUNCHED',
  'FOUNDED',
  'LEADS',
  'WORKS_FOR',
  'REGULATES',
  'NEGOTIATES_WITH',
  'PARTNERS_WITH',
  'LOCATED_IN',
  'CITES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['NEGOTIATES_WITH', 'PARTNERS_WITH']);

export const PROVENANCE_TYPES = ['MENTIONS', 'PUBLISHED_BY', 'WRITTEN_BY', 'EDITED_BY'] as const;
export type ProvenanceType = (typeof PROVENANCE_TYPES)[number];
export type EdgeType = RelationType | ProvenanceType;

export type Modality = 'asserted' | 'reported' | 'hedged' | 'negated';

/** A name that the page itself marks as an entity (a tag link, for instance). */
export interface EntityHint {
  name: string;
  type?: EntityType;
  origin: 'tag-link' | 'byline' | 'meta';
}

/** The output of load: one article, its metadata and its text blocks, before any NLP. */
export interface LoadedArticle {
  /** Stable id: the outlet's article id when the page gives one, else a hash of the source path. */
  id: string;
  /** The input path. */
  source: string;
  /** The specific layout that recognised the page but could not parse it; the page was read by `format` instead. */
  fallbackFrom?: string;
  /** Which layout the loader recognised, e.g. `mirror-2021`, `epoch-2018`, `voa-2018`, `reuters-2018`, `html`, `text`. */
  format: string;
  title: string;
  /** Canonical outlet name in simplified Chinese (大纪元, 美国之音, 路透社), when known: the host that published the page. */
  outlet?: string;
  /** When the page reprints another outlet's article (来源：北京日报, 转自, 本文来自): that outlet, canonical when known. */
  originalOutlet?: string;
  /** ISO 8601 date (YYYY-MM-DD or full timestamp), when known. */
  date?: string;
  url?: string;
  reporters: string[];
  editors: string[];
  /** Body paragraphs in reading order, whitespace-collapsed, original script. */
  paragraphs: string[];
  /** Image captions. */
  captions: string[];
  hints: EntityHint[];
  /** sha256 of the raw bytes, hex. */
  contentHash: string;
  /** A hash of title and paragraphs: two saves of one article (other bytes, same text) share it. */
  textHash?: string;
}

/** A sentence of `Doc.text`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
}

export interface Token {
  readonly text: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
}

/** An article prepared for NLP: `text` is the original text; `norm` has the same length, simplified and half-width. */
export interface Doc {
  article: LoadedArticle;
  text: string;
  norm: string;
  sentences: Sentence[];
  tokens: Token[];
  /**
   * Where the lines zhkg composed from metadata begin (credit lines for bylines the page does not show, the repost
   * line): text from here on was never printed by the page. Absent: the whole text is the page's.
   */
  composedFrom?: number;
}

export type MentionSource = 'lexicon' | 'hint' | 'discovery';

export interface Mention {
  start: number;
  end: number;
  /** Surface text in the original script. */
  text: string;
  /** Normalised (simplified, half-width) surface text. */
  norm: string;
  type: EntityType;
  /** Lexicon id when the mention matched the lexicon. */
  lexId?: string;
  source: MentionSource;
  /** The rule that produced a discovered mention. */
  rule?: string;
  sentence: number;
  /** The entity key, when resolution tied this surface to an entity named otherwise (short forms, definitions). */
  key?: string;
  /** A mention inside another mention's name (天津 in 天津轨道交通集团): counted, but not a relation argument. */
  nested?: boolean;
}

/** One entity of one article after alias resolution. `key` is the stable graph node key. */
export interface ResolvedEntity {
  key: string;
  type: EntityType;
  name: string;
  nameEn?: string;
  aliases: string[];
  mentions: Mention[];
}

export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
  trigger: string;
  rule: string;
  modality: Modality;
  /**
   * The article metadata field the fact comes from when its sentence is a line zhkg composed from that field
   * (大纪元责任编辑：林妍 from `editors`): the page never printed the sentence, the field holds the name.
   */
  field?: MetadataField;
}

export type MetadataField = 'reporters' | 'editors' | 'originalOutlet';

export interface Fact {
  type: RelationType;
  subject: string;
  object: string;
  confidence: number;
  evidence: Evidence;
}

/** Everything the pipeline knows about one article. */
export interface ArticleResult {
  doc: Doc;
  entities: ResolvedEntity[];
  /**
   * The page's outlet when the text never names it (its site, folder or metadata does): a node for PUBLISHED_BY,
   * with no mention, kept out of `entities` so that it changes no extraction and no score.
   */
  publisher?: ResolvedEntity;
  facts: Fact[];
  warnings: string[];
}
