/**
 * Name search over ViewerData: exact matches of a folded name, English name or alias first, then names that start
 * with the query, then names that contain it; more mentions first within each rank. Pure; the viewer's search box
 * and `zhkg show` both use it.
 */
import { charMapTable, foldSearchText } from './fold-search-text.ts';
import type { ViewerData } from './viewer-data.ts';

export interface SearchHit {
  index: number;
  /** 0 exact, 1 prefix, 2 substring. */
  rank: 0 | 1 | 2;
}

const tables = new WeakMap<ViewerData, Map<string, string>>();

export function searchEntities(data: ViewerData, query: string, limit = 20): SearchHit[] {
  let table = tables.get(data);
  if (!table) tables.set(data, (table = charMapTable(data.charMap)));
  const q = foldSearchText(query, table);
  if (!q) return [];
  const hits: SearchHit[] = [];
  data.entities.forEach((entity, index) => {
    let rank: 0 | 1 | 2 | 3 = 3;
    for (const form of entity.search) {
      if (form === q) rank = 0;
      else if (rank > 1 && form.startsWith(q)) rank = 1;
      else if (rank > 2 && form.includes(q)) rank = 2;
      if (rank === 0) break;
    }
    if (rank < 3) hits.push({ index, rank: rank as 0 | 1 | 2 });
  });
  hits.sort((a, b) => a.rank - b.rank || data.entities[b.index]!.mentions - data.entities[a.index]!.mentions || a.index - b.index);
  return hits.slice(0, limit);
}
