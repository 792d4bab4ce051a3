import { ZhkgError } from '../errors.ts';
import type { LexiconEntry } from './lexicon-entry.ts';
import { surfaceKeys } from './surface-keys.ts';

/** The lexicon in memory. Shared and cached: treat it as read-only. */
export interface Lexicon {
  entries: LexiconEntry[];
  byId: Map<string, LexiconEntry>;
  /** Name and every alias, exactly as written, plus the lower-cased form of Latin ones (see `surfaceKeys`). */
  bySurface: Map<string, LexiconEntry>;
}

/** One parsed lexicon file. */
export interface LexiconSource {
  origin: string;
  entries: LexiconEntry[];
}

/**
 * Merges parsed lexicon files, first to last: an entry replaces any earlier entry with the same id (so user files
 * override the built-in one), then every surface form must belong to one id. Throws `E_LEXICON_INVALID` naming both
 * files when two files give one surface to different ids.
 */
export function mergeLexicons(sources: LexiconSource[]): Lexicon {
  const byId = new Map<string, LexiconEntry>();
  const originOf = new Map<string, string>();
  for (const { origin, entries } of sources) {
    for (const entry of entries) {
      byId.delete(entry.id); // re-insert so the overriding file's order wins
      byId.set(entry.id, entry);
      originOf.set(entry.id, origin);
    }
  }

  const bySurface = new Map<string, LexiconEntry>();
  for (const entry of byId.values()) {
    for (const surface of [entry.name, ...entry.aliases]) {
      for (const key of surfaceKeys(surface)) {
        const other = bySurface.get(key);
        if (other && other.id !== entry.id) {
          const files = [originOf.get(other.id), originOf.get(entry.id)];
          throw new ZhkgError(
            'E_LEXICON_INVALID',
            `mergeLexicons: alias "${key}" maps to 2 ids: ${other.id} (${files[0]}), ${entry.id} (${files[1]})`,
            { file: files[1] },
          );
        }
        bySurface.set(key, entry);
      }
    }
  }
  return { entries: [...byId.values()], byId, bySurface };
}
