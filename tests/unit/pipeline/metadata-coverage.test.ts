import { describe, expect, it } from 'vitest';
import { GENERIC_LAYOUTS, isRealTitle, metadataCoverage } from '../../../src/pipeline/metadata-coverage.ts';
import type { LoadedArticle } from '../../../src/types.ts';

function article(source: string, format: string, fields: Partial<LoadedArticle> = {}): LoadedArticle {
  return { id: source, source, format, title: '标题', reporters: [], editors: [], paragraphs: [], captions: [], hints: [], contentHash: '0', ...fields };
}

describe('isRealTitle', () => {
  it.each([
    ['---', false],
    ['###', false],
    ['', false],
    ['   ', false],
    ['***', false],
    ['=== ___', false],
    ['——', false],
    ['選擇', true],
    ['A', true],
    ['2021', true],
    ['# 标题', true],
  ])('%j is real: %s', (title, real) => {
    expect(isRealTitle(title)).toBe(real);
  });
});

describe('metadataCoverage', () => {
  it('counts articles and found metadata per format', () => {
    const coverage = metadataCoverage([
      article('a.htm', 'epoch-2018', { title: '大紀元新聞', outlet: '大纪元', date: '2018-01-02', reporters: ['张三'] }),
      article('b.htm', 'epoch-2018', { title: '---', outlet: '大纪元' }),
      article('c.html', 'html', { title: '選擇', date: '2020-05-06' }),
      article('d.txt', 'text', { title: '' }),
      article('e.htm', 'epoch-2018', { title: '另一篇', date: '2018-03-04' }),
    ]);
    expect(coverage.byLayout).toEqual({
      'epoch-2018': { articles: 3, title: 2, outlet: 2, date: 2, byline: 1 },
      html: { articles: 1, title: 1, outlet: 0, date: 1, byline: 0 },
      text: { articles: 1, title: 0, outlet: 0, date: 0, byline: 0 },
    });
  });

  it('counts a byline when the article has reporters or editors', () => {
    const coverage = metadataCoverage([
      article('1', 'html', { reporters: ['陳大文'] }),
      article('2', 'html', { editors: ['刘洋'] }),
      article('3', 'html', { reporters: ['甲', '乙'], editors: ['丙'] }),
      article('4', 'html'),
    ]);
    expect(coverage.byLayout['html']).toEqual({ articles: 4, title: 4, outlet: 0, date: 0, byline: 3 });
  });

  it('lists pages read by a generic layout after a specific one failed, in input order', () => {
    const coverage = metadataCoverage([
      article('x/1.html', 'html', { fallbackFrom: 'voa-2018' }),
      article('x/2.html', 'epoch-2018'),
      article('x/3.txt', 'text', { fallbackFrom: 'mirror-2021' }),
    ]);
    expect(coverage.fallbacks).toEqual([
      { source: 'x/1.html', layout: 'voa-2018', readAs: 'html' },
      { source: 'x/3.txt', layout: 'mirror-2021', readAs: 'text' },
    ]);
  });

  it('lists the generic layouts html and text only when articles used them', () => {
    expect(GENERIC_LAYOUTS).toEqual(['html', 'text']);
    expect(metadataCoverage([article('1', 'epoch-2018')]).generic).toEqual([]);
    expect(metadataCoverage([article('1', 'epoch-2018'), article('2', 'html')]).generic).toEqual(['html']);
    expect(metadataCoverage([article('1', 'text'), article('2', 'html')]).generic).toEqual(['html', 'text']);
  });

  it('is empty for no articles', () => {
    expect(metadataCoverage([])).toEqual({ byLayout: {}, generic: [], fallbacks: [] });
  });
});
