import type { EntityType, ResolvedEntity } from '../types.ts';
import { normalizeMatchName, type Simplify } from './normalize-match-name.ts';

/** A system entity as the scorer sees it: one per node key, with every name it is known by, normalised. */
export interface SystemEntity {
  key: string;
  name: string;
  type: EntityType;
  names: Set<string>;
}

/**
 * Collapses an article's entities by node key (a well-behaved pipeline has one per key already) and collects
 * the names to match on: the canonical name, the aliases, and each mention's normalised surface form — the
 * latter carries the simplified spelling of aliases seen in traditional script.
 */
export function systemEntities(entities: readonly ResolvedEntity[], simplify?: Simplify): SystemEntity[] {
  const byKey = new Map<string, SystemEntity>();
  for (const e of entities) {
    let se = byKey.get(e.key);
    if (se === undefined) {
      se = { key: e.key, name: e.name, type: e.type, names: new Set() };
      byKey.set(e.key, se);
    }
    const surfaces = [e.name, ...e.aliases, ...e.mentions.flatMap((m) => [m.norm, m.text])];
    for (const s of surfaces) {
      const n = normalizeMatchName(s, simplify);
      if (n !== '') se.names.add(n);
    }
  }
  return [...byKey.values()];
}

/** The names of a gold entity, normalised. */
export function goldNames(entity: { name: string; aliases: readonly string[] }, simplify?: Simplify): Set<string> {
  const names = new Set<string>();
  for (const s of [entity.name, ...entity.aliases]) {
    const n = normalizeMatchName(s, simplify);
    if (n !== '') names.add(n);
  }
  return names;
}

export function sharesName(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const n of small) if (large.has(n)) return true;
  return false;
}
