/** Colours of entity and relation types, shared by the HTML viewer's nodes, edges and legend and the GEXF export. */
import type { EntityType, RelationType } from '../types.ts';

export const ENTITY_COLORS: Record<EntityType, string> = {
  Person: '#e15759',
  Company: '#4e79a7',
  GovernmentBody: '#f28e2b',
  MediaOutlet: '#76b7b2',
  PoliticalParty: '#b07aa1',
  Organization: '#59a14f',
  Location: '#9c755f',
  Product: '#edc948',
};

export const RELATION_COLORS: Record<RelationType, string> = {
  CONTROLS: '#c0392b',
  INVESTS_IN: '#2e86c1',
  OPERATES: '#7d3c98',
  LAUNCHED: '#d4ac0d',
  FOUNDED: '#1e8449',
  LEADS: '#a04000',
  WORKS_FOR: '#5d6d7e',
  REGULATES: '#e67e22',
  NEGOTIATES_WITH: '#16a085',
  PARTNERS_WITH: '#27ae60',
  LOCATED_IN: '#a6acaf',
  CITES: '#85929e',
};

/** Node size on screen from the mention count: logarithmic, so a 3,000-mention 中国 does not cover the graph. */
export function nodeSize(mentions: number): number {
  return Math.min(22, 3 + 2.4 * Math.log2(1 + Math.max(0, mentions)));
}
