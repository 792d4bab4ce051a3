/** The one place that creates and mutates the knowledge graph. */
import { RELATION_TYPES, type ArticleResult, type Fact, type ProvenanceType } from '../types.ts';
import { createGraph } from './create-graph.ts';
import { articleKey, edgeKey, orientEdge } from './graph-keys.ts';
import type { EntityNodeAttributes, Graph } from './graph-types.ts';
import { articleAttributes, factEdgeAttributes, findEntityByName, mergeEntityAttributes } from './merge-attributes.ts';

export interface BuildGraphOptions {
  /** Written to the graph attribute `version`. */
  version?: string;
  /** Called once per distinct soft problem (duplicate article, type clash, dropped fact), after the build. */
  onWarning?: (message: string) => void;
}

export const DEFAULT_BUILD_GRAPH_OPTIONS: Required<BuildGraphOptions> = {
  version: '0.1.0',
  onWarning: () => {},
};

const KNOWN_RELATIONS: ReadonlySet<string> = new Set(RELATION_TYPES);

export function buildGraph(results: ArticleResult[], options: BuildGraphOptions = {}): Graph {
  const builder = createGraphBuilder(options);
  for (const result of results) builder.add(result);
  return builder.finish();
}

/**
 * The graph built one article at a time: `add` merges an article's nodes and provenance edges at once and keeps only
 * its facts (they become the fact edges); the caller may drop the result then, so a batch of any size is never held
 * whole. `finish` adds the fact edges (a fact may point at an entity a later article introduced) and returns the
 * graph; it equals `buildGraph` of the same results in the same order, byte for byte.
 */
export interface GraphBuilder {
  add(result: ArticleResult): void;
  finish(): Graph;
}

export function createGraphBuilder(options: BuildGraphOptions = {}): GraphBuilder {
  const { version, onWarning } = { ...DEFAULT_BUILD_GRAPH_OPTIONS, ...options };
  const warnings = new Set<string>();
  const warn = (message: string): void => void warnings.add(message);
  const seen = new Set<string>();
  const graph = createGraph({ generator: 'zhkg', version, createdFrom: 0 });
  // An entity's aliases are gathered over all articles and sorted once at the end: merging them into the node's
  // sorted list article by article re-sorted the list of a frequent entity (中国) a thousand times.
  const aliases = new Map<string, Set<string>>();
  const pending: Array<{ article: string; facts: readonly Fact[] }> = [];
  let finished = false;

  return {
    add(result) {
      if (finished) throw new Error('GraphBuilder.add: the graph is finished');
      const { id, source } = result.doc.article;
      if (seen.has(id)) {
        warn(`buildGraph: article "${id}" appears twice; ignored the copy from "${source}"`);
        return;
      }
      seen.add(id);
      addArticle(graph, result, warn, aliases);
      if (result.facts.length > 0) pending.push({ article: id, facts: result.facts });
    },
    finish() {
      if (finished) throw new Error('GraphBuilder.finish: called twice');
      finished = true;
      graph.setAttribute('createdFrom', seen.size);
      for (const [key, names] of aliases) graph.setNodeAttribute(key, 'aliases', [...names].sort());
      aliases.clear();

      // Grouped per edge so each edge is computed once, however much evidence it has.
      const factsByEdge = new Map<string, { source: string; target: string; facts: Fact[] }>();
      for (const { article, facts } of pending) {
        for (const fact of facts) {
          if (!isValidFact(graph, article, fact, warn)) continue;
          const [source, target] = orientEdge(fact.subject, fact.type, fact.object);
          const key = edgeKey(source, fact.type, target);
          const group = factsByEdge.get(key);
          if (group) group.facts.push(fact);
          else factsByEdge.set(key, { source, target, facts: [fact] });
        }
      }
      pending.length = 0;
      for (const [key, { source, target, facts }] of factsByEdge) {
        graph.addEdgeWithKey(key, source, target, factEdgeAttributes(facts));
      }

      for (const message of warnings) onWarning(message);
      return graph;
    },
  };
}

function addArticle(graph: Graph, result: ArticleResult, warn: (m: string) => void, aliases: Map<string, Set<string>>): void {
  const article = result.doc.article;
  const articleNode = articleKey(article.id);
  graph.addNode(articleNode, articleAttributes(article));

  // The outlet the text never names still publishes the article: its node joins the entities, with no mention.
  const publisher = result.publisher && article.outlet && !findEntityByName(result, article.outlet, 'MediaOutlet', false) ? [result.publisher] : [];
  for (const entity of [...result.entities, ...publisher]) {
    const existing = graph.hasNode(entity.key) ? graph.getNodeAttributes(entity.key) : undefined;
    if (existing?.type === 'Article') {
      warn(`buildGraph: entity key "${entity.key}" collides with an article node; entity ignored`);
      continue;
    }
    if (existing && existing.type !== entity.type) {
      warn(`buildGraph: entity "${entity.key}" is ${existing.type} and ${entity.type}; kept ${existing.type}`);
    }
    let names = aliases.get(entity.key);
    if (!names) aliases.set(entity.key, (names = new Set()));
    for (const a of entity.aliases) if (a !== '') names.add(a);
    for (const m of entity.mentions) if (m.text !== '') names.add(m.text);
    // The same merge as mergeEntityAttributes(existing, entity) but for the aliases, which are set after all articles.
    const merged = mergeEntityAttributes(existing as EntityNodeAttributes | undefined, { ...entity, aliases: [], mentions: [] });
    merged.mentions += entity.mentions.length;
    if (existing) graph.replaceNodeAttributes(entity.key, merged);
    else graph.addNode(entity.key, merged);

    const count = entity.mentions.length;
    if (count > 0) {
      const key = edgeKey(articleNode, 'MENTIONS', entity.key);
      // An entity key comes once per article but for the rare collision; a plain add skips merge's look-ups.
      if (graph.hasEdge(key)) {
        const previous = graph.getEdgeAttribute(key, 'weight') as number;
        graph.mergeEdgeWithKey(key, articleNode, entity.key, { type: 'MENTIONS', count: previous + count, weight: previous + count });
      } else {
        graph.addEdgeWithKey(key, articleNode, entity.key, { type: 'MENTIONS', count, weight: count });
      }
    }
  }

  const link = (type: ProvenanceType, target: string | undefined): void => {
    if (target === undefined || !graph.hasNode(target)) return;
    graph.mergeEdgeWithKey(edgeKey(articleNode, type, target), articleNode, target, { type, weight: 1 });
  };
  if (article.outlet) link('PUBLISHED_BY', findEntityByName(result, article.outlet, 'MediaOutlet', false)?.key ?? publisher[0]?.key);
  for (const name of article.reporters) link('WRITTEN_BY', findEntityByName(result, name, 'Person', true)?.key);
  for (const name of article.editors) link('EDITED_BY', findEntityByName(result, name, 'Person', true)?.key);
}

function factProblem(graph: Graph, fact: Fact): string | undefined {
  if (!KNOWN_RELATIONS.has(fact.type)) return 'unknown relation type';
  for (const end of [fact.subject, fact.object]) {
    if (!graph.hasNode(end) || graph.getNodeAttribute(end, 'type') === 'Article') return `no entity "${end}"`;
  }
  if (fact.subject === fact.object) return 'subject and object are the same entity';
  return undefined;
}

function isValidFact(graph: Graph, id: string, fact: Fact, warn: (m: string) => void): boolean {
  const problem = factProblem(graph, fact);
  if (problem) {
    warn(`buildGraph: dropped ${fact.type} fact "${fact.subject}" → "${fact.object}" of article "${id}": ${problem}`);
  }
  return problem === undefined;
}
