/**
 * A small hand-made graph per the graph.json contract, built node by node (not by buildGraph, so these tests do not
 * depend on the pipeline).
 * Two articles about 蚂蚁集团; evidence sentences carry awkward text (quotes, backslashes, newlines, `;`, backticks,
 * emoji) so every writer is exercised on it. `changed: true` gives the same graph after article a2's text changed:
 * a2 no longer says 马云 controls 蚂蚁集团 or mentions 证监会, and now says 蚂蚁集团 launched 相互宝.
 */
import type { AbstractGraph } from 'graphology-types';
import { createGraph } from '../../../src/graph/create-graph.ts';
import type { EntityType, Evidence, Modality, RelationType } from '../../../src/types.ts';

const STRENGTH: Record<Modality, number> = { negated: 0, hedged: 1, reported: 2, asserted: 3 };

interface EntitySpec {
  key: string;
  type: EntityType;
  name: string;
  nameEn?: string;
  aliases: string[];
}

const ENTITIES: EntitySpec[] = [
  { key: 'jack-ma', type: 'Person', name: '马云', nameEn: 'Jack Ma', aliases: ['马云', '馬雲'] },
  { key: 'ant-group', type: 'Company', name: '蚂蚁集团', nameEn: 'Ant Group', aliases: ['蚂蚁', '蚂蚁金服', '蚂蚁集团', '螞蟻集團'] },
  { key: 'alibaba', type: 'Company', name: '阿里巴巴集团', nameEn: 'Alibaba Group', aliases: ['阿里巴巴', '阿里巴巴集团'] },
  { key: 'alipay', type: 'Product', name: '支付宝', nameEn: 'Alipay', aliases: ['支付宝'] },
  { key: 'xianghubao', type: 'Product', name: '相互宝', aliases: ['相互宝'] },
  { key: 'pboc', type: 'GovernmentBody', name: '中国人民银行', aliases: ['中国人民银行', '人民银行', '央行'] },
  { key: 'csrc', type: 'GovernmentBody', name: '证监会', aliases: ['中国证监会', '证监会'] },
  { key: 'epoch-times', type: 'MediaOutlet', name: '大纪元', aliases: ['大纪元'] },
  { key: 'Person:林燕', type: 'Person', name: '林燕', aliases: ['林燕'] },
  { key: 'shanghai', type: 'Location', name: '上海', aliases: ['上海'] },
  { key: 'ccp', type: 'PoliticalParty', name: '中共', aliases: ['中共', "O'Brien `x` \\ ;"] },
];

type FactSpec = [RelationType, string, string, string /* article */, string /* sentence */, number, Modality];

const A1_FACTS: FactSpec[] = [
  ['CONTROLS', 'jack-ma', 'ant-group', 'a1', '马云是蚂蚁集团的实际控制人。', 0.9, 'asserted'],
  ['INVESTS_IN', 'alibaba', 'ant-group', 'a1', '阿里巴巴持股蚂蚁集团33%；"据说"如此。', 0.8, 'reported'],
  ['OPERATES', 'ant-group', 'alipay', 'a1', '蚂蚁集团旗下的支付宝\\平台\n有10亿用户。', 0.85, 'asserted'],
  ['REGULATES', 'pboc', 'ant-group', 'a1', "央行约谈蚂蚁集团；O'Brien称 `整改` 😀", 0.9, 'asserted'],
  ['LOCATED_IN', 'ant-group', 'shanghai', 'a1', '上海的蚂蚁集团。', 0.7, 'asserted'],
  ['WORKS_FOR', 'Person:林燕', 'epoch-times', 'a1', '（大纪元记者林燕报导）', 0.95, 'asserted'],
  ['PARTNERS_WITH', 'alibaba', 'ant-group', 'a1', '阿里巴巴与蚂蚁集团合作。', 0.6, 'hedged'],
  ['REGULATES', 'ccp', 'ant-group', 'a1', '中共叫停蚂蚁上市。', 0.8, 'asserted'],
];
const A2_FACTS_OLD: FactSpec[] = [
  ['CONTROLS', 'jack-ma', 'ant-group', 'a2', '马云控制蚂蚁集团。', 0.95, 'asserted'],
  ['REGULATES', 'csrc', 'ant-group', 'a2', '证监会可能调查蚂蚁集团。', 0.5, 'hedged'],
  ['FOUNDED', 'jack-ma', 'alibaba', 'a2', '马云创办了阿里巴巴。', 0.9, 'asserted'],
];
const A2_FACTS_NEW: FactSpec[] = [
  ['LAUNCHED', 'ant-group', 'xianghubao', 'a2', '蚂蚁集团推出相互宝。', 0.9, 'asserted'],
  ['FOUNDED', 'jack-ma', 'alibaba', 'a2', '马云创立阿里巴巴。', 0.9, 'asserted'],
];

export function sampleGraph(options: { changed?: boolean; articles?: ('a1' | 'a2')[] } = {}): AbstractGraph {
  const include = new Set(options.articles ?? ['a1', 'a2']);
  const graph = createGraph({ generator: 'zhkg', version: 'test', createdFrom: 0 }) as unknown as AbstractGraph;
  const facts = [...(include.has('a1') ? A1_FACTS : []), ...(include.has('a2') ? (options.changed ? A2_FACTS_NEW : A2_FACTS_OLD) : [])];
  const mentions = new Map<string, number>(); // `${article}|${entity}` → count
  const bump = (article: string, entity: string, by = 1): void => {
    mentions.set(`${article}|${entity}`, (mentions.get(`${article}|${entity}`) ?? 0) + by);
  };
  for (const [, s, o, article] of facts) {
    bump(article, s);
    bump(article, o);
  }
  if (include.has('a1')) bump('a1', 'epoch-times');

  graph.replaceAttributes({ generator: 'zhkg', version: 'test', createdFrom: include.size });
  if (include.has('a1')) {
    graph.addNode('article:a1', {
      type: 'Article', name: '蚂蚁集团上市被叫停', title: '蚂蚁集团上市被叫停', url: 'https://example.org/a1?x=1&y=\'2\'',
      date: '2020-11-03', outlet: '大纪元', source: 'fixtures/a1.html', contentHash: 'a'.repeat(64), mentions: 0, aliases: [],
    });
  }
  if (include.has('a2')) {
    graph.addNode('article:a2', {
      type: 'Article', name: '马云与蚂蚁', title: '马云与蚂蚁', source: 'fixtures/a2.txt',
      contentHash: (options.changed ? 'c' : 'b').repeat(64), mentions: 0, aliases: [],
    });
  }
  const used = new Set([...mentions.keys()].map((k) => k.split('|')[1]));
  for (const e of ENTITIES) {
    if (!used.has(e.key)) continue;
    let total = 0;
    for (const [k, n] of mentions) if (k.endsWith(`|${e.key}`)) total += n;
    const attributes: Record<string, unknown> = { type: e.type, name: e.name, aliases: [...e.aliases].sort(), mentions: total };
    if (e.nameEn !== undefined) attributes.nameEn = e.nameEn;
    graph.addNode(e.key, attributes);
  }
  for (const [k, count] of mentions) {
    const [article, entity] = k.split('|');
    graph.addEdgeWithKey(`article:${article}|MENTIONS|${entity}`, `article:${article}`, entity, { type: 'MENTIONS', count, weight: count });
  }
  if (include.has('a1')) {
    graph.addEdgeWithKey('article:a1|PUBLISHED_BY|epoch-times', 'article:a1', 'epoch-times', { type: 'PUBLISHED_BY', weight: 1 });
    graph.addEdgeWithKey('article:a1|WRITTEN_BY|Person:林燕', 'article:a1', 'Person:林燕', { type: 'WRITTEN_BY', weight: 1 });
  }
  for (const [type, s, o, article, sentence, confidence, modality] of facts) {
    const key = `${s}|${type}|${o}`;
    const evidence: Evidence = { article, sentence, start: 0, end: sentence.length, trigger: type.toLowerCase(), rule: `rule-${type}`, modality };
    if (graph.hasEdge(key)) {
      const a = graph.getEdgeAttributes(key);
      const all = [...(a.evidence as Evidence[]), evidence];
      graph.mergeEdgeAttributes(key, {
        evidence: all,
        confidence: Math.max(a.confidence as number, confidence),
        weight: all.length,
        modality: all.reduce<Modality>((best, e) => (STRENGTH[e.modality] > STRENGTH[best] ? e.modality : best), all[0].modality),
        articles: [...new Set(all.map((e) => e.article))].sort(),
      });
    } else {
      graph.addEdgeWithKey(key, s, o, { type, evidence: [evidence], confidence, weight: 1, modality, articles: [article] });
    }
  }
  return graph;
}
