import { describe, expect, it } from 'vitest';
import { divisionNamed, divisionShortForm, divisionsShortened, loadAdminDivisions, parseAdminDivisions } from '../../../src/ner/admin-divisions.ts';
import { isZhkgError } from '../../../src/errors.ts';

describe('the administrative-division gazetteer', () => {
  it('parses level and name lines, skipping blank and comment lines', () => {
    const text = 'level\tname\n# a note\nprovince\t甲乙省\n\ncounty\t丙丁县\ntownship\t戊己镇\n';
    expect(parseAdminDivisions(text, 'x.tsv')).toEqual([
      { level: 'province', name: '甲乙省' },
      { level: 'county', name: '丙丁县' },
      { level: 'township', name: '戊己镇' },
    ]);
  });

  it('refuses a wrong header, an unknown level or an extra column, with a code', () => {
    for (const bad of ['name\tlevel\n', 'level\tname\nvillage\t甲村\n', 'level\tname\ncounty\t甲县\textra\n']) {
      try {
        parseAdminDivisions(bad, 'x.tsv');
        expect.unreachable();
      } catch (e) {
        expect(isZhkgError(e) && e.code).toBe('E_LEXICON_INVALID');
      }
    }
  });

  it('ships all four levels, each name once, towns and districts included', () => {
    const divisions = loadAdminDivisions();
    const byLevel = new Map<string, number>();
    for (const d of divisions) byLevel.set(d.level, (byLevel.get(d.level) ?? 0) + 1);
    expect(byLevel.get('province')).toBe(34);
    expect(byLevel.get('prefecture')!).toBeGreaterThan(300);
    expect(byLevel.get('county')!).toBeGreaterThan(2800);
    expect(byLevel.get('township')!).toBeGreaterThan(30000);
    expect(new Set(divisions.map((d) => d.name)).size).toBe(divisions.length);
    expect(divisions.some((d) => d.name === '市辖区')).toBe(false);
    expect(loadAdminDivisions()).toBe(divisions);
  });
});

describe('division names', () => {
  it('knows full names with their level and short forms of county level and higher, not of townships', () => {
    expect(divisionNamed('景山街道')).toEqual({ form: 'full', level: 'township' });
    expect(divisionNamed('屯门区')).toEqual({ form: 'full', level: 'county' });
    expect(divisionNamed('屯门')).toEqual({ form: 'short' });
    expect(divisionNamed('景山')).toBeUndefined();
    expect(divisionNamed('今天')).toBeUndefined();
  });
});

describe('division short forms', () => {
  it('drops the ending of a county-level or higher name, but gives autonomous areas none', () => {
    expect(divisionShortForm('甲乙区')).toBe('甲乙');
    expect(divisionShortForm('甲乙丙县')).toBe('甲乙丙');
    expect(divisionShortForm('甲区')).toBeUndefined();
    expect(divisionShortForm('甲乙镇')).toBeUndefined();
    expect(divisionShortForm('甲乙丙自治区')).toBeUndefined();
    expect(divisionShortForm('甲乙族自治州')).toBeUndefined();
  });

  it('leads a short form back to its full names', () => {
    expect(divisionsShortened('屯门')).toEqual(['屯门区']);
    expect(divisionsShortened('景山')).toEqual([]);
  });
});
