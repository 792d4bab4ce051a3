import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint, runFingerprint } from '../../../src/cache/pipeline-fingerprint.ts';

const root = mkdtempSync(join(tmpdir(), 'zhkg-fp-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('codeFingerprint', () => {
  it('changes when a rule file or a data file changes, not when a writer does', () => {
    mkdirSync(join(root, 'src/extract'), { recursive: true });
    mkdirSync(join(root, 'src/write'), { recursive: true });
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'src/extract/rules.ts'), 'a');
    writeFileSync(join(root, 'data/lexicon.tsv'), 'x');
    const first = codeFingerprint(root);
    writeFileSync(join(root, 'src/write/graphml.ts'), 'changed');
    expect(codeFingerprint(root)).toBe(first);
    writeFileSync(join(root, 'src/extract/rules.ts'), 'b');
    const second = codeFingerprint(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'data/lexicon.tsv'), 'y');
    expect(codeFingerprint(root)).not.toBe(second);
  });

  it('of the installed code is stable within a process', () => {
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint()).toBe(codeFingerprint());
  });
});

describe('runFingerprint', () => {
  it('changes with an extra lexicon file’s contents, the size limit and the tagger switch', () => {
    const lex = join(root, 'extra.tsv');
    writeFileSync(lex, 'one');
    const a = runFingerprint({ lexiconFiles: [lex], maxBytes: 10 }, root);
    expect(runFingerprint({ lexiconFiles: [lex], maxBytes: 11 }, root)).not.toBe(a);
    expect(runFingerprint({ lexiconFiles: [lex], maxBytes: 10, tagger: false }, root)).not.toBe(a);
    expect(runFingerprint({ lexiconFiles: [lex], maxBytes: 10, tagger: true }, root)).toBe(a);
    writeFileSync(lex, 'two');
    expect(runFingerprint({ lexiconFiles: [lex], maxBytes: 10 }, root)).not.toBe(a);
  });
});
