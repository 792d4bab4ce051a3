import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readGoldDir, readGoldFile, validateGoldFile } from '../../../src/eval/gold-file.ts';
import { isZhkgError } from '../../../src/errors.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/eval/', import.meta.url));

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('readGoldDir', () => {
  it('reads every JSON file of the folder, sorted, with defaults for the optional lists', () => {
    const golds = readGoldDir(`${fixtures}gold/dev`);
    expect(golds.map((g) => g.article)).toEqual(['alpha.txt', 'site-a/beta.md']);
    expect(golds[0]!.entities[0]).toEqual({ name: '甲公司', type: ['Company'], aliases: ['甲'] });
    expect(golds[0]!.optionalRelations).toEqual([]);
    expect(golds[1]!.relations).toEqual([]);
    expect(golds[1]!.file).toMatch(/beta\.json$/);
  });

  it('throws E_INPUT_MISSING for a folder that does not exist', () => {
    const e = errorOf(() => readGoldDir(`${fixtures}no-such-dir`));
    expect(isZhkgError(e) && e.code).toBe('E_INPUT_MISSING');
  });

  it('reports every problem of a malformed file in one E_GOLD_INVALID error naming the file', () => {
    const e = errorOf(() => readGoldDir(`${fixtures}gold-invalid`));
    expect(isZhkgError(e) && e.code).toBe('E_GOLD_INVALID');
    const msg = (e as Error).message;
    expect(msg).toContain('broken.json');
    for (const part of ['"Firm"', 'entities[1].name', '"OWNS"', '"乙公司"']) expect(msg).toContain(part);
  });
});

describe('readGoldDir: the conventions.json of a set', () => {
  it('is no gold file, and its conventions go with every file of the folder', () => {
    const golds = readGoldDir(`${fixtures}gold-conventions`);
    expect(golds.map((g) => g.article)).toEqual(['alpha.txt', 'site-a/beta.md']);
    expect(golds.every((g) => g.conventions?.speakerCitesOptional === true)).toBe(true);
  });

  it('is absent by default', () => {
    expect(readGoldDir(`${fixtures}gold/dev`).every((g) => g.conventions === undefined)).toBe(true);
  });

  it('throws E_GOLD_INVALID naming the file when a convention has the wrong shape', () => {
    const e = errorOf(() => readGoldDir(`${fixtures}gold-conventions-bad`));
    expect(isZhkgError(e) && e.code).toBe('E_GOLD_INVALID');
    expect((e as Error).message).toContain('conventions.json');
  });
});

describe('validateGoldFile', () => {
  it.each([
    ['not an object', []],
    ['no article', { entities: [] }],
    ['no entities', { article: 'a.txt' }],
    ['aliases not strings', { article: 'a.txt', entities: [{ name: 'x', type: 'Person', aliases: [1] }] }],
    ['empty type list', { article: 'a.txt', entities: [{ name: 'x', type: [] }] }],
    ['empty p', { article: 'a.txt', entities: [{ name: 'x', type: 'Person' }], relations: [{ s: 'x', p: [], o: 'x' }] }],
  ])('rejects a file with %s', (_label, raw) => {
    const e = errorOf(() => validateGoldFile(raw, 'g.json'));
    expect(isZhkgError(e) && e.code).toBe('E_GOLD_INVALID');
  });

  it('accepts a bare string for type and p, and relation endpoints naming optional entities', () => {
    const g = validateGoldFile(
      {
        article: ' a.txt ',
        entities: [{ name: '甲', type: 'Company' }],
        optional_entities: [{ name: '乙', type: 'Company' }],
        optional_relations: [{ s: '甲', p: 'PARTNERS_WITH', o: '乙' }],
      },
      'g.json',
    );
    expect(g.article).toBe('a.txt');
    expect(g.optionalRelations).toEqual([{ s: '甲', p: ['PARTNERS_WITH'], o: '乙' }]);
  });

  it('throws E_GOLD_INVALID with the file name for invalid JSON', () => {
    const e = errorOf(() => readGoldFile(`${fixtures}articles/alpha.txt`));
    expect(isZhkgError(e) && e.code).toBe('E_GOLD_INVALID');
    expect((e as Error).message).toContain('alpha.txt');
  });

  it('validates the worked example of the guidelines shape', () => {
    const g = validateGoldFile(
      { article: '000.txt', note: 'extra fields are allowed', entities: [{ name: 'FICO', en: 'FICO', type: ['Company', 'Product'] }] },
      'g.json',
    );
    expect(g.entities[0]!.en).toBe('FICO');
  });
});
