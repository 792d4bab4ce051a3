import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/index.ts';
import { csvField, EDGE_COLUMNS, NODE_COLUMNS, toEdgesCsv, toNodesCsv } from '../../../src/write/csv-tables.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';
import { parseCsv } from './parse-csv.ts';

const HOSTILE = `他说"好", 'ok' <b>x</b>\nline2\r\nline3 `;

function hostileGraph(): Graph {
  const graph = sampleGraph() as unknown as Graph;
  graph.mergeNodeAttributes('jack-ma', { aliases: ['马云', HOSTILE], nameEn: ' Jack, "Ma"' });
  return graph;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    [3, '3'],
    [undefined, ''],
    [['a', 'b'], '"[""a"",""b""]"'],
  ])('%j → %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('toNodesCsv / toEdgesCsv', () => {
  it('round-trips every node through an RFC 4180 reader, hostile text included', () => {
    const graph = hostileGraph();
    const text = toNodesCsv(graph);
    expect(text.startsWith(`${NODE_COLUMNS.join(',')}\r\n`)).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(graph.order);
    for (const row of rows) {
      const a = graph.getNodeAttributes(row.Id!) as Record<string, unknown>;
      expect(row.Label).toBe(a.name);
      expect(row.type).toBe(a.type);
      expect(JSON.parse(row.aliases!)).toEqual(a.aliases);
      expect(Number(row.mentions)).toBe(a.mentions);
      expect(row.nameEn).toBe(a.nameEn ?? '');
      expect(row.url).toBe(a.url ?? '');
      expect(row.date).toBe(a.date ?? '');
    }
    expect(JSON.parse(rows.find((r) => r.Id === 'jack-ma')!.aliases!)).toContain(HOSTILE);
  });

  it('round-trips every edge with its evidence; symmetric relations are Undirected', () => {
    const graph = hostileGraph();
    const rows = parseCsv(toEdgesCsv(graph));
    expect(Object.keys(rows[0]!)).toEqual([...EDGE_COLUMNS]);
    expect(rows).toHaveLength(graph.size);
    for (const row of rows) {
      const a = graph.getEdgeAttributes(row.Id!) as Record<string, unknown>;
      expect([row.Source, row.Target]).toEqual(graph.extremities(row.Id!));
      expect(row.Label).toBe(a.type);
      expect(Number(row.Weight)).toBe(a.weight);
      if ('evidence' in a) {
        expect(JSON.parse(row.evidence!)).toEqual(a.evidence);
        expect(JSON.parse(row.articles!)).toEqual(a.articles);
        expect(Number(row.confidence)).toBe(a.confidence);
      } else {
        expect(row.evidence).toBe('');
      }
      expect(row.Type).toBe(a.type === 'PARTNERS_WITH' ? 'Undirected' : 'Directed');
    }
  });
});
