import { describe, expect, it } from 'vitest';
import { toViewerData } from '../../../src/view/to-viewer-data.ts';
import { applyFilters, NO_OUTLET, type ViewerFilters } from '../../../src/view/apply-filters.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../src/types.ts';
import type { Graph } from '../../../src/graph/index.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

const data = toViewerData(sampleGraph() as unknown as Graph);
const ALL: ViewerFilters = { entityTypes: new Set(ENTITY_TYPES), relationTypes: new Set(RELATION_TYPES) };
const shown = (f: ViewerFilters): { entities: string[]; facts: string[] } => {
  const r = applyFilters(data, f);
  return {
    entities: data.entities.filter((_e, i) => r.entities[i] === 1).map((e) => e.key).sort(),
    facts: data.facts.filter((_f, i) => r.facts[i] === 1).map((f) => `${data.entities[f.source]!.key}|${f.type}|${data.entities[f.target]!.key}`).sort(),
  };
};

describe('applyFilters', () => {
  it('shows everything with every type selected and no outlet or date bound', () => {
    const r = applyFilters(data, ALL);
    expect(r.entityCount).toBe(data.entities.length);
    expect(r.factCount).toBe(data.facts.length);
  });

  it('hides an entity type and the facts that touch it', () => {
    const s = shown({ ...ALL, entityTypes: new Set(ENTITY_TYPES.filter((t) => t !== 'Person')) });
    expect(s.entities).not.toContain('jack-ma');
    expect(s.facts.some((f) => f.startsWith('jack-ma|'))).toBe(false);
    expect(s.facts).toContain('pboc|REGULATES|ant-group');
  });

  it('hides a relation type but keeps its entities', () => {
    const s = shown({ ...ALL, relationTypes: new Set(RELATION_TYPES.filter((t) => t !== 'REGULATES')) });
    expect(s.facts.some((f) => f.includes('|REGULATES|'))).toBe(false);
    expect(s.entities).toContain('pboc');
  });

  it('keeps only what articles of the selected outlet say', () => {
    const s = shown({ ...ALL, outlets: new Set([NO_OUTLET]) }); // a2 has no outlet
    expect(s.facts).toEqual(['csrc|REGULATES|ant-group', 'jack-ma|CONTROLS|ant-group', 'jack-ma|FOUNDED|alibaba']);
    expect(s.entities).not.toContain('pboc');
  });

  it('keeps dated articles in the range and drops undated ones once a range is set', () => {
    expect(shown({ ...ALL, from: '2020-11-01', to: '2020-11-30' }).facts).toContain('pboc|REGULATES|ant-group');
    expect(shown({ ...ALL, from: '2020-11-01' }).facts).not.toContain('csrc|REGULATES|ant-group');
    expect(shown({ ...ALL, to: '2020-11-02' }).facts).toEqual([]);
  });
});
