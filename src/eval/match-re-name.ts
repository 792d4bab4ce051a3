import type { EntityType } from '../types.ts';
import type { SideKind } from './re-gold.ts';
import type { SystemEntity } from './system-entities.ts';
import { normalizeMatchName, type Simplify } from './normalize-match-name.ts';

/** Below this length a name is too short to be found inside another (中 in 中国银行). */
const MIN_CONTAINED = 2;

const KIND_TYPES: Record<SideKind, (t: EntityType) => boolean> = {
  person: (t) => t === 'Person',
  place: (t) => t === 'Location',
  org: (t) => t !== 'Person' && t !== 'Location',
  party: (t) => t !== 'Location',
};

/**
 * The system entities a gold name of a public data set refers to. Names are compared in the form of
 * `normalizeMatchName` (simplified, half-width, lower-cased, no 《》), over every name the entity is known by (its
 * canonical name, aliases and mention surfaces). Public gold names are written as the annotator saw fit (京东方 for
 * 京东方科技集团股份有限公司, 阿里巴巴集团 for 阿里巴巴), so one name may also contain the other, when the shorter has at
 * least two characters. Containment alone would match 中国 in 中国银行: the entity's type must also be of the kind
 * the gold side names (a person, a place, an organisation, or either a person or an organisation).
 */
export function entitiesNamed(gold: string, kind: SideKind, entities: readonly SystemEntity[], simplify?: Simplify): SystemEntity[] {
  const g = normalizeMatchName(gold, simplify);
  if (g === '') return [];
  return entities.filter((e) => KIND_TYPES[kind](e.type) && [...e.names].some((n) => namesMatch(g, n)));
}

/** Two normalised names match when equal, or when one holds the other and the shorter has two characters or more. */
export function namesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return [...short].length >= MIN_CONTAINED && long.includes(short);
}
