import { describe, expect, it } from 'vitest';
import { toViewerData } from '../../../src/view/to-viewer-data.ts';
import { EntityLookupError, findEntity } from '../../../src/view/find-entity.ts';
import type { ViewerData } from '../../../src/view/viewer-data.ts';
import type { Graph } from '../../../src/graph/index.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

const data = toViewerData(sampleGraph() as unknown as Graph);

function lookupError(d: ViewerData, q: string): EntityLookupError {
  try {
    findEntity(d, q);
  } catch (e) {
    return e as EntityLookupError;
  }
  throw new Error(`findEntity found "${q}"`);
}

describe('findEntity', () => {
  it('finds by name, alias in either script, English name or key', () => {
    for (const q of ['马云', '馬雲', 'Jack Ma', 'jack-ma']) expect(data.entities[findEntity(data, q)]!.key).toBe('jack-ma');
  });

  it('is E_ENTITY_NOT_FOUND with close names for a partial name', () => {
    const e = lookupError(data, '阿里');
    expect(e.code).toBe('E_ENTITY_NOT_FOUND');
    expect(e.candidates.map((i) => data.entities[i]!.key)).toEqual(['alibaba']);
  });

  it('is E_ENTITY_AMBIGUOUS listing every entity an alias names', () => {
    const twin = structuredClone(data);
    twin.entities.push({ ...twin.entities[findEntity(data, '马云')]!, key: 'Person:马云2', mentions: 1 });
    const e = lookupError(twin, '马云');
    expect(e.code).toBe('E_ENTITY_AMBIGUOUS');
    expect(e.candidates.map((i) => twin.entities[i]!.key).sort()).toEqual(['Person:马云2', 'jack-ma']);
  });
});
