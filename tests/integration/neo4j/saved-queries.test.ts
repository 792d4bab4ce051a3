import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/neo4j/load-graph.ts';
import { sampleGraph } from './sample-graph.ts';
import { clearDatabase, runSavedQuery, savedQuery, useTestDb } from './neo4j-test-db.ts';

const db = useTestDb({ clearBeforeEach: false });
beforeAll(async () => {
  await clearDatabase(db.conn);
  await loadGraph(sampleGraph(), db.conn);
});

const QUERIES = ['who-controls', 'regulators', 'entity-facts', 'shortest-path', 'fulltext-search', 'entity-articles'];

describe('cypher/queries on the sample graph', () => {
  it.each(QUERIES)('%s starts with a // comment saying what it answers', (name) => {
    expect(savedQuery(name)).toMatch(/^\/\/ \S.{10,}/);
  });

  it.each([['蚂蚁集团'], ['蚂蚁金服'], ['ant-group']])('who-controls %s → 马云', async (name) => {
    const rows = await runSavedQuery('who-controls', { name }, db.conn);
    expect(rows.map((r) => [r.controller, r.type, r.weight])).toEqual([['马云', 'Person', 2]]);
  });

  it('who-controls an entity nobody controls returns no rows', async () => {
    expect(await runSavedQuery('who-controls', { name: '马云' }, db.conn)).toEqual([]);
  });

  it('regulators lists each regulator with whom it regulates', async () => {
    const rows = await runSavedQuery('regulators', { name: null }, db.conn);
    expect(rows.map((r) => [r.regulator, r.type, r.regulates])).toEqual([
      ['中共', 'PoliticalParty', ['蚂蚁集团']],
      ['中国人民银行', 'GovernmentBody', ['蚂蚁集团']],
      ['证监会', 'GovernmentBody', ['蚂蚁集团']],
    ]);
    const one = await runSavedQuery('regulators', { name: '央行' }, db.conn);
    expect(one.map((r) => r.regulator)).toEqual(['中国人民银行']);
  });

  it('entity-facts gives every relation of an entity with its evidence sentences', async () => {
    const rows = await runSavedQuery('entity-facts', { name: '支付宝' }, db.conn);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ relation: 'OPERATES', direction: 'in', other: '蚂蚁集团', articles: ['a1'] });
    expect(JSON.parse((rows[0].evidence as string[])[0]).sentence).toBe('蚂蚁集团旗下的支付宝\\平台\n有10亿用户。');
    const ant = await runSavedQuery('entity-facts', { name: '蚂蚁集团' }, db.conn);
    expect(ant.map((r) => `${r.relation}:${r.direction}:${r.other}`)).toEqual([
      'CONTROLS:in:马云',
      'INVESTS_IN:in:阿里巴巴集团',
      'LOCATED_IN:out:上海',
      'OPERATES:out:支付宝',
      'PARTNERS_WITH:in:阿里巴巴集团',
      'REGULATES:in:中共',
      'REGULATES:in:中国人民银行',
      'REGULATES:in:证监会',
    ]);
  });

  it('shortest-path joins two entities through fact relationships only', async () => {
    const rows = await runSavedQuery('shortest-path', { from: '支付宝', to: '马云' }, db.conn);
    expect(rows).toEqual([{ names: ['支付宝', '蚂蚁集团', '马云'], relations: ['OPERATES', 'CONTROLS'], hops: 2 }]);
    expect(await runSavedQuery('shortest-path', { from: '林燕', to: '马云' }, db.conn)).toEqual([]);
  });

  it.each([
    ['蚂蚁', 'ant-group'],
    ['人民银行', 'pboc'],
    ['螞蟻', 'ant-group'],
  ])('fulltext-search %s finds %s through the cjk index', async (query, id) => {
    const rows = await runSavedQuery('fulltext-search', { query, limit: 5 }, db.conn);
    expect(rows[0]).toMatchObject({ id });
  });

  it('entity-articles lists the articles mentioning an entity, newest first', async () => {
    const rows = await runSavedQuery('entity-articles', { name: '马云' }, db.conn);
    expect(rows.map((r) => [r.id, r.mentions])).toEqual([
      ['a1', 1],
      ['a2', 2],
    ]);
    expect(rows[0]).toMatchObject({ title: '蚂蚁集团上市被叫停', outlet: '大纪元', date: '2020-11-03' });
  });
});
