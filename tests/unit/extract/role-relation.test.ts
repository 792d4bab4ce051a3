import { describe, expect, it } from 'vitest';
import { roleRelation } from '../../../src/extract/role-relation.ts';
import type { EntityType } from '../../../src/types.ts';

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
