import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.ts';
import { createGraph } from '../../../src/graph/create-graph.ts';
import { graphJsonChunks, toGraphJson } from '../../../src/write/graph-json.ts';
import { sampleResults } from '../../fixtures/graph/sample-results.ts';

describe('toGraphJson', () => {
  it('is graphology export data with the contract options and attributes', () => {
    const json = JSON.parse(toGraphJson(buildGraph(sampleResults())));
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(json.attributes).toEqual({ generator: 'zhkg', version: '0.1.0', createdFrom: 2 });
    expect(json.nodes).toHaveLength(10);
    expect(json.edges).toHaveLength(19);
    expect(json.nodes.find((n: { key: string }) => n.key === 'ant-group').attributes.mentions).toBe(4);
  });

  it('sorts nodes and edges by key', () => {
    const json = JSON.parse(toGraphJson(buildGraph(sampleResults())));
    for (const list of [json.nodes, json.edges]) {
      const keys = list.map((x: { key: string }) => x.key);
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('gives byte-identical text for two builds in different orders', () => {
    const [a, b] = sampleResults();
    const first = toGraphJson(buildGraph([a, b]));
    const second = toGraphJson(buildGraph(sampleResults().reverse()));
    expect(second).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
  });
});

describe('graphJsonChunks', () => {
  const whole = (graph: ReturnType<typeof buildGraph>): string => {
    const data = graph.export();
    const byKey = (a: { key?: string }, b: { key?: string }) => (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0);
    return `${JSON.stringify({ options: data.options, attributes: data.attributes, nodes: [...data.nodes].sort(byKey), edges: [...data.edges].sort(byKey) }, null, 1)}\n`;
  };

  it('gives, piece by piece, the bytes of JSON.stringify over the whole sorted export', () => {
    const graph = buildGraph(sampleResults());
    const pieces = [...graphJsonChunks(graph)];
    expect(pieces.length).toBeGreaterThan(graph.order);
    expect(pieces.join('')).toBe(whole(graph));
  });

  it('leaves out the attributes of a node or edge that has none, as the graphology export does', () => {
    const graph = createGraph({ generator: 'zhkg', version: '0.1.0', createdFrom: 0 });
    graph.addNode('b');
    graph.addNode('a', { type: 'Location', name: '甲', aliases: [], mentions: 1 });
    graph.addEdgeWithKey('e1', 'b', 'a');
    const text = [...graphJsonChunks(graph)].join('');
    expect(text).toBe(whole(graph));
    expect(JSON.parse(text).nodes[1]).toEqual({ key: 'b' });
  });

  it('writes an empty graph the same way (empty lists)', () => {
    const graph = buildGraph([]);
    expect([...graphJsonChunks(graph)].join('')).toBe(whole(graph));
  });
});
