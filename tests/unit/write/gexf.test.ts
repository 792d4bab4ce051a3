import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/index.ts';
import { toGexf } from '../../../src/write/gexf.ts';
import { stripInvalidXmlChars } from '../../../src/write/xml-escape.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

const HOSTILE = `他说"好" & 'ok' <b>x</b> \u0001bell 😀 line1\nline2 lone\uD800 end`;

type Attrs = Record<string, unknown>;

function decode(parsed: Attrs, original: Attrs): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(original)) {
    if (k === 'weight' && 'weight' in parsed) out[k] = parsed.weight;
    else if (typeof v === 'object' && v !== null) out[k] = JSON.parse(parsed[k] as string);
    else out[k] = parsed[k];
  }
  return out;
}

/** Strings lose the characters XML cannot carry; arrays and objects travel as JSON text, which escapes them. */
function expected(original: Attrs): Attrs {
  return Object.fromEntries(Object.entries(original).map(([k, v]) => [k, typeof v === 'string' ? stripInvalidXmlChars(v) : v]));
}

describe('toGexf', () => {
  it('parses back with graphology-gexf to the same nodes, edges and attributes', () => {
    const graph = sampleGraph() as unknown as Graph;
    graph.mergeNodeAttributes('jack-ma', { aliases: ['马云', HOSTILE] });
    graph.mergeNodeAttributes('shanghai', { name: HOSTILE });
    const text = toGexf(graph);
    expect(text).toContain('<gexf version="1.3"');
    const parsed = parse(MultiDirectedGraph, text);
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    graph.forEachNode((key, a) => {
      const p = parsed.getNodeAttributes(key);
      expect(p.label).toBe(stripInvalidXmlChars(a.name));
      expect(decode(p, a as Attrs)).toEqual(expected(a as Attrs));
    });
    graph.forEachEdge((key, a, source, target) => {
      expect(parsed.hasEdge(key)).toBe(true);
      expect(parsed.extremities(key)).toEqual([source, target]);
      const p = parsed.getEdgeAttributes(key);
      expect(p.label).toBe(a.type);
      expect(decode(p, a as Attrs)).toEqual(expected(a as Attrs));
    });
    // JSON text escapes control characters and lone surrogates, so an alias survives whole.
    expect(JSON.parse(parsed.getNodeAttribute('jack-ma', 'aliases'))).toContain(HOSTILE);
  });

  it('keeps to the GEXF schema in <meta>: the graph attributes as creator and description', () => {
    const text = toGexf(sampleGraph() as unknown as Graph);
    const meta = /<meta>([\s\S]*?)<\/meta>/.exec(text)![1]!;
    expect(meta.match(/<(\w+)>/g)).toEqual(['<creator>', '<description>']);
    expect(meta).toContain('<creator>zhkg test</creator>');
    expect(meta).toContain('<description>built from 2 articles</description>');
  });

  it('colours and sizes nodes by type and mentions for Gephi', () => {
    const parsed = parse(MultiDirectedGraph, toGexf(sampleGraph() as unknown as Graph));
    const ma = parsed.getNodeAttributes('jack-ma');
    const ant = parsed.getNodeAttributes('ant-group');
    expect(ma.color).not.toBe(ant.color);
    expect(ant.size).toBeGreaterThan(ma.size);
  });
});
