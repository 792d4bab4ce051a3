import type { Mention } from '../types.ts';
import { entityKey } from '../graph/graph-keys.ts';

/** Stable node key of a mention's entity: what resolution tied it to, else the lexicon id, else `<Type>:<name>`. */
export function entityKeyOf(m: Mention): string {
  return m.key ?? m.lexId ?? entityKey(m.type, m.norm.replace(/\s+/g, ' ').trim());
}
