/**
 * Leaves the evidence of some articles out of a graph.json's facts, e.g. the held-out gold sets' articles before a
 * judging sample is drawn (scripts/sample-facts.ts --exclude-gold), so no judged error pattern comes from them.
 */

export interface SampleGraphEvidence { article: string; sentence: string; field?: string; modality?: string }
export interface SampleGraphEdge { key: string; source: string; target: string; attributes: { type: string; evidence?: SampleGraphEvidence[] } }
export interface SampleGraphNode { key: string; attributes: { type: string; name: string; source?: string } }
export interface SampleGraph { nodes: SampleGraphNode[]; edges: SampleGraphEdge[] }

/**
 * A copy of the graph's edges whose evidence from the articles at `paths` (corpus-relative, as gold files name
 * them: "sina/4.html") is dropped. An Article node's `source` is the path it was read from; it matches a path when
 * equal or ending in "/" + path. Edges left without evidence keep an empty list.
 */
export function excludeArticles(graph: SampleGraph, paths: readonly string[]): SampleGraphEdge[] {
  if (paths.length === 0) return graph.edges;
  const wanted = paths.map((p) => p.replace(/\\/g, '/'));
  const excludedIds = new Set<string>();
  for (const node of graph.nodes) {
    const src = node.attributes.source?.replace(/\\/g, '/');
    if (node.attributes.type !== 'Article' || src === undefined) continue;
    if (wanted.some((p) => src === p || src.endsWith(`/${p}`))) excludedIds.add(node.key.replace(/^article:/, ''));
  }
  return graph.edges.map((e) => (e.attributes.evidence === undefined ? e
    : { ...e, attributes: { ...e.attributes, evidence: e.attributes.evidence.filter((ev) => !excludedIds.has(ev.article)) } }));
}
