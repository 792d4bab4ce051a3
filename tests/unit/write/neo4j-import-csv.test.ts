import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../../src/graph/create-graph.ts';
import type { AbstractGraph } from 'graphology-types';
import { ARRAY_DELIMITER, neo4jImportFiles } from '../../../src/write/neo4j-import-csv.ts';
import { neo4jImportArgs } from '../../../src/write/neo4j-import-command.ts';
import { importScript } from '../../../src/write/write-neo4j-import.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

function tinyGraph(alias = '蚂蚁'): AbstractGraph {
  const g = createGraph({ generator: 'zhkg', version: 'test', createdFrom: 1 }) as unknown as AbstractGraph;
  g.addNode('article:a"1', { type: 'Article', name: 't', title: '标题,"引"\n二', source: 's.txt', contentHash: 'h', mentions: 0, aliases: [] });
  g.addNode('ant', { type: 'Company', name: '蚂蚁集团', aliases: [alias, '蚂蚁集团'], mentions: 2 });
  g.addNode('ma', { type: 'Person', name: '马云', nameEn: 'Jack Ma', aliases: [], mentions: 1 });
  g.addEdgeWithKey('m1', 'article:a"1', 'ant', { type: 'MENTIONS', count: 2, weight: 2 });
  g.addEdgeWithKey('p1', 'article:a"1', 'ma', { type: 'WRITTEN_BY', weight: 1 });
  g.addEdgeWithKey('r1', 'ma', 'ant', {
    type: 'CONTROLS', confidence: 0.9, weight: 1, modality: 'asserted', articles: ['a"1'],
    evidence: [{ article: 'a"1', sentence: '马云控制"蚂蚁"', start: 0, end: 4, trigger: '控制', rule: 'r', modality: 'asserted' }],
  });
  return g;
}

function lines(graph: AbstractGraph): Record<string, string[]> {
  return Object.fromEntries(neo4jImportFiles(graph).map((f) => [f.name, [...f.lines()]]));
}

describe('neo4jImportFiles', () => {
  it('writes the neo4j-admin headers: id spaces, labels, typed and array columns', () => {
    const files = lines(tinyGraph());
    expect(files['articles.csv']![0]).toBe('id:ID(Article),:LABEL,title,url,date,outlet,originalOutlet,source,contentHash');
    expect(files['entities.csv']![0]).toBe('id:ID(Entity),:LABEL,name,nameEn,aliases:string[],mentions:long');
    expect(files['mentions.csv']![0]).toBe(':START_ID(Article),:END_ID(Entity),:TYPE,count:long');
    expect(files['provenance.csv']![0]).toBe(':START_ID(Article),:END_ID(Entity),:TYPE');
    expect(files['relations.csv']![0]).toBe(':START_ID(Entity),:END_ID(Entity),:TYPE,confidence:double,weight:long,modality,articles:string[],evidence:string[]');
  });

  it('quotes every string (quotes doubled), leaves missing properties empty and joins arrays and labels with U+001F', () => {
    const files = lines(tinyGraph());
    expect(files['articles.csv']![1]).toBe('"a""1",Article,"标题,""引""\n二",,,,,"s.txt","h"');
    expect(files['entities.csv']).toContain(`"ant",Entity${ARRAY_DELIMITER}Company,"蚂蚁集团",,"蚂蚁${ARRAY_DELIMITER}蚂蚁集团",2`);
    expect(files['entities.csv']).toContain(`"ma",Entity${ARRAY_DELIMITER}Person,"马云","Jack Ma","",0`);
    expect(files['mentions.csv']![1]).toBe('"a""1","ant",MENTIONS,2');
    expect(files['provenance.csv']![1]).toBe('"a""1","ma",WRITTEN_BY');
    const rel = files['relations.csv']![1]!;
    expect(rel.startsWith('"ma","ant",CONTROLS,0.9,1,"asserted","a""1",')).toBe(true);
  });

  it('refuses an alias holding the array delimiter with E_GRAPH_INVALID', () => {
    const files = neo4jImportFiles(tinyGraph(`a${ARRAY_DELIMITER}b`));
    expect(() => [...files.find((f) => f.name === 'entities.csv')!.lines()]).toThrow(expect.objectContaining({ code: 'E_GRAPH_INVALID' }));
  });
});

describe('neo4jImportArgs and import.sh', () => {
  it('name the database first, overwrite it, and pass the delimiter and multiline flags', () => {
    const args = neo4jImportArgs([{ name: 'articles.csv', kind: 'nodes' }, { name: 'relations.csv', kind: 'relationships' }], { folder: '/x/' });
    expect(args).toEqual(['database', 'import', 'full', 'neo4j', '--overwrite-destination', '--array-delimiter=U+001F', '--multiline-fields=true',
      '--nodes=/x/articles.csv', '--relationships=/x/relations.csv']);
    expect(importScript([{ name: 'articles.csv', kind: 'nodes' }])).toContain('neo4j-admin" database \\\n  import');
  });
});

describe('neo4jImportFiles on the sample graph', () => {
  const text = (graph: AbstractGraph): string => neo4jImportFiles(graph).map((f) => `${f.name}\n${[...f.lines()].join('\n')}`).join('\n');

  it('writes the lines the export gave when it built every row first (sha-256 pinned at d8f8df9)', () => {
    const sha = (graph: AbstractGraph): string => createHash('sha256').update(text(graph)).digest('hex');
    expect(sha(sampleGraph())).toBe('ef76fc9616f4ad80d60220aac4eee218e3a88a44653374dda38ca413a76ee58b');
    expect(sha(sampleGraph({ changed: true }))).toBe('7ec6a92009a634ecaabf5fedee51cc61fbcd0b8a1e8aa3fa9ec16d785b2c889d');
  });

  it('builds a fact row when relations.csv is written, not before (no copy of the graph as rows)', () => {
    const graph = tinyGraph();
    let reads = 0;
    const attributes = graph.getEdgeAttributes('r1');
    const evidence = attributes.evidence as unknown;
    Object.defineProperty(attributes, 'evidence', { enumerable: true, get: () => (reads++, evidence) });
    const files = neo4jImportFiles(graph);
    const checked = reads;
    for (const f of files.filter((f) => f.name !== 'relations.csv')) [...f.lines()];
    expect(reads).toBe(checked);
    [...files.find((f) => f.name === 'relations.csv')!.lines()];
    expect(reads).toBeGreaterThan(checked);
  });
});
