import { describe, expect, it } from 'vitest';
import { graphToRows } from '../../../src/neo4j/graph-rows.ts';
import { loadPlan } from '../../../src/neo4j/load-plan.ts';
import { sourcePrefix } from '../../../src/neo4j/load-graph.ts';
import { loadStatement } from '../../../src/neo4j/cypher-files.ts';
import { ENTITY_TYPES } from '../../../src/types.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

describe('loadPlan', () => {
  it('orders retractions, articles, entities, mentions, mention counts, provenance, relations', () => {
    const names = [...new Set(loadPlan(graphToRows(sampleGraph())).map((s) => s.name.split(':')[0]))];
    expect(names).toEqual([
      'retract-article-facts',
      'retract-article-provenance',
      'merge-articles',
      'merge-entities',
      'merge-mentions',
      'count-entity-mentions',
      'merge-provenance',
      'merge-relations',
    ]);
  });

  it('splits rows into batches of at most batchSize', () => {
    const steps = loadPlan(graphToRows(sampleGraph()), 2);
    expect(steps.every((s) => s.rows.length >= 1 && s.rows.length <= 2)).toBe(true);
    const mentions = steps.filter((s) => s.name === 'merge-mentions').flatMap((s) => s.rows);
    expect(mentions).toHaveLength(graphToRows(sampleGraph()).mentions.length);
  });

  it('sorts rows by key, so loaders of overlapping graphs lock shared nodes and relationships in one order', () => {
    for (const step of loadPlan(graphToRows(sampleGraph()))) {
      if (!step.name.startsWith('merge-entities') && !step.name.startsWith('merge-relations')) continue;
      const keys = step.rows.map((r) => ('id' in r ? String(r.id) : `${(r as { source: string }).source}\u0000${(r as { target: string }).target}`));
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('fills labels and relationship types in from the ontology only, with no placeholder left', () => {
    for (const step of loadPlan(graphToRows(sampleGraph()))) {
      expect(step.cypher).not.toContain('$TYPE');
      expect(step.cypher.match(/\$rows/g)).toHaveLength(1);
    }
    expect(loadStatement('merge-provenance', 'WRITTEN_BY')).toContain('MERGE (a)-[:WRITTEN_BY]->(e)');
    expect(() => loadStatement('merge-provenance', 'WRITTEN_BY`]->(e) DETACH DELETE e //')).toThrow();
    expect(() => loadStatement('merge-relations')).toThrow();
  });

  it('merges entities of every type in one statement, the type label from the row (validated by graphToRows)', () => {
    const steps = loadPlan(graphToRows(sampleGraph())).filter((s) => s.name === 'merge-entities');
    expect(steps).toHaveLength(1);
    expect(steps[0]!.cypher).toContain('SET e:$(row.type)');
    const types = steps[0]!.rows.map((r) => (r as { type: string }).type);
    expect(types.every((t) => (ENTITY_TYPES as readonly string[]).includes(t))).toBe(true);
    expect(new Set(types).size).toBeGreaterThan(3);
  });

  it('removes every entity type label before setting the current one', () => {
    const remove = loadStatement('merge-entities', 'Person').match(/REMOVE e:([\w:]+)/)?.[1].split(':');
    expect(remove?.sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('retracts only the changed articles it is given (none: no retract steps), every article when not told', () => {
    const names = (changed?: string[]) => loadPlan(graphToRows(sampleGraph()), 1000, [], changed).map((s) => s.name);
    expect(names([])).not.toContain('retract-article-facts');
    expect(names()).toContain('retract-article-facts');
    const retracted = loadPlan(graphToRows(sampleGraph()), 1000, [], ['a2']).filter((s) => s.name === 'retract-article-facts').flatMap((s) => s.rows);
    expect(retracted).toEqual([expect.objectContaining({ id: 'a2' })]);
  });

  it('rejects a batch size that is not a positive integer', () => {
    expect(() => loadPlan(graphToRows(sampleGraph()), 0)).toThrow(RangeError);
  });
});

describe('loadPlan with gone articles (--prune)', () => {
  it('retracts and deletes them before anything is merged', () => {
    const steps = loadPlan(graphToRows(sampleGraph()), 1000, ['gone-1', 'gone-2']);
    expect(steps.slice(0, 3).map((s) => s.name)).toEqual(['retract-article-facts', 'retract-article-provenance', 'delete-articles']);
    expect(steps[0]!.rows).toEqual([
      { id: 'gone-1', contentHash: '', evidencePrefix: '{"article":"gone-1",' },
      { id: 'gone-2', contentHash: '', evidencePrefix: '{"article":"gone-2",' },
    ]);
    expect(steps[2]!.rows).toEqual([{ id: 'gone-1' }, { id: 'gone-2' }]);
  });
});

describe('sourcePrefix', () => {
  it('ends a folder with one / and keeps a file path as the input listing writes it', () => {
    expect(sourcePrefix('./seeds')).toBe('seeds/');
    expect(sourcePrefix('seeds//')).toBe('seeds/');
    expect(sourcePrefix('./seeds/000_b8188a9e28d94beb.txt')).toBe('seeds/000_b8188a9e28d94beb.txt');
  });
});
