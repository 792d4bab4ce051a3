import { describe, it, expect } from 'vitest';
import { mergeLexicons } from '../../../src/lexicon/merge-lexicons.ts';
import type { LexiconEntry } from '../../../src/lexicon/lexicon-entry.ts';

const ant: LexiconEntry = { id: 'ant-group', type: 'Company', name: '蚂蚁集团', nameEn: 'Ant Group', aliases: ['蚂蚁', 'Ant Group'] };
const pboc: LexiconEntry = { id: 'pboc', type: 'GovernmentBody', name: '中国人民银行', aliases: ['央行', 'PBOC'] };

describe('mergeLexicons', () => {
  it('maps the name, every alias and the lower-cased Latin forms to the entry', () => {
    const lex = mergeLexicons([{ origin: 'built-in', entries: [ant, pboc] }]);
    for (const s of ['蚂蚁集团', '蚂蚁', 'Ant Group', 'ant group']) expect(lex.bySurface.get(s)?.id).toBe('ant-group');
    expect(lex.bySurface.get('PBOC')?.id).toBe('pboc');
    expect(lex.bySurface.has('pboc')).toBe(false);
    expect(lex.byId.get('pboc')).toBe(pboc);
    expect(lex.entries).toEqual([ant, pboc]);
  });

  it('lets a later file replace an entry with the same id, aliases included', () => {
    const mine: LexiconEntry = { ...ant, type: 'Organization', aliases: ['蚂蚁科技'] };
    const lex = mergeLexicons([
      { origin: 'built-in', entries: [ant, pboc] },
      { origin: 'my.tsv', entries: [mine] },
    ]);
    expect(lex.byId.get('ant-group')?.type).toBe('Organization');
    expect(lex.bySurface.get('蚂蚁科技')?.id).toBe('ant-group');
    expect(lex.bySurface.has('蚂蚁')).toBe(false);
    expect(lex.entries).toHaveLength(2);
  });

  it('rejects a surface that two files give to different ids, naming both files', () => {
    const clash: LexiconEntry = { id: 'ecb', type: 'GovernmentBody', name: '欧洲中央银行', aliases: ['央行'] };
    let error: unknown;
    try {
      mergeLexicons([
        { origin: 'built-in.tsv', entries: [pboc] },
        { origin: 'my.tsv', entries: [clash] },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'E_LEXICON_INVALID', file: 'my.tsv' });
    expect((error as Error).message).toContain('alias "央行" maps to 2 ids: pboc (built-in.tsv), ecb (my.tsv)');
  });
});
