/**
 * The sample graph plus strings that break naive CSV and Cypher writers: quotes, doubled quotes, backslash-quote,
 * commas, CR/LF newlines, `;` and `|` (common array delimiters), leading and trailing spaces, an empty string, an
 * entity without aliases, CJK and emoji, a float confidence with many digits.
 */
import type { AbstractGraph } from 'graphology-types';
import { sampleGraph } from './sample-graph.ts';

export function hostileGraph(): AbstractGraph {
  const graph = sampleGraph();
  graph.addNode('article:h"1,\n', {
    type: 'Article', name: 't', title: '标题 "引号", 逗号\n换行\r\n回车 \\"反斜杠 ', url: 'https://x.org/?a="1",b=2',
    date: '2021-02-03', outlet: ' 前后空格 ', originalOutlet: '', source: 'fixtures/h "1",\n.html', contentHash: 'd'.repeat(64),
    mentions: 0, aliases: [],
  });
  graph.addNode('Organization:引号"公司",有限', {
    type: 'Organization', name: '引号"公司",有限\n第二行', nameEn: '', aliases: ['a;b', 'c|d', '""', ' sp ', '\\"', '蚂蚁,集团', '换\n行'], mentions: 3,
  });
  graph.addNode('Product:无别名', { type: 'Product', name: '无别名', aliases: [], mentions: 0 });
  graph.addEdgeWithKey('h|MENTIONS|org', 'article:h"1,\n', 'Organization:引号"公司",有限', { type: 'MENTIONS', count: 3, weight: 3 });
  graph.addEdgeWithKey('h|EDITED_BY|lin', 'article:h"1,\n', 'Person:林燕', { type: 'EDITED_BY', weight: 1 });
  graph.addEdgeWithKey('h|PUBLISHED_BY|et', 'article:h"1,\n', 'epoch-times', { type: 'PUBLISHED_BY', weight: 1 });
  const sentence = '他说："蚂蚁,集团"\n与\r\n"无别名"合作；a;b|c \\" 😀';
  graph.addEdgeWithKey('Organization:引号"公司",有限|PARTNERS_WITH|Product:无别名', 'Organization:引号"公司",有限', 'Product:无别名', {
    type: 'PARTNERS_WITH', confidence: 0.1 + 0.2, weight: 2, modality: 'reported', articles: ['h"1,\n'],
    evidence: [
      { article: 'h"1,\n', sentence, start: 0, end: 5, trigger: '合作', rule: 'r,"1"', modality: 'reported' },
      { article: 'h"1,\n', sentence, start: 6, end: 9, trigger: '与\n', rule: 'r;2', modality: 'hedged', field: 'title' },
    ],
  });
  return graph;
}
