import { describe, it, expect } from 'vitest';
import { entitiesNamed, namesMatch } from '../../../src/eval/match-re-name.ts';
import type { SystemEntity } from '../../../src/eval/system-entities.ts';

const entity = (key: string, type: SystemEntity['type'], ...names: string[]): SystemEntity => ({ key, name: names[0]!, type, names: new Set(names) });

describe('namesMatch', () => {
  it('matches equal names and a name held by the other', () => {
    expect(namesMatch('京东方', '京东方科技集团股份有限公司')).toBe(true);
    expect(namesMatch('阿里巴巴集团', '阿里巴巴')).toBe(true);
  });
  it('does not find a one-character name inside another', () => {
    expect(namesMatch('中', '中国银行')).toBe(false);
  });
});

describe('entitiesNamed', () => {
  const entities = [entity('loc', 'Location', '中国'), entity('bank', 'Company', '中国银行'), entity('p', 'Person', '张三')];
  it('matches only entities of the kind the gold side names', () => {
    expect(entitiesNamed('中国', 'org', entities).map((e) => e.key)).toEqual(['bank']);
    expect(entitiesNamed('中国', 'place', entities).map((e) => e.key)).toEqual(['loc']);
    expect(entitiesNamed('张三', 'party', entities).map((e) => e.key)).toEqual(['p']);
    expect(entitiesNamed('张三', 'org', entities)).toEqual([]);
  });
  it('normalises both sides (full width, case, 《》)', () => {
    expect(entitiesNamed('ＦＩＣＯ', 'org', [entity('f', 'Company', 'fico')]).map((e) => e.key)).toEqual(['f']);
  });
});
