import type { EntityType, Mention } from '../types.ts';

/** Stable node key: the lexicon id for known entities, `<Type>:<normalised name>` otherwise. */
export function entityKey(type: EntityType, normName: string): string {
  return `${type}:${normName.replace(/\s+/g, ' ').trim()}`;
}

export function entityKeyOf(m: Mention): string {
  return m.key ?? m.lexId ?? entityKey(m.type, m.norm);
}
