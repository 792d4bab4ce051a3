/** Stable node and edge keys: the same input gives the same keys in every run. */
import { SYMMETRIC_RELATIONS, type EdgeType, type EntityType, type RelationType } from '../types.ts';

/** Key of a discovered entity (known entities use their lexicon id instead): `Person:林燕`. */
export function entityKey(type: EntityType, normName: string): string {
  return `${type}:${normName}`;
}

export function articleKey(id: string): string {
  return `article:${id}`;
}

/** For symmetric relations, the two endpoints in their canonical (sorted) order. */
export function orientEdge(source: string, type: EdgeType, target: string): [string, string] {
  if (SYMMETRIC_RELATIONS.has(type as RelationType) && target < source) return [target, source];
  return [source, target];
}

/** `<source>|<TYPE>|<target>`; symmetric relations get their endpoints sorted, so each pair has one edge. */
export function edgeKey(source: string, type: EdgeType, target: string): string {
  const [s, t] = orientEdge(source, type, target);
  return `${s}|${type}|${t}`;
}
