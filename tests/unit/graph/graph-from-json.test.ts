import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.ts';
import { graphFromJson } from '../../../src/graph/graph-from-json.ts';
import { toGraphJson } from '../../../src/write/graph-json.ts';
import { sampleResults } from '../../fixtures/graph/sample-results.ts';

type Json = { attributes: Record<string, unknown>; options: Record<string, unknown>; nodes: any[]; edges: any[] };

function sampleJson(): Json {
  return JSON.parse(toGraphJson(buildGraph(sampleResults())));
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe('graphFromJson', () => {
  it('reads back what toGraphJson wrote, byte for byte', () => {
    const text = toGraphJson(buildGraph(sampleResults()));
    const graph = graphFromJson(JSON.parse(text));
    expect(graph.order).toBe(10);
    expect(graph.size).toBe(19);
    expect(toGraphJson(graph)).toBe(text);
  });

  const corruptions: [string, (j: Json) => unknown][] = [
    ['null', () => null],
    ['an array', () => []],
    ['a string', () => 'graph'],
    ['another generator', (j) => ({ ...j, attributes: { generator: 'gephi' } })],
    ['no nodes array', (j) => ({ ...j, nodes: {} })],
    ['an undirected graph', (j) => ({ ...j, options: { type: 'undirected', multi: true } })],
    ['a node without key', (j) => (delete j.nodes[0].key, j)],
    ['a node of unknown type', (j) => ((j.nodes[0].attributes.type = 'Alien'), j)],
    ['a node with string aliases', (j) => ((j.nodes[0].attributes.aliases = '林燕'), j)],
    ['a node without mentions', (j) => (delete j.nodes[0].attributes.mentions, j)],
    ['an article without contentHash', (j) => (delete j.nodes.find((n) => n.attributes.type === 'Article').attributes.contentHash, j)],
    ['a duplicated node', (j) => (j.nodes.push(j.nodes[0]), j)],
    ['an edge to a missing node', (j) => ((j.edges[0].target = 'nobody'), j)],
    ['an edge of unknown type', (j) => ((j.edges[0].attributes.type = 'LIKES'), j)],
    ['an edge whose key does not match', (j) => ((j.edges[0].key = 'x|CITES|y'), j)],
    ['a fact edge without evidence', (j) => (delete j.edges.find((e) => e.attributes.evidence).attributes.evidence, j)],
    ['a fact edge with confidence 2', (j) => ((j.edges.find((e) => e.attributes.evidence).attributes.confidence = 2), j)],
    ['evidence with a bad modality', (j) => ((j.edges.find((e) => e.attributes.evidence).attributes.evidence[0].modality = 'maybe'), j)],
    ['MENTIONS from an entity', (j) => {
      const e = j.edges.find((x) => x.attributes.type === 'MENTIONS');
      e.source = 'voa';
      e.key = `voa|MENTIONS|${e.target}`;
      return j;
    }],
    ['a duplicated edge', (j) => (j.edges.push(j.edges[0]), j)],
  ];

  it.each(corruptions)('rejects %s with E_GRAPH_INVALID', (_name, corrupt) => {
    expect(codeOf(() => graphFromJson(corrupt(sampleJson())))).toBe('E_GRAPH_INVALID');
  });

  it('names the offending node in the message', () => {
    const json = sampleJson();
    json.nodes[1].attributes.type = 'Alien';
    expect(() => graphFromJson(json)).toThrow(/graphFromJson: node "Person:高静" has unknown type "Alien"/);
  });
});
