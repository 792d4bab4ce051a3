/**
 * Graphs built to collide: `contentionGraph(half)` holds `articles` articles of its own (ids `h<half>-<i>`), all about
 * the same few entities and fact relationships, so two loaders writing the two halves at once merge the same nodes
 * and append evidence to the same relationships in nearly every transaction. Each half gives the shared entities
 * an alias of its own, so the aliases of the two must be united, and mention counts of its own, which must add up.
 */
import type { AbstractGraph } from 'graphology-types';
import { createGraph } from '../../../src/graph/create-graph.ts';
import { ENTITY_TYPES, RELATION_TYPES, type Modality } from '../../../src/types.ts';

const ENTITIES = 12;
const MODALITIES: Modality[] = ['asserted', 'reported', 'hedged', 'negated'];

export function contentionGraph(half: 0 | 1, articles = 10): AbstractGraph {
  const graph = createGraph({ generator: 'zhkg', version: 'test', createdFrom: articles }) as unknown as AbstractGraph;
  const mentions = new Map<string, number>();
  const count = (i: number, e: number): number => 1 + ((i + e + half) % 3);
  for (let i = 0; i < articles; i += 1) for (let e = 0; e < ENTITIES; e += 1) mentions.set(`e${e}`, (mentions.get(`e${e}`) ?? 0) + count(i, e));
  for (let e = 0; e < ENTITIES; e += 1) {
    const name = `实体${e}`;
    graph.addNode(`e${e}`, { type: ENTITY_TYPES[e % ENTITY_TYPES.length], name, aliases: [name, `半${half}的${name}`].sort(), mentions: mentions.get(`e${e}`) });
  }
  for (let i = 0; i < articles; i += 1) {
    const id = `h${half}-${i}`;
    graph.addNode(`article:${id}`, { type: 'Article', name: `文章${id}`, title: `文章${id}`, source: `half${half}/${i}.txt`, contentHash: `${half}${i}`.padStart(64, '0'), mentions: 0, aliases: [] });
    for (let e = 0; e < ENTITIES; e += 1) {
      graph.addEdgeWithKey(`${id}|MENTIONS|e${e}`, `article:${id}`, `e${e}`, { type: 'MENTIONS', count: count(i, e), weight: count(i, e) });
    }
  }
  for (let e = 0; e < ENTITIES; e += 1) {
    graph.addEdgeWithKey(`article:h${half}-0|PUBLISHED_BY|e${e}`, `article:h${half}-0`, `e${e}`, { type: 'PUBLISHED_BY', weight: 1 });
  }
  // Every ordered pair (s, t), one relation type each: 132 relationships, each with evidence from every article.
  for (let s = 0; s < ENTITIES; s += 1) {
    for (let d = 1; d < ENTITIES; d += 1) {
      const t = (s + d) % ENTITIES;
      const type = RELATION_TYPES[(s + d) % RELATION_TYPES.length];
      const evidence = [];
      for (let i = 0; i < articles; i += 1) {
        const sentence = `实体${s}与实体${t}，第${i}篇（半${half}）。`;
        evidence.push({ article: `h${half}-${i}`, sentence, start: 0, end: sentence.length, trigger: '与', rule: 'contention', modality: MODALITIES[(i + s) % 4] });
      }
      graph.addEdgeWithKey(`e${s}|${type}|e${t}`, `e${s}`, `e${t}`, {
        type, evidence, confidence: 0.5 + ((s * 7 + d + half * 3) % 50) / 100, weight: evidence.length, modality: 'asserted',
        articles: evidence.map((x) => x.article).sort(),
      });
    }
  }
  return graph;
}
