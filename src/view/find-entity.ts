/**
 * One entity for a name the user typed (`zhkg show 馬雲`): a node key, or a name, English name or alias in either
 * script. Several exact matches are E_ENTITY_AMBIGUOUS and none is E_ENTITY_NOT_FOUND; both carry the candidates
 * (close matches for a name that matched nothing), so the caller can list them.
 */
import { ZhkgError } from '../errors.ts';
import { searchEntities } from './search-entities.ts';
import type { ViewerData } from './viewer-data.ts';

export class EntityLookupError extends ZhkgError {
  /** Indices into `data.entities`, most mentioned first. */
  readonly candidates: number[];

  constructor(code: 'E_ENTITY_NOT_FOUND' | 'E_ENTITY_AMBIGUOUS', message: string, candidates: number[]) {
    super(code, message);
    this.name = 'EntityLookupError';
    this.candidates = candidates;
  }
}

export function findEntity(data: ViewerData, query: string): number {
  const byKey = data.entities.findIndex((e) => e.key === query);
  if (byKey >= 0) return byKey;
  const hits = searchEntities(data, query, 50);
  const exact = hits.filter((h) => h.rank === 0).map((h) => h.index);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) {
    throw new EntityLookupError('E_ENTITY_AMBIGUOUS', `findEntity: "${query}" names ${exact.length} entities`, exact);
  }
  const close = hits.slice(0, 10).map((h) => h.index);
  throw new EntityLookupError('E_ENTITY_NOT_FOUND', `findEntity: no entity is named "${query}"`, close);
}
