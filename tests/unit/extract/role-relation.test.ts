import { describe, expect, it } from 'vitest';
import { roleRelation } from '../../../src/extract/role-relation.ts';
import type { EntityType } from '../../../src/types.ts';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';

const org = (type: EntityType = 'Company') => ({ key: 'org', type });
const person = { key: 'person', type: 'Person' as const };

describe('roleRelation', () => {
  it.each([
    ['董事长', 'LEADS'],
    ['的董事局主席', 'LEADS'],
    ['前任行长', 'LEADS'],
    ['董事局主席兼首席执行官', 'LEADS'],
    ['记者', 'WORKS_FOR'],
    ['副总裁', 'WORKS_FOR'],
    ['首席经济学家', 'WORKS_FOR'],
    ['创始人', 'FOUNDED'],
    ['联合创始人', 'FOUNDED'],
    ['的金融研究部门的副主管', 'WORKS_FOR'],
    ['贸易执委', 'WORKS_FOR'],
    ['执行长', 'LEADS'],
    ['首席执行长', 'LEADS'],
    ['主管经济事务的助理国务卿', 'WORKS_FOR'],
  ])('organisation + %s + person gives %s from the person', (gap, type) => {
    expect(roleRelation(org(), person, gap, '')).toMatchObject({ type, subject: { key: 'person' }, object: { key: 'org' } });
  });

  it.each([['是', '的董事长', 'LEADS'], ['担任', '副总裁', 'WORKS_FOR'], ['，现任', '行长', 'LEADS']])(
    'person + %s + organisation + %s gives %s',
    (gap, after, type) => {
      expect(roleRelation(person, org(), gap, after)).toMatchObject({ type, subject: { key: 'person' }, object: { key: 'org' } });
    },
  );

  // 任X党委副书记、校长: posts listed after the copula are one chain; the head among them wins.
  it.each([['任', '党委副书记、校长', 'LEADS'], ['现任', '副总裁、常务副总裁、总裁。', 'LEADS'], ['是', '的董事、副校长', 'WORKS_FOR']])(
    'person + %s + organisation + the list %s gives %s',
    (gap, after, type) => {
      expect(roleRelation(person, org('Organization'), gap, after)).toMatchObject({ type, subject: { key: 'person' }, object: { key: 'org' } });
    },
  );

  it.each([['任', '副总裁、腾讯董事长'], ['任', '副校长、北京大学校长']])('does not take a post of another organisation from the list: %s + %s', (gap, after) => {
    expect(roleRelation(person, org('Organization'), gap, after)).toMatchObject({ type: 'WORKS_FOR' });
  });

  it('reads the list in a sentence (廖小平任X党委副书记、校长)', () => {
    const result = analyze('廖小平同志任中南林业科技大学党委副书记、校长。');
    expect(describeFacts(result)).toContain('LEADS 廖小平→中南林业科技大学 [leads-role-copula]');
  });

  it('reads a role after a Latin gloss of the organisation (X是Y公司（DTZ）的董事)', () => {
    expect(roleRelation(person, org(), '是', '（DTZ）的董事')).toMatchObject({ type: 'WORKS_FOR', subject: { key: 'person' } });
  });

  it('gives a place only heads of state or government', () => {
    expect(roleRelation(org('Location'), person, '总统', '')).toMatchObject({ type: 'LEADS' });
    expect(roleRelation(org('Location'), person, '记者', '')).toBeUndefined();
  });

  it.each(['表示', '的朋友', '和', '说，董事长', '的朋友的同事', '发布声明支持总统'])('gives nothing without a role between them: %s', (gap) => {
    expect(roleRelation(org(), person, gap, '')).toBeUndefined();
  });

  it('gives nothing between two organisations', () => {
    expect(roleRelation(org(), { key: 'other', type: 'Company' }, '董事长', '')).toBeUndefined();
  });
});

describe('roles in apposition', () => {
  it.each([
    ['（', '首席执行官）表示', 'LEADS'],
    ['，', '副总裁，周三说', 'WORKS_FOR'],
  ])('person + %s + organisation + %s gives %s', (gap, after, type) => {
    expect(roleRelation(person, org(), gap, after)).toMatchObject({ type, subject: { key: 'person' }, object: { key: 'org' } });
  });

  it('needs the aside to close right after the role', () => {
    expect(roleRelation(person, org(), '，', '董事长表示')).toBeUndefined();
    expect(roleRelation(person, org(), '，', '和腾讯都在投资')).toBeUndefined();
  });
});

describe('roles after time clauses, at organisations, and before 的', () => {
  it('reads 任 after a time clause (X2002年起，任Y行长)', () => {
    expect(roleRelation(person, org(), '在2002年起，任', '行长')).toMatchObject({ type: 'LEADS' });
  });

  it('does not read a role across reported speech (X说，任Y行长)', () => {
    expect(roleRelation(person, org(), '说，任', '行长')).toBeUndefined();
  });

  it('reads 在Y任Z (at the organisation, then the role)', () => {
    expect(roleRelation(person, org(), '2007年至2012年在', '任副主席')).toMatchObject({ type: 'WORKS_FOR' });
    expect(roleRelation(person, org(), '在', '工作多年')).toBeUndefined();
  });

  it('reads 担任Y主席的X, but not Y董事长的妻子X', () => {
    expect(roleRelation(org(), person, '共同主席的', '', '担任')).toMatchObject({ type: 'LEADS', subject: { key: 'person' } });
    expect(roleRelation(org(), person, '董事长的', '', '他说')).toBeUndefined();
  });
});

describe('a title written after the name (美国川普总统, 腾讯马化腾董事长)', () => {
  it.each<[EntityType, string, string, string]>([
    ['Location', '', '总统周二访问北京', 'LEADS'],
    ['Company', '的', '董事长表示，业务稳定', 'LEADS'],
    ['Company', '', '前任首席执行官表示', 'LEADS'],
    ['Company', '', '副总裁表示', 'WORKS_FOR'],
  ])('organisation (%s) + %s + person + title gives the title\'s relation: %s', (type, gap, after, relation) => {
    expect(roleRelation(org(type), person, gap, after)).toMatchObject({ type: relation, subject: { key: 'person' }, object: { key: 'org' } });
  });

  // Minimal pairs: the title read, and the near miss beside it that must not be.
  it.each<[EntityType, string, string]>([
    // A place has only heads of state or government, and no deputy of them by this reading.
    ['Location', '总统表示', '部长表示'],
    ['Location', '总统表示', '副总统表示'],
    // 总统府 is a body, not the title; a title further on is someone else's.
    ['Location', '总统表示', '总统府发表声明'],
    ['Company', '董事长表示', '表示，董事长将换人'],
  ])('%s + person + %s is read, + %s is not', (type, read, notRead) => {
    expect(roleRelation(org(type), person, '', read)).toMatchObject({ subject: { key: 'person' }, object: { key: 'org' } });
    expect(roleRelation(org(type), person, '', notRead)).toBeUndefined();
  });

  it('reads it in a sentence', () => {
    const facts = describeFacts(analyze('法国马克龙总统周二会见了腾讯马化腾董事长。')).join('; ');
    expect(facts).toContain('LEADS 马克龙→法国');
    expect(facts).toContain('LEADS 马化腾→腾讯');
  });
});
