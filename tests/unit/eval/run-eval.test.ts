import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runEval } from '../../../src/eval/run-eval.ts';
import { resolveGoldArticles } from '../../../src/eval/resolve-gold-article.ts';
import type { ArticleResult } from '../../../src/types.ts';
import { buildResult } from './build-result.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/eval/', import.meta.url));
const articlesRoot = join(fixtures, 'articles');
const goldDirs = [join(fixtures, 'gold/dev'), join(fixtures, 'gold/heldout')];

/** A fake pipeline: fixed output per article file name, recording how it was called. */
function fakeRun(outputs: Record<string, (source: string) => ArticleResult>) {
  const calls: string[][] = [];
  const run = async (files: string[]): Promise<ArticleResult[]> => {
    calls.push(files);
    return files.flatMap((f) => {
      const make = outputs[f.split('/').pop()!];
      return make === undefined ? [] : [make(f)];
    });
  };
  return { run, calls };
}

describe('runEval', () => {
  it('runs the pipeline once over every found article, scores each, and aggregates per split and overall', async () => {
    const { run, calls } = fakeRun({
      'alpha.txt': (s) =>
        buildResult(s, [['a', 'Company', '甲'], ['z', 'Person', '张三'], ['x', 'Location', '北京']], [['z', 'LEADS', 'a']]),
      'beta.md': (s) => buildResult(s, [['b', 'Organization', '乙银行'], ['r', 'GovernmentBody', '监管机构']]),
      'gamma.md': (s) => buildResult(s, []),
    });
    const report = await runEval({ goldDirs, articlesRoot, run });

    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual([
      join(articlesRoot, 'alpha.txt'),
      join(articlesRoot, 'site-a/beta.md'),
      join(articlesRoot, 'site-b/gamma.md'),
    ]);
    expect(report.articles.map((a) => a.article)).toEqual(['alpha.txt', 'site-a/beta.md', 'gamma.md']);
    // entities: alpha 2/1/0, beta 1/0/0 (监管机构 optional), gamma 0/0/1
    expect(report.overall.entities).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75 });
    expect(report.overall.relations).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.splits.map((s) => [s.scores.articles, s.scores.entities.tp])).toEqual([[2, 3], [1, 0]]);
    // per outlet folder: the folder each article sits in, as the gold names it
    expect(report.byFolder.map((f) => [f.folder, f.scores.articles])).toEqual([['.', 2], ['site-a', 1]]);
  });

  it('reports a gold whose article is missing, or that got no result, as an error instead of throwing', async () => {
    const { run } = fakeRun({ 'alpha.txt': (s) => buildResult(s, []) });
    const report = await runEval({ goldDirs, articlesRoot, run });
    expect(report.articles.map((a) => a.article)).toEqual(['alpha.txt']);
    expect(report.errors.map((e) => [e.goldFile.split('/').pop(), e.message.includes('not found')])).toEqual([
      ['beta.json', false],
      ['gamma.json', false],
      ['missing.json', true],
    ]);
  });

  it('pairs results by doc.article.source even when the pipeline returns them reordered', async () => {
    const { run: inner } = fakeRun({
      'alpha.txt': (s) => buildResult(s, [['a', 'Company', '甲公司']]),
      'beta.md': (s) => buildResult(s, [['b', 'Company', '乙银行']]),
      'gamma.md': (s) => buildResult(s, [['c', 'Location', '丙市']]),
    });
    const report = await runEval({ goldDirs, articlesRoot, run: async (files) => (await inner(files)).reverse() });
    expect(report.articles.map((a) => a.entities.tp)).toEqual([1, 1, 1]);
  });
});

describe('resolveGoldArticles', () => {
  it.each([
    ['a path relative to the root', 'site-a/beta.md', { path: join(articlesRoot, 'site-a/beta.md') }],
    ['a bare name found by searching', 'gamma.md', { path: join(articlesRoot, 'site-b/gamma.md') }],
    ['a path whose tail is found under the root', 'x/../site-b/gamma.md', { path: join(articlesRoot, 'site-b/gamma.md') }],
  ])('resolves %s', (_label, article, expected) => {
    expect(resolveGoldArticles([article], articlesRoot)).toEqual([expected]);
  });

  it('tries several roots in order and takes the first that finds the article', () => {
    const roots = [join(articlesRoot, 'site-a'), join(articlesRoot, 'site-b')];
    expect(resolveGoldArticles(['beta.md', 'gamma.md'], roots)).toEqual([
      { path: join(articlesRoot, 'site-a/beta.md') },
      { path: join(articlesRoot, 'site-b/gamma.md') },
    ]);
    expect(resolveGoldArticles(['nope.md'], roots)[0]).toHaveProperty('error', expect.stringContaining('site-b'));
  });

  it.each([
    ['a bare name that two files share', 'beta.md', /ambiguous/],
    ['a name found nowhere', 'nope.md', /not found/],
  ])('reports %s', (_label, article, pattern) => {
    const [loc] = resolveGoldArticles([article], articlesRoot);
    expect(loc).toHaveProperty('error', expect.stringMatching(pattern));
  });
});
