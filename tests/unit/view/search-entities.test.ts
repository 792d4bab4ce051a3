import { describe, expect, it } from 'vitest';
import { toViewerData } from '../../../src/view/to-viewer-data.ts';
import { searchEntities } from '../../../src/view/search-entities.ts';
import { foldSearchText, charMapTable } from '../../../src/view/fold-search-text.ts';
import type { Graph } from '../../../src/graph/index.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

const data = toViewerData(sampleGraph() as unknown as Graph);
const keysOf = (q: string): string[] => searchEntities(data, q).map((h) => data.entities[h.index]!.key);

describe('searchEntities', () => {
  it.each([['马云'], ['馬雲'], ['Jack Ma'], ['jack ma'], ['ＪＡＣＫ　ＭＡ']])('finds 马云 by %s', (q) => {
    expect(keysOf(q)[0]).toBe('jack-ma');
  });

  it('ranks exact names before names that only contain the query', () => {
    const hits = searchEntities(data, '蚂蚁');
    expect(data.entities[hits[0]!.index]!.key).toBe('ant-group');
    expect(hits[0]!.rank).toBe(0); // 蚂蚁 is an alias
  });

  it('finds a traditional query of a simplified alias (螞蟻 → 蚂蚁集团)', () => {
    expect(keysOf('螞蟻')).toContain('ant-group');
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(searchEntities(data, '  ')).toEqual([]);
    expect(searchEntities(data, '华为')).toEqual([]);
  });
});

describe('foldSearchText', () => {
  it('maps by character table, lower-cases and drops spaces and dots', () => {
    expect(foldSearchText('馬 雲·Jack.Ma', charMapTable('馬马雲云'))).toBe('马云jackma');
  });
});
