import { createHash } from 'node:crypto';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.ts';
import { createGraph } from '../../../src/graph/create-graph.ts';
import type { Graph, NodeAttributes } from '../../../src/graph/graph-types.ts';
import { graphmlChunks, toGraphml } from '../../../src/write/graphml.ts';
import { stripInvalidXmlChars } from '../../../src/write/xml-escape.ts';
import { sampleResults } from '../../fixtures/graph/sample-results.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

const HOSTILE = `他说"好" & 'ok' <b>x</b> \u0001bell\u0008 😀 line1\nline2\r\nline3\r\ttab lone\uD800 rev\uDC00 end\uFFFE\uFFFF`;

type Attrs = Record<string, unknown>;

/** What GraphML can carry: strings lose XML-invalid characters; arrays and objects (JSON text) lose nothing. */
function expected(attrs: Attrs): Attrs {
  return Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [stripInvalidXmlChars(k), typeof v === 'string' ? stripInvalidXmlChars(v) : v]),
  );
}

/** Parsed attributes with the added label dropped and the JSON text of arrays and objects decoded. */
function decoded(parsed: Attrs, original: Attrs): Attrs {
  const { label: _label, ...rest } = parsed;
  for (const [k, v] of Object.entries(original)) {
    if (typeof v === 'object' && v !== null) {
      expect(typeof rest[k]).toBe('string');
      rest[k] = JSON.parse(rest[k] as string);
    }
  }
  return rest;
}

function expectRoundTrip(graph: Graph): void {
  const parsed = parse(MultiDirectedGraph, toGraphml(graph));
  // The parser turns the <graph id> into an attribute.
  expect(parsed.getAttributes()).toEqual({ id: 'G', ...expected(graph.getAttributes()) });
  expect(parsed.order).toBe(graph.order);
  expect(parsed.size).toBe(graph.size);
  graph.forEachNode((key, attrs) => {
    const back = parsed.getNodeAttributes(stripInvalidXmlChars(key));
    expect(decoded(back, attrs)).toEqual(expected(attrs));
    expect(back.label).toBe(stripInvalidXmlChars(attrs.name));
  });
  graph.forEachEdge((key, attrs, source, target) => {
    const id = stripInvalidXmlChars(key);
    expect(parsed.source(id)).toBe(stripInvalidXmlChars(source));
    expect(parsed.target(id)).toBe(stripInvalidXmlChars(target));
    expect(decoded(parsed.getEdgeAttributes(id), attrs)).toEqual(expected(attrs));
  });
}

function hostileGraph(): Graph {
  const graph = createGraph({ generator: 'zhkg', version: HOSTILE, createdFrom: 1 });
  const person = `Person:${HOSTILE}`;
  graph.addNode(person, { type: 'Person', name: HOSTILE, nameEn: HOSTILE, aliases: [HOSTILE, '林燕'], mentions: 3 });
  graph.addNode('article:a&b', {
    type: 'Article', name: HOSTILE, title: HOSTILE, source: 'in/<a>.html', contentHash: 'ab', mentions: 0, aliases: [],
  });
  graph.addNode('voa', { type: 'MediaOutlet', name: '美国之音', aliases: [], mentions: 1 });
  graph.addEdgeWithKey(`article:a&b|MENTIONS|${person}`, 'article:a&b', person, { type: 'MENTIONS', count: 3, weight: 3 });
  graph.addEdgeWithKey(`${person}|WORKS_FOR|voa`, person, 'voa', {
    type: 'WORKS_FOR',
    evidence: [{ article: 'a&b', sentence: HOSTILE, start: 0, end: 5, trigger: '记者', rule: 'r<1>', modality: 'asserted' }],
    confidence: 0.75,
    weight: 1,
    modality: 'asserted',
    articles: ['a&b'],
  });
  return graph;
}

describe('toGraphml', () => {
  it('round-trips the sample graph through graphology-graphml', () => {
    expectRoundTrip(buildGraph(sampleResults()));
  });

  it('round-trips hostile strings: quotes, markup, controls, emoji, line breaks, lone surrogates', () => {
    expectRoundTrip(hostileGraph());
  });

  it('keeps \\r, \\n and \\t exactly (they are written as character references)', () => {
    const parsed = parse(MultiDirectedGraph, toGraphml(hostileGraph()));
    expect(parsed.getNodeAttribute('voa', 'type')).toBe('MediaOutlet');
    const person = parsed.findNode((_k, a) => a.type === 'Person') as string;
    expect(person).toContain('\r\n');
    expect(parsed.getNodeAttribute(person, 'name')).toContain('line1\nline2\r\nline3\r\ttab');
  });

  it('writes no XML-invalid character', () => {
    const xml = toGraphml(hostileGraph());
    expect(xml).not.toMatch(/[\u0001\u0008\uFFFE\uFFFF]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(xml).toContain('😀');
  });

  it('declares typed keys, directed edges and a node label', () => {
    const xml = toGraphml(buildGraph(sampleResults()));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
    expect(xml).toMatch(/<key id="k\d+" for="node" attr.name="label" attr.type="string"\/>/);
    expect(xml).toMatch(/<key id="k\d+" for="node" attr.name="mentions" attr.type="int"\/>/);
    expect(xml).toMatch(/<key id="k\d+" for="edge" attr.name="confidence" attr.type="double"\/>/);
    expect(xml).toMatch(/<key id="k\d+" for="edge" attr.name="evidence" attr.type="string"\/>/);
    expect(xml).toMatch(/<key id="k\d+" for="edge" attr.name="type" attr.type="string"\/>/);
  });

  it('types booleans and widens mixed numbers and mixed kinds', () => {
    const graph = createGraph({ generator: 'zhkg', version: '1', createdFrom: 0 });
    const extra = (n: NodeAttributes, more: Attrs) => ({ ...n, ...more }) as NodeAttributes;
    const base: NodeAttributes = { type: 'Location', name: '上海', aliases: [], mentions: 1 };
    graph.addNode('shanghai', extra(base, { flag: true, score: 1, mixed: 1, big: 2 ** 40 }));
    graph.addNode('beijing', extra({ ...base, name: '北京' }, { flag: false, score: 0.5, mixed: 'x' }));
    const xml = toGraphml(graph);
    expect(xml).toMatch(/attr.name="flag" attr.type="boolean"/);
    expect(xml).toMatch(/attr.name="score" attr.type="double"/);
    expect(xml).toMatch(/attr.name="mixed" attr.type="string"/);
    expect(xml).toMatch(/attr.name="big" attr.type="long"/);
    const parsed = parse(MultiDirectedGraph, xml);
    expect(parsed.getNodeAttributes('shanghai')).toMatchObject({ flag: true, score: 1, mixed: '1', big: 2 ** 40 });
    expect(parsed.getNodeAttributes('beijing')).toMatchObject({ flag: false, score: 0.5, mixed: 'x' });
  });

  it('is deterministic whatever the build order', () => {
    const [a, b] = sampleResults();
    expect(toGraphml(buildGraph([b, a]))).toBe(toGraphml(buildGraph([a, b])));
  });
});

describe('graphmlChunks', () => {
  it('gives the text of toGraphml in pieces, at least one per node and edge', () => {
    const graph = buildGraph(sampleResults());
    const pieces = [...graphmlChunks(graph)];
    expect(pieces.length).toBeGreaterThanOrEqual(graph.order + graph.size);
    expect(pieces.join('')).toBe(toGraphml(graph));
  });
});

describe('graphmlChunks on the sample graph', () => {
  it('writes the bytes the writer gave before it stopped copying every node and edge (sha-256 pinned at d8f8df9)', () => {
    const sha = (g: unknown): string => createHash('sha256').update([...graphmlChunks(g as Graph)].join('')).digest('hex');
    expect(sha(sampleGraph())).toBe('a8579c9948f6199e6db6c6b750733f2a2ef56d129f8dad3376df4c7ac7ee6b22');
    expect(sha(sampleGraph({ changed: true }))).toBe('72242eb2501997048022c19daa33f9546564ed086937e18e5274ff2d021d6654');
  });
});
