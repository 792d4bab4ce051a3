import { describe, it, expect } from 'vitest';
import { LEXICON_LIMITS, parseLexicon } from '../../../src/lexicon/parse-lexicon.ts';
import { ZhkgError } from '../../../src/errors.ts';

const HEADER = 'id\ttype\tname\tnameEn\taliases';
const table = (...rows: string[]): string => [HEADER, ...rows].join('\n');

function errorOf(tsv: string): ZhkgError {
  try {
    parseLexicon(tsv, 'test.tsv');
  } catch (e) {
    if (e instanceof ZhkgError) return e;
    throw e;
  }
  throw new Error('parseLexicon accepted an invalid table');
}

describe('parseLexicon', () => {
  it('parses entries with type, names and de-duplicated aliases', () => {
    const entries = parseLexicon(
      table('ant-group\tCompany\t蚂蚁集团\tAnt Group\t蚂蚁|蚂蚁金服|蚂蚁|蚂蚁集团|Ant Group', 'jack-ma\tPerson\t马云\t\t'),
      'test.tsv',
    );
    expect(entries).toEqual([
      { id: 'ant-group', type: 'Company', name: '蚂蚁集团', nameEn: 'Ant Group', aliases: ['蚂蚁', '蚂蚁金服', 'Ant Group'] },
      { id: 'jack-ma', type: 'Person', name: '马云', aliases: [] },
    ]);
  });

  it('accepts a BOM, CRLF line ends, blank lines, # comments and omitted trailing columns', () => {
    const tsv = `\uFEFF${HEADER}\r\n# a comment\r\n\r\nchina\tLocation\t中国\r\nfico\tCompany\tFICO\tFICO\r\n`;
    expect(parseLexicon(tsv, 'test.tsv').map((e) => [e.id, e.nameEn, e.aliases])).toEqual([
      ['china', undefined, []],
      ['fico', 'FICO', []],
    ]);
  });

  it('keeps short all-capital acronyms case-sensitive, so WHO and Who may belong to different ids', () => {
    const entries = parseLexicon(table('who\tOrganization\t世界卫生组织\t\tWHO', 'the-who\tOrganization\t谁人乐队\t\tThe Who|Who'), 't');
    expect(entries).toHaveLength(2);
  });

  const invalid: Array<[string, string, number]> = [
    ['an empty file', '', 1],
    ['a wrong header', 'id\ttype\tname\n', 1],
    ['too few columns', table('china\tLocation'), 2],
    ['too many columns', table('china\tLocation\t中国\tChina\t\textra'), 2],
    ['an upper-case id', table('China\tLocation\t中国\t\t'), 2],
    ['an id with an underscore', table('ant_group\tCompany\t蚂蚁集团\t\t'), 2],
    ['a non-ASCII id', table('中国\tLocation\t中国\t\t'), 2],
    ['a duplicate id', table('china\tLocation\t中国\t\t', 'china\tLocation\t中华\t\t'), 3],
    ['an unknown type', table('china\tCountry\t中国\t\t'), 2],
    ['an empty name', table('china\tLocation\t\tChina\t中华'), 2],
    ['a one-character name', table('us\tLocation\t美\t\t'), 2],
    ['a one-character alias', table('united-states\tLocation\t美国\t\t美|美利坚'), 2],
    ['an alias of two ids', table('pboc\tGovernmentBody\t中国人民银行\t\t央行', 'ecb\tGovernmentBody\t欧洲中央银行\t\t央行'), 3],
    ['a name that is another entry’s alias', table('alibaba-group\tCompany\t阿里巴巴集团\t\t阿里巴巴', 'alibaba\tCompany\t阿里巴巴\t\t'), 3],
    ['Latin aliases of two ids that differ only in case', table('ant-group\tCompany\t蚂蚁集团\t\tAnt Group', 'ant\tCompany\t蚂蚁科技\t\tant group'), 3],
  ];
  it.each(invalid)('rejects %s with E_LEXICON_INVALID and the line number', (_label, tsv, line) => {
    const error = errorOf(tsv);
    expect(error.code).toBe('E_LEXICON_INVALID');
    expect(error.file).toBe('test.tsv');
    expect(error.message).toContain(`test.tsv line ${line}`);
  });

  it('names the alias and both ids when one alias maps to two ids', () => {
    const error = errorOf(table('pboc\tGovernmentBody\t中国人民银行\t\t央行', 'ecb\tGovernmentBody\t欧洲中央银行\t\t央行'));
    expect(error.message).toContain('parseLexicon: alias "央行" maps to 2 ids: pboc, ecb');
  });

  it('quotes a bad header only in part, so a 10 MB first line is not echoed whole', () => {
    const error = errorOf(`${'x'.repeat(1_000_000)}\n`);
    expect(error.code).toBe('E_LEXICON_INVALID');
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).toContain('1000000 characters');
  });

  describe('bounds on a row', () => {
    it('refuses more aliases than the maximum, naming file and line', () => {
      const aliases = Array.from({ length: LEXICON_LIMITS.maxAliases + 1 }, (_, i) => `别名${i}`).join('|');
      const error = errorOf(table('pboc\tGovernmentBody\t中国人民银行\t\t人行', `many\tPerson\t张三丰\t\t${aliases}`));
      expect(error.code).toBe('E_LEXICON_INVALID');
      expect(error.file).toBe('test.tsv');
      expect(error.message).toContain('test.tsv line 3');
    });

    it('refuses an over-long name or alias', () => {
      expect(errorOf(table(`long\tPerson\t${'张'.repeat(LEXICON_LIMITS.maxFieldChars + 1)}`)).code).toBe('E_LEXICON_INVALID');
    });

    it('refuses a row of 1,000,000 aliases at once, before building any surface key', () => {
      const aliases = Array.from({ length: 1_000_000 }, (_, i) => `别名${i}`).join('|');
      const error = errorOf(table(`many\tPerson\t张三丰\t\t${aliases}`));
      expect(error.code).toBe('E_LEXICON_INVALID');
      expect(error.message).toContain('test.tsv line 2');
    });
  });
});
