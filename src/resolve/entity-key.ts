import type { Mention } from '../types.ts';
import { entityKey } from '../graph/graph-keys.ts';

// Most names have no whitespace to tidy: test before building a new string.
const HAS_SPACE = /\s/;
const SPACES = /\s+/g;

/** Stable node key of a mention's entity: what resolution tied it to, else the lexicon id, else `<Type>:<name>`. */
export function entityKeyOf(m: Mention): string {
  return m.key ?? m.lexId ?? entityKey(m.type, HAS_SPACE.test(m.norm) ? m.norm.replace(SPACES, ' ').trim() : m.norm);
}
