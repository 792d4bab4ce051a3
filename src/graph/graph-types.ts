/** Attribute shapes of the one in-memory graph (see DESIGN.md, "graph.json contract"). */
import type { AbstractGraph } from 'graphology-types';
import type { EntityType, Evidence, Modality, ProvenanceType, RelationType } from '../types.ts';

// Type aliases rather than interfaces: graphology's `Attributes` constraint needs an index-compatible shape.
export type EntityNodeAttributes = {
  type: EntityType;
  name: string;
  nameEn?: string;
  aliases: string[];
  mentions: number;
};

export type ArticleNodeAttributes = {
  type: 'Article';
  name: string;
  title: string;
  url?: string;
  date?: string;
  outlet?: string;
  /** The outlet a repost reprints. */
  originalOutlet?: string;
  source: string;
  contentHash: string;
  mentions: 0;
  aliases: string[];
};

export type NodeAttributes = EntityNodeAttributes | ArticleNodeAttributes;

export type FactEdgeAttributes = {
  type: RelationType;
  evidence: Evidence[];
  confidence: number;
  weight: number;
  modality: Modality;
  articles: string[];
};

export type ProvenanceEdgeAttributes = {
  type: ProvenanceType;
  weight: number;
  /** MENTIONS only: mentions of the entity in the article. */
  count?: number;
};

export type EdgeAttributes = FactEdgeAttributes | ProvenanceEdgeAttributes;

export type GraphAttributes = {
  generator: 'zhkg';
  version: string;
  /** Number of articles the graph was built from. */
  createdFrom: number;
};

/** The zhkg knowledge graph: directed, multi, no self loops. Others use this type without importing graphology. */
export type Graph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function isFactEdge(attributes: EdgeAttributes): attributes is FactEdgeAttributes {
  return 'evidence' in attributes;
}

export function isArticleNode(attributes: NodeAttributes): attributes is ArticleNodeAttributes {
  return attributes.type === 'Article';
}
