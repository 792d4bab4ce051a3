import { describe, it, expect } from 'vitest';
import { aggregateRe, reRecall, scoreReSentence } from '../../../src/eval/score-re.ts';
import { formatReReport } from '../../../src/eval/format-re-report.ts';
import type { ReGoldSentence } from '../../../src/eval/re-gold.ts';
import type { SystemEntity } from '../../../src/eval/system-entities.ts';

const entity = (key: string, type: SystemEntity['type'], ...names: string[]): SystemEntity => ({ key, name: names[0]!, type, names: new Set(names) });

const gold: ReGoldSentence = {
  index: 0,
  text: '甲公司持有乙公司股份，丙公司董事长张三说。',
  triples: [
    { predicate: '持股', subject: '甲公司', object: '乙公司', subjectKind: 'party', objectKind: 'org', accept: ['INVESTS_IN', 'CONTROLS'] },
    { predicate: '董事长', subject: '张三', object: '丙公司', subjectKind: 'person', objectKind: 'org', accept: ['LEADS'] },
  ],
};
const shared = new Set(['INVESTS_IN', 'CONTROLS', 'LEADS'] as const);

describe('scoreReSentence', () => {
  it('finds a triple by any accepted type, and strictly only by the first', () => {
    const entities = [entity('a', 'Company', '甲公司'), entity('b', 'Company', '乙公司'), entity('c', 'Company', '丙'), entity('z', 'Person', '张三')];
    const s = scoreReSentence(gold, { entities, facts: [{ type: 'CONTROLS', subject: 'a', object: 'b' }, { type: 'WORKS_FOR', subject: 'z', object: 'c' }] }, shared);
    expect(s.triples.map((t) => [t.recognised, t.found, t.strict])).toEqual([[true, true, false], [false, false, false]]);
    expect(s.facts).toBe(1);
  });

  it('separates recognised pairs from found relations', () => {
    const entities = [entity('a', 'Company', '甲公司'), entity('b', 'Company', '乙公司')];
    const s = scoreReSentence(gold, { entities, facts: [] }, shared);
    expect(s.triples[0]).toMatchObject({ recognised: true, found: false });
  });

  it('does not count one entity named by both sides as a recognised pair', () => {
    const one: ReGoldSentence = { ...gold, triples: [{ ...gold.triples[0]!, subject: '宜家集团', object: '英特宜家购物中心集团' }] };
    const s = scoreReSentence(one, { entities: [entity('y', 'Company', '宜家')], facts: [] }, shared);
    expect(s.triples[0]!.recognised).toBe(false);
  });

  it('does not take a fact in the wrong direction', () => {
    const entities = [entity('a', 'Company', '甲公司'), entity('b', 'Company', '乙公司')];
    const s = scoreReSentence(gold, { entities, facts: [{ type: 'INVESTS_IN', subject: 'b', object: 'a' }] }, shared);
    expect(s.triples[0]!.found).toBe(false);
  });
});

describe('aggregateRe and reRecall', () => {
  it('sums per predicate and over all', () => {
    const entities = [entity('a', 'Company', '甲公司'), entity('b', 'Company', '乙公司')];
    const t = aggregateRe([scoreReSentence(gold, { entities, facts: [{ type: 'INVESTS_IN', subject: 'a', object: 'b' }] }, shared)], ['持股', '董事长']);
    expect(t.rows.map((r) => [r.predicate, r.gold, r.recognised, r.found, r.strict])).toEqual([['持股', 1, 1, 1, 1], ['董事长', 1, 0, 0, 0]]);
    expect(t.all).toMatchObject({ gold: 2, found: 1 });
    expect(reRecall(t.all.found, t.all.gold)).toBe(0.5);
  });

  it('fails with E_EVAL_EMPTY when there is nothing to score, instead of reporting a recall of 1', () => {
    expect(() => reRecall(0, 0)).toThrow(expect.objectContaining({ code: 'E_EVAL_EMPTY' }));
  });

  it('prints - for a predicate with no gold and the recall among recognised pairs', () => {
    const t = aggregateRe([], ['持股']);
    expect(formatReReport('x', t).join('\n')).toMatch(/持股\s+0\s+0\s+-/);
  });
});

describe('scoreReSentence on 简称 (an alias, not a relation)', () => {
  const alias: ReGoldSentence = { index: 0, text: '', triples: [{ predicate: '简称', subject: '甲科技股份有限公司', object: '甲科技', subjectKind: 'org', objectKind: 'org', accept: [] }] };
  it('finds the alias when the entity of the full name carries the short name exactly', () => {
    const s = scoreReSentence(alias, { entities: [entity('a', 'Company', '甲科技股份有限公司', '甲科技')], facts: [] }, shared);
    expect(s.triples[0]).toMatchObject({ recognised: true, found: true });
  });
  it('does not find it when the short name is a separate entity', () => {
    const s = scoreReSentence(alias, { entities: [entity('a', 'Company', '甲科技股份有限公司'), entity('b', 'Company', '甲科技')], facts: [] }, shared);
    expect(s.triples[0]).toMatchObject({ recognised: true, found: false });
  });
});
