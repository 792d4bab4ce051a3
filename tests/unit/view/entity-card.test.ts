import { describe, expect, it } from 'vitest';
import { toViewerData } from '../../../src/view/to-viewer-data.ts';
import { entityCard } from '../../../src/view/entity-card.ts';
import type { Graph } from '../../../src/graph/index.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

const data = toViewerData(sampleGraph() as unknown as Graph);
const indexOf = (key: string): number => data.entities.findIndex((e) => e.key === key);

describe('entityCard', () => {
  it('groups facts by relation type in the ontology order, both directions', () => {
    const card = entityCard(data, indexOf('ant-group'));
    expect(card.relations.map((r) => r.type)).toEqual(['CONTROLS', 'INVESTS_IN', 'OPERATES', 'REGULATES', 'PARTNERS_WITH', 'LOCATED_IN']);
    const controls = card.relations.find((r) => r.type === 'CONTROLS')!;
    expect(controls.facts[0]).toMatchObject({ direction: 'in', other: { key: 'jack-ma', name: '马云' } });
    const operates = card.relations.find((r) => r.type === 'OPERATES')!;
    expect(operates.facts[0]).toMatchObject({ direction: 'out', other: { name: '支付宝' } });
  });

  it('lists evidence newest first, undated last, with date, outlet, title and URL', () => {
    const card = entityCard(data, indexOf('jack-ma'));
    const controls = card.relations.find((r) => r.type === 'CONTROLS')!.facts[0]!;
    expect(controls.evidence.map((e) => e.articleId)).toEqual(['a1', 'a2']);
    expect(controls.evidence[0]).toMatchObject({ date: '2020-11-03', outlet: '大纪元', url: "https://example.org/a1?x=1&y='2'", modality: 'asserted' });
    expect(controls.evidence[1]!.date).toBeUndefined();
    expect(controls.date).toBe('2020-11-03');
  });

  it('puts dated facts before undated ones within a relation', () => {
    const card = entityCard(data, indexOf('ant-group'));
    const regulates = card.relations.find((r) => r.type === 'REGULATES')!;
    const dated = regulates.facts.map((f) => f.date !== undefined);
    expect(dated).toEqual([...dated].sort((a, b) => Number(b) - Number(a)));
    expect(regulates.facts.at(-1)!.other.key).toBe('csrc'); // only in the undated article a2
  });

  it('carries name, English name, aliases and mentions', () => {
    expect(entityCard(data, indexOf('jack-ma'))).toMatchObject({ name: '马云', nameEn: 'Jack Ma', type: 'Person', aliases: ['馬雲', '马云'] });
  });
});
