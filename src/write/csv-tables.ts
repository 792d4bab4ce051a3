/**
 * nodes.csv and edges.csv (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote,
 * CR or LF, or starts or ends with a space, quotes doubled). Column names follow Gephi's spreadsheet import (Id,
 * Label; Source, Target, Type = Directed/Undirected, Id, Label, Weight); the other columns are graph.json's attributes,
 * arrays and objects (aliases, articles, evidence) as JSON text. UTF-8 without a byte-order mark.
 */
import type { Graph } from '../graph/index.ts';
import { SYMMETRIC_RELATIONS, type RelationType } from '../types.ts';

type Attrs = Record<string, unknown>;

export const NODE_COLUMNS = ['Id', 'Label', 'type', 'name', 'nameEn', 'aliases', 'mentions', 'title', 'url', 'date', 'outlet', 'originalOutlet', 'source', 'contentHash'] as const;
export const EDGE_COLUMNS = ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', 'confidence', 'modality', 'count', 'articles', 'evidence'] as const;

export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(values: unknown[]): string {
  return values.map(csvField).join(',');
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function toNodesCsv(graph: Graph): string {
  const rows = graph.mapNodes((key, a) => ({ key, a: a as Attrs })).sort(byKey);
  const lines = [csvRow([...NODE_COLUMNS])];
  for (const { key, a } of rows) {
    lines.push(csvRow(NODE_COLUMNS.map((c) => (c === 'Id' ? key : c === 'Label' ? a.name : a[c]))));
  }
  return lines.join('\r\n') + '\r\n';
}

export function toEdgesCsv(graph: Graph): string {
  const rows = graph.mapEdges((key, a, source, target) => ({ key, source, target, a: a as Attrs })).sort(byKey);
  const lines = [csvRow([...EDGE_COLUMNS])];
  for (const { key, source, target, a } of rows) {
    const direction = SYMMETRIC_RELATIONS.has(a.type as RelationType) ? 'Undirected' : 'Directed';
    const values: Record<(typeof EDGE_COLUMNS)[number], unknown> = {
      Source: source,
      Target: target,
      Type: direction,
      Id: key,
      Label: a.type,
      Weight: a.weight,
      confidence: a.confidence,
      modality: a.modality,
      count: a.count,
      articles: a.articles,
      evidence: a.evidence,
    };
    lines.push(csvRow(EDGE_COLUMNS.map((c) => values[c])));
  }
  return lines.join('\r\n') + '\r\n';
}
