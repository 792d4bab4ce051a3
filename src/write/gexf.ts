/**
 * GEXF 1.3 for Gephi, written by graphology-gexf (the one place it is imported; tests parse it back with the same
 * library). Nodes get a `label` (their name) and a colour and size by type and mentions; edges a `label` (their
 * type), their weight and, for fact relations, the colour of their type. Arrays and objects (aliases, evidence,
 * articles) are JSON strings and characters XML cannot carry are dropped, as in the GraphML file.
 */
import { write } from 'graphology-gexf';
import type { Graph } from '../graph/index.ts';
import type { EntityType, RelationType } from '../types.ts';
import { stripInvalidXmlChars, xmlEscape } from './xml-escape.ts';
import { ENTITY_COLORS, RELATION_COLORS, nodeSize } from '../viewer/type-colors.ts';

type Attrs = Record<string, unknown>;

const ARTICLE_COLOR = '#bbbbbb';

function flatten(attrs: Attrs, skip?: string): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || name === skip) continue;
    // XML cannot carry every character (controls, lone surrogates): strip them, as the GraphML writer does.
    if (typeof value === 'object') out[name] = stripInvalidXmlChars(JSON.stringify(value));
    else out[name] = typeof value === 'string' ? stripInvalidXmlChars(value) : (value as number | boolean);
  }
  return out;
}

/** GEXF's <meta> holds creator, keywords and description only: the graph's attributes go into those two. */
function gexfMeta(graph: Graph): string {
  const a = graph.getAttributes();
  const creator = xmlEscape(stripInvalidXmlChars(`zhkg ${a.version}`));
  return `<meta>\n    <creator>${creator}</creator>\n    <description>built from ${a.createdFrom} articles</description>\n  </meta>`;
}

export function toGexf(graph: Graph): string {
  const text: string = write(graph as never, {
    version: '1.3',
    formatNode: (_key: string, a: Attrs) => ({
      label: stripInvalidXmlChars(String(a.name ?? '')),
      attributes: flatten(a),
      viz: {
        color: a.type === 'Article' ? ARTICLE_COLOR : (ENTITY_COLORS[a.type as EntityType] ?? ARTICLE_COLOR),
        size: nodeSize(Number(a.mentions) || 0),
      },
    }),
    formatEdge: (_key: string, a: Attrs) => {
      const color = RELATION_COLORS[a.type as RelationType];
      return {
        label: String(a.type),
        weight: Number(a.weight) || 1,
        attributes: flatten(a, 'weight'), // GEXF's own weight carries it
        ...(color ? { viz: { color } } : {}),
      };
    },
  } as never);
  // graphology-gexf writes each graph attribute as its own <meta> child (<generator>, <version>…), outside the schema.
  return text.replace(/<meta>[\s\S]*?<\/meta>/, () => gexfMeta(graph));
}
