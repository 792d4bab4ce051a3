import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { ENTITY_TYPES } from '../../../src/types.ts';

const HEADER = 'id\ttype\tname\tnameEn\taliases\n';

describe('loadLexicon: the built-in lexicon', () => {
  const lex = loadLexicon();

  it('loads about 3,100 entries (README, data/README) of every entity type, once per process', () => {
    expect(lex.entries.length).toBeGreaterThanOrEqual(3000);
    expect(lex.entries.length).toBeLessThan(3200);
    for (const type of ENTITY_TYPES) expect(lex.entries.some((e) => e.type === type)).toBe(true);
    expect(loadLexicon()).toBe(lex);
  });

  it.each([
    ['义大利', 'italy'],
    ['维吉尼亚州', 'virginia'],
    ['伊斯坦堡', 'istanbul'],
  ])('knows the Taiwanese form %s as an alias of %s', (surface, id) => {
    expect(lex.bySurface.get(surface)?.id).toBe(id);
  });

  // The entities of the seed article (seeds/000_b8188a9e28d94beb.txt), by surface as the article writes them.
  it.each([
    ['蚂蚁集团', 'ant-group', 'Company'],
    ['蚂蚁', 'ant-group', 'Company'],
    ['马云', 'jack-ma', 'Person'],
    ['中国人民银行', 'pboc', 'GovernmentBody'],
    ['人行', 'pboc', 'GovernmentBody'],
    ['央行', 'pboc', 'GovernmentBody'],
    ['中共央行', 'pboc', 'GovernmentBody'],
    ['阿里巴巴集团', 'alibaba-group', 'Company'],
    ['阿里巴巴', 'alibaba-group', 'Company'],
    ['支付宝', 'alipay', 'Product'],
    ['华尔街日报', 'wsj', 'MediaOutlet'],
    ['华日', 'wsj', 'MediaOutlet'],
    ['大纪元', 'epoch-times', 'MediaOutlet'],
    ['习近平', 'xi-jinping', 'Person'],
    ['中共', 'ccp', 'PoliticalParty'],
    ['中国共产党', 'ccp', 'PoliticalParty'],
    ['上海', 'shanghai', 'Location'],
    ['中国', 'china', 'Location'],
    ['美国', 'united-states', 'Location'],
    ['法新社', 'afp', 'MediaOutlet'],
  ])('resolves %s to %s (%s)', (surface, id, type) => {
    const entry = lex.bySurface.get(surface);
    expect(entry?.id).toBe(id);
    expect(entry?.type).toBe(type);
  });

  it('gives the seed entities their canonical names', () => {
    expect(lex.byId.get('pboc')?.name).toBe('中国人民银行');
    expect(lex.byId.get('alibaba-group')?.name).toBe('阿里巴巴集团');
    expect(lex.byId.get('ccp')?.name).toBe('中共');
    expect(lex.byId.get('ant-group')?.nameEn).toBe('Ant Group');
  });

  it('matches Latin names case-insensitively but keeps acronyms exact', () => {
    expect(lex.bySurface.get('ant group')?.id).toBe('ant-group');
    expect(lex.bySurface.get('PBOC')?.id).toBe('pboc');
    expect(lex.bySurface.has('who')).toBe(false);
  });

  it.each(['政府', '当局', '公司', '投资者', '美国政府', '中国政府', '监管机构', '知情人士', '美', '中'])(
    'has no entity for the generic word %s',
    (word) => {
      expect(lex.bySurface.has(word)).toBe(false);
    },
  );

  // Local congresses (辽宁省人大), local CPPCCs and the US departments share these forms; see data/README.md.
  it.each(['人大', '政协', '人大常委会', '财政部', '国防部', '司法部'])('leaves out the ambiguous short form %s', (form) => {
    expect(lex.bySurface.has(form)).toBe(false);
  });
});

describe('loadLexicon: user lexicon files', () => {
  let dir: string;
  const write = (name: string, body: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, HEADER + body);
    return file;
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhkg-lexicon-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds user entries and lets them override built-in ones with the same id', () => {
    const file = write('mine.tsv', 'lin-yan\tPerson\t林燕\t\t大纪元记者林燕\nant-group\tCompany\t蚂蚁集团\tAnt Group\t蚂蚁科技集团\n');
    const lex = loadLexicon([file]);
    expect(lex.bySurface.get('大纪元记者林燕')?.id).toBe('lin-yan');
    expect(lex.byId.get('ant-group')?.aliases).toEqual(['蚂蚁科技集团']);
    expect(lex.bySurface.has('蚂蚁金服')).toBe(false);
    expect(loadLexicon().bySurface.get('蚂蚁金服')?.id).toBe('ant-group');
    expect(lex).not.toBe(loadLexicon());
  });

  it('rejects a user alias that belongs to a built-in id, naming both files', () => {
    const file = write('clash.tsv', 'ecb-mine\tGovernmentBody\t欧洲央行总部\t\t央行\n');
    expect(() => loadLexicon([file])).toThrowError(/maps to 2 ids: pboc \(.*data[/\\]lexicon\.tsv\), ecb-mine \(.*clash\.tsv\)/);
  });

  it('reports an invalid user file with E_LEXICON_INVALID and a missing one with E_INPUT_MISSING', () => {
    const bad = write('bad.tsv', 'Bad Id\tPerson\t某人\t\t\n');
    expect(() => loadLexicon([bad])).toThrowError(expect.objectContaining({ code: 'E_LEXICON_INVALID', file: bad }));
    const missing = path.join(dir, 'nope.tsv');
    expect(() => loadLexicon([missing])).toThrowError(expect.objectContaining({ code: 'E_INPUT_MISSING', file: missing }));
  });

  it('refuses a user lexicon that is not UTF-8 (GBK names would become U+FFFD) with E_LEXICON_INVALID naming it', () => {
    const gbk = path.join(dir, 'gbk.tsv');
    // 某公司 in GBK: C4 B3 B9 AB CB BE, not valid UTF-8.
    fs.writeFileSync(gbk, Buffer.concat([Buffer.from('id\ttype\tname\tnameEn\taliases\nsome-co\tCompany\t'), Buffer.from([0xc4, 0xb3, 0xb9, 0xab, 0xcb, 0xbe]), Buffer.from('\t\t\n')]));
    expect(() => loadLexicon([gbk])).toThrowError(expect.objectContaining({ code: 'E_LEXICON_INVALID', file: gbk }));
    expect(() => loadLexicon([gbk])).toThrowError(/gbk\.tsv.*UTF-8/);
  });
});
