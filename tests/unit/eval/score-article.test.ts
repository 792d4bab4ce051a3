import { describe, it, expect } from 'vitest';
import { validateGoldFile } from '../../../src/eval/gold-file.ts';
import { scoreArticle } from '../../../src/eval/score-article.ts';
import { buildResult, type EntitySpec, type FactSpec } from './build-result.ts';

const gold = validateGoldFile(
  {
    article: 'a1.txt',
    entities: [
      { name: '蚂蚁集团', type: 'Company', aliases: ['蚂蚁'] },
      { name: '马云', type: 'Person' },
      { name: '华尔街日报', type: 'MediaOutlet', aliases: ['华日'] },
      { name: '支付宝', type: ['Product', 'Company'] },
      { name: '中国人民银行', type: 'GovernmentBody', aliases: ['央行', 'PBOC'] },
      { name: '中国', type: 'Location' },
      { name: '美国', type: 'Location' },
    ],
    optional_entities: [{ name: '监管机构', type: ['Organization', 'GovernmentBody'] }],
    relations: [
      { s: '马云', p: ['CONTROLS'], o: '蚂蚁集团' },
      { s: '蚂蚁集团', p: ['CONTROLS', 'OPERATES'], o: '支付宝' },
      { s: '中国人民银行', p: 'REGULATES', o: '蚂蚁集团', evidence: '央行……监督指导蚂蚁集团' },
      { s: '中国', p: ['NEGOTIATES_WITH'], o: '美国' },
    ],
    optional_relations: [{ s: '蚂蚁集团', p: ['NEGOTIATES_WITH'], o: '监管机构' }],
  },
  'gold/a1.json',
);

/** Every required gold entity, correctly typed, one node each. */
const ALL: EntitySpec[] = [
  ['ant-group', 'Company', '蚂蚁集团'],
  ['jack-ma', 'Person', '马云'],
  ['wsj', 'MediaOutlet', '华尔街日报'],
  ['alipay', 'Product', '支付宝'],
  ['pboc', 'GovernmentBody', '中国人民银行'],
  // keyed so that the graph's sorted symmetric edge key (usa < zh-china) runs against the gold direction
  ['zh-china', 'Location', '中国'],
  ['usa', 'Location', '美国'],
];

const score = (entities: EntitySpec[], facts: FactSpec[] = []) => scoreArticle(gold, buildResult('/x/a1.txt', entities, facts));
const counts = (p: { tp: number; fp: number; fn: number }) => [p.tp, p.fp, p.fn];

describe('scoreArticle: entities', () => {
  it('counts a perfect output as all TP', () => {
    const s = score(ALL);
    expect(counts(s.entities)).toEqual([7, 0, 0]);
    expect(s.entities.f1).toBe(1);
    expect(s.source).toBe('/x/a1.txt');
  });

  it.each<[string, EntitySpec]>([
    ['system name equals a gold alias', ['k', 'Company', '蚂蚁']],
    ['system alias equals the gold name', ['k', 'Company', '蚂蚁金服', ['蚂蚁集团']]],
    ['system alias equals a gold alias', ['k', 'GovernmentBody', '人行', ['央行']]],
    ['《》 stripped on the system side', ['k', 'MediaOutlet', '《华日》']],
    ['full-width and Latin case folded', ['k', 'GovernmentBody', 'ｐｂｏｃ']],
  ])('matches when the %s', (_label, spec) => {
    expect(score([spec]).entities.tp).toBe(1);
  });

  it('counts the publisher the text never names (a node of the graph, outside the entities) as the gold outlet', () => {
    const result = buildResult('/x/a1.txt', ALL.filter(([key]) => key !== 'wsj'));
    const withPublisher = { ...result, publisher: { key: 'wsj', type: 'MediaOutlet' as const, name: '华尔街日报', aliases: [], mentions: [] } };
    expect(counts(scoreArticle(gold, withPublisher).entities)).toEqual([7, 0, 0]);
    expect(counts(scoreArticle(gold, result).entities)).toEqual([6, 0, 1]);
  });

  it('counts a publisher the gold does not list as a false positive', () => {
    const result = { ...buildResult('/x/a1.txt', ALL), publisher: { key: 'other', type: 'MediaOutlet' as const, name: '测试新闻网', aliases: [], mentions: [] } };
    expect(counts(scoreArticle(gold, result).entities)).toEqual([7, 1, 0]);
  });

  it('strips 《》 on the gold side too', () => {
    const g = validateGoldFile({ article: 'b.txt', entities: [{ name: '财新', type: 'MediaOutlet', aliases: ['《财新》'] }] }, 'b.json');
    const s = scoreArticle(g, buildResult('/b.txt', [['k', 'MediaOutlet', '财新周刊', ['财新']]]));
    expect(counts(s.entities)).toEqual([1, 0, 0]);
  });

  it('counts a second node for the same gold entity as a duplicate FP', () => {
    const s = score([...ALL, ['Company:蚂蚁', 'Company', '蚂蚁']]);
    expect(counts(s.entities)).toEqual([7, 1, 0]);
    expect(s.entityFalsePositives).toEqual([{ key: 'Company:蚂蚁', name: '蚂蚁', type: 'Company', reason: 'duplicate', gold: '蚂蚁集团' }]);
  });

  it('ignores a node that matches an optional gold entity, and flags one that matches nothing', () => {
    const s = score([...ALL, ['o', 'Organization', '监管机构'], ['x', 'Company', '阿里巴巴']]);
    expect(counts(s.entities)).toEqual([7, 1, 0]);
    expect(s.ignored.entities).toBe(1);
    expect(s.entityFalsePositives.map((f) => [f.name, f.reason])).toEqual([['阿里巴巴', 'unmatched']]);
  });

  it('prefers "optional" over "duplicate" for an extra node that matches both', () => {
    const g = validateGoldFile(
      {
        article: 'c.txt',
        entities: [{ name: '华尔街日报', type: 'MediaOutlet', aliases: ['华日'] }],
        optional_entities: [{ name: '华日 (abbrev)', type: 'MediaOutlet', aliases: ['华日'] }],
      },
      'c.json',
    );
    const s = scoreArticle(g, buildResult('/c.txt', [['wsj', 'MediaOutlet', '华尔街日报'], ['h', 'MediaOutlet', '华日']]));
    expect(counts(s.entities)).toEqual([1, 0, 0]);
    expect(s.ignored.entities).toBe(1);
  });

  it('lists unmatched required gold entities as misses', () => {
    const s = score(ALL.filter(([key]) => key !== 'usa' && key !== 'jack-ma'));
    expect(counts(s.entities)).toEqual([5, 0, 2]);
    expect(s.entityMisses).toEqual([{ name: '马云', type: ['Person'] }, { name: '美国', type: ['Location'] }]);
  });

  it('lets one over-merged node find only one gold entity, but pairs nodes to maximise matches', () => {
    const merged: EntitySpec = ['m', 'Company', '蚂蚁集团', ['支付宝']];
    expect(counts(score([merged]).entities)).toEqual([1, 0, 6]);
    // The merged node comes first and would greedily take 蚂蚁集团; maximum matching moves it to 支付宝.
    expect(counts(score([merged, ['k', 'Company', '蚂蚁']]).entities)).toEqual([2, 0, 5]);
  });

  it('scores types separately: TP only when the system type is in the gold type list', () => {
    const retyped = ALL.map((e): EntitySpec => (e[0] === 'jack-ma' ? ['jack-ma', 'Company', '马云'] : e[0] === 'alipay' ? ['alipay', 'Company', '支付宝'] : e));
    const s = score(retyped);
    expect(counts(s.entities)).toEqual([7, 0, 0]);
    // 支付宝 as Company is accepted (["Product","Company"]); 马云 as Company is not.
    expect(counts(s.typedEntities)).toEqual([6, 1, 1]);
    expect(s.typeMismatches).toEqual([{ gold: '马云', goldType: ['Person'], key: 'jack-ma', name: '马云', type: 'Company' }]);
  });

  it('gives the typed match to a correctly typed duplicate', () => {
    const s = score([['a', 'Person', '马云'], ['b', 'Company', '蚂蚁集团'], ['c', 'Company', '马云']]);
    expect(counts(s.entities)).toEqual([2, 1, 5]);
    expect(counts(s.typedEntities)).toEqual([2, 1, 5]);
  });
});

describe('scoreArticle: relations', () => {
  const rel = (facts: FactSpec[]) => score(ALL.concat([['o', 'Organization', '监管机构']]), facts);

  it.each<[string, FactSpec[], [number, number, number]]>([
    ['a directed relation in gold direction', [['jack-ma', 'CONTROLS', 'ant-group']], [1, 0, 3]],
    ['a directed relation reversed', [['ant-group', 'CONTROLS', 'jack-ma']], [0, 1, 4]],
    ['a symmetric relation reversed', [['usa', 'NEGOTIATES_WITH', 'zh-china']], [1, 0, 3]],
    ['a symmetric relation in gold order', [['zh-china', 'NEGOTIATES_WITH', 'usa']], [1, 0, 3]],
    ['the second alternative of p', [['ant-group', 'OPERATES', 'alipay']], [1, 0, 3]],
    ['both alternatives of p (counted once, no FP)', [['ant-group', 'OPERATES', 'alipay'], ['ant-group', 'CONTROLS', 'alipay']], [1, 0, 3]],
    ['a predicate not in p', [['ant-group', 'LAUNCHED', 'alipay']], [0, 1, 4]],
    ['an optional relation', [['o', 'NEGOTIATES_WITH', 'ant-group']], [0, 0, 4]],
    ['the same fact repeated', [['jack-ma', 'CONTROLS', 'ant-group'], ['jack-ma', 'CONTROLS', 'ant-group']], [1, 0, 3]],
    ['a negated fact that matches gold', [['jack-ma', 'CONTROLS', 'ant-group', 'negated']], [1, 0, 3]],
    ['a negated fact that matches nothing', [['zh-china', 'REGULATES', 'ant-group', 'negated']], [0, 1, 4]],
  ])('scores %s', (_label, facts, expected) => {
    expect(counts(rel(facts).relations)).toEqual(expected);
  });

  it('matches relation endpoints through entity aliases', () => {
    const s = score([['pb', 'GovernmentBody', '央行'], ['ant', 'Company', '蚂蚁']], [['pb', 'REGULATES', 'ant']]);
    expect(counts(s.relations)).toEqual([1, 0, 3]);
  });

  it('does not count an edge of a duplicate node as an FP when the gold relation is already found', () => {
    const s = score([...ALL, ['dup', 'Company', '蚂蚁']], [['jack-ma', 'CONTROLS', 'ant-group'], ['jack-ma', 'CONTROLS', 'dup']]);
    expect(counts(s.relations)).toEqual([1, 0, 3]);
    expect(s.ignored.relations).toBe(1);
  });

  it('names misses and false positives for the report', () => {
    const s = rel([['zh-china', 'REGULATES', 'ant-group', 'negated'], ['zh-china', 'REGULATES', 'ant-group']]);
    expect(s.relationFalsePositives).toEqual([
      expect.objectContaining({ type: 'REGULATES', subject: '中国', object: '蚂蚁集团', facts: 2, modality: 'asserted', rule: 'test-rule' }),
    ]);
    expect(s.relationMisses).toContainEqual({ s: '中国人民银行', p: ['REGULATES'], o: '蚂蚁集团', evidence: '央行……监督指导蚂蚁集团' });
  });
});

describe('scoreArticle: a set that lists person speakers only optionally (speakerCitesOptional)', () => {
  const result = buildResult('/x/a1.txt', ALL, [['wsj', 'CITES', 'jack-ma'], ['wsj', 'CITES', 'pboc']]);
  it('counts an unmatched CITES edge to a Person as a false positive by default', () => {
    expect(scoreArticle(gold, result).relations.fp).toBe(2);
  });
  it('ignores it under the convention, and still counts a CITES edge to an organisation', () => {
    const s = scoreArticle({ ...gold, conventions: { speakerCitesOptional: true } }, result);
    expect(s.relations.fp).toBe(1);
    expect(s.relationFalsePositives.map((f) => f.object)).toEqual(['中国人民银行']);
  });
});
