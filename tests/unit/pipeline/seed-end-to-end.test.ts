import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../../src/pipeline/ingest.ts';
import { graphFromJson, isFactEdge, type EntityNodeAttributes, type FactEdgeAttributes } from '../../../src/graph/index.ts';
import { toGraphJson } from '../../../src/write/index.ts';
import type { EntityType, RelationType } from '../../../src/types.ts';

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));

let result: IngestResult;
beforeAll(async () => {
  result = await ingest([SEEDS], { keepResults: true });
});

interface EntityNode {
  key: string;
  attributes: EntityNodeAttributes;
}

function entityNodes(): EntityNode[] {
  const out: EntityNode[] = [];
  result.graph.forEachNode((key, attributes) => {
    if (attributes.type !== 'Article') out.push({ key, attributes });
  });
  return out;
}

/** Every entity node that carries `name` as its name or as one of its aliases. */
function nodesCalled(name: string): EntityNode[] {
  return entityNodes().filter((n) => n.attributes.name === name || n.attributes.aliases.includes(name));
}

function keyOf(name: string): string {
  const [node] = nodesCalled(name);
  expect(node, `no entity node called ${name}`).toBeDefined();
  return node!.key;
}

function factEdges(): Array<{ type: RelationType; source: string; target: string; attributes: FactEdgeAttributes }> {
  const out: ReturnType<typeof factEdges> = [];
  result.graph.forEachEdge((_e, attributes, source, target) => {
    if (isFactEdge(attributes)) out.push({ type: attributes.type, source, target, attributes });
  });
  return out;
}

describe('seed end to end', () => {
  it('reads the seed article without failures', () => {
    expect(result.report.failures).toEqual([]);
    expect(result.report.articlesRead).toBe(1);
  });

  it.each<[string, EntityType[]]>([
    ['蚂蚁集团', ['Company']],
    ['马云', ['Person']],
    ['中国人民银行', ['GovernmentBody']],
    ['阿里巴巴集团', ['Company']],
    ['支付宝', ['Product', 'Company']],
    ['华尔街日报', ['MediaOutlet']],
    ['大纪元', ['MediaOutlet']],
    ['林燕', ['Person']],
    ['林妍', ['Person']],
    ['习近平', ['Person']],
    ['中共', ['PoliticalParty']],
    ['上海', ['Location']],
    ['中国', ['Location']],
    ['美国', ['Location']],
    ['芝麻贷', ['Product']],
    ['FICO', ['Company']],
  ])('has exactly one node for %s, typed %j, and no second node for any of its names', (name, types) => {
    const nodes = nodesCalled(name);
    expect(nodes.map((n) => n.key)).toHaveLength(1);
    const [node] = nodes;
    expect(types).toContain(node!.attributes.type);
    for (const alias of [node!.attributes.name, ...node!.attributes.aliases]) {
      expect(nodesCalled(alias).map((n) => n.key), `alias ${alias}`).toEqual([node!.key]);
    }
  });

  it.each(['知情人士', '亿万富翁', '报导称', '许可', '上市'])('has no entity called %s', (name) => {
    expect(nodesCalled(name)).toEqual([]);
  });

  it.each<[string, RelationType[], string]>([
    ['马云', ['CONTROLS'], '蚂蚁集团'],
    ['马云', ['CONTROLS'], '阿里巴巴集团'],
    ['蚂蚁集团', ['CONTROLS', 'OPERATES'], '支付宝'],
    ['蚂蚁集团', ['LOCATED_IN'], '上海'],
    ['中国人民银行', ['REGULATES'], '蚂蚁集团'],
    ['蚂蚁集团', ['LAUNCHED'], '芝麻贷'],
    ['林燕', ['WORKS_FOR'], '大纪元'],
    ['林妍', ['WORKS_FOR'], '大纪元'],
    ['大纪元', ['CITES'], '华尔街日报'],
  ])('has the fact %s %j %s', (subject, types, object) => {
    const source = keyOf(subject);
    const target = keyOf(object);
    const found = factEdges().filter((e) => types.includes(e.type) && e.source === source && e.target === target);
    expect(found.length, factEdges().map((e) => `${e.type} ${e.source}→${e.target}`).join('; ')).toBeGreaterThan(0);
  });

  it('gives every fact edge evidence with article, sentence, offsets, trigger, rule and modality', () => {
    const edges = factEdges();
    expect(edges.length).toBeGreaterThan(5);
    for (const { attributes } of edges) {
      expect(attributes.evidence.length).toBeGreaterThan(0);
      for (const ev of attributes.evidence) {
        expect(ev.article).toMatch(/\S/);
        expect(ev.sentence).toMatch(/\S/);
        expect(ev.trigger).toMatch(/\S/);
        expect(ev.rule).toMatch(/\S/);
        expect(['asserted', 'reported', 'hedged', 'negated']).toContain(ev.modality);
        expect(Number.isInteger(ev.start) && Number.isInteger(ev.end)).toBe(true);
        expect(ev.end - ev.start).toBe(ev.sentence.length);
      }
    }
  });

  it('gives evidence offsets that slice the article text to the evidence sentence', () => {
    const [article] = result.results;
    expect(article!.facts.length).toBeGreaterThan(5);
    for (const f of article!.facts) {
      expect(article!.doc.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.sentence);
      expect(f.evidence.article).toBe(article!.doc.article.id);
    }
  });

  it('writes a graph.json that reads back to the same graph', () => {
    const json = toGraphJson(result.graph);
    const back = graphFromJson(JSON.parse(json));
    expect(toGraphJson(back)).toBe(json);
    expect(back.order).toBe(result.graph.order);
    expect(back.size).toBe(result.graph.size);
  });
});
