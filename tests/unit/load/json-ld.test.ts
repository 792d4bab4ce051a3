import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../src/load/json-ld.ts';
import { parseHtml } from '../../../src/load/parse-html.ts';

/** A page with one `<script type="application/ld+json">` per block, each block given as JSON text. */
function page(...blocks: string[]): string {
  const scripts = blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('\n');
  return `<!doctype html><html><head><title>頁面</title>${scripts}</head><body><p>正文</p></body></html>`;
}

function read(...blocks: unknown[]): ReturnType<typeof readJsonLd> {
  return readJsonLd(parseHtml(page(...blocks.map((b) => (typeof b === 'string' ? b : JSON.stringify(b))))));
}

describe('readJsonLd', () => {
  it('reads headline, date, an author object, publisher name and url of a NewsArticle', () => {
    expect(
      read({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: ' 香港立法會通過新法 ',
        datePublished: '2021-06-23T10:00:00+08:00',
        author: { '@type': 'Person', name: '陳大文', url: 'https://example.com/author/chan' },
        publisher: { '@type': 'Organization', name: '中央社', logo: { '@type': 'ImageObject', url: 'https://example.com/logo.png' } },
        url: 'https://example.com/news/1',
      }),
    ).toEqual({ headline: '香港立法會通過新法', datePublished: '2021-06-23T10:00:00+08:00', authors: ['陳大文'], publisher: '中央社', url: 'https://example.com/news/1' });
  });

  it('reads an author array of objects, and an author given as a string', () => {
    expect(read({ '@type': 'NewsArticle', headline: '标题', author: [{ name: '张三' }, { '@type': 'Person', name: '李四' }] })?.authors).toEqual(['张三', '李四']);
    expect(read({ '@type': 'NewsArticle', headline: '标题', author: '王五' })?.authors).toEqual(['王五']);
    expect(read({ '@type': 'NewsArticle', headline: '标题' })?.authors).toEqual([]);
  });

  it('leaves out authors that are only URLs', () => {
    const authors = read({ '@type': 'NewsArticle', headline: '标题', author: ['https://example.com/author/a', { '@id': 'https://example.com/#/person/b' }, { name: '趙六' }] })?.authors;
    expect(authors).toEqual(['趙六']);
  });

  it('prefers url, then mainEntityOfPage as a string, then mainEntityOfPage @id', () => {
    expect(read({ '@type': 'NewsArticle', url: 'https://example.com/a', mainEntityOfPage: 'https://example.com/b' })?.url).toBe('https://example.com/a');
    expect(read({ '@type': 'NewsArticle', mainEntityOfPage: 'https://example.com/b' })?.url).toBe('https://example.com/b');
    expect(read({ '@type': 'NewsArticle', mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.com/c' } })?.url).toBe('https://example.com/c');
    expect(read({ '@type': 'NewsArticle', headline: '标题' })?.url).toBeUndefined();
  });

  it('falls back to name for the headline and dateCreated for the date', () => {
    expect(read({ '@type': 'Article', name: '名稱', dateCreated: '2020-01-02' })).toEqual({ headline: '名稱', datePublished: '2020-01-02', authors: [], publisher: undefined, url: undefined });
  });

  it('finds the article in an @graph list next to a WebSite', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: '某新闻网', url: 'https://example.com/' },
        { '@type': 'NewsArticle', headline: '图中的文章', datePublished: '2022-03-04', author: { name: '孙七' }, url: 'https://example.com/news/2' },
      ],
    };
    expect(read(graph)).toEqual({ headline: '图中的文章', datePublished: '2022-03-04', authors: ['孙七'], publisher: undefined, url: 'https://example.com/news/2' });
  });

  it('prefers a NewsArticle to a WebPage listed before it in the same @graph', () => {
    const graph = {
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://example.com/news/3', name: '頁面標題 - 某新聞網' },
        { '@type': 'NewsArticle', headline: '文章標題', author: { name: '周八' }, mainEntityOfPage: { '@id': 'https://example.com/news/3' } },
      ],
    };
    expect(read(graph)).toMatchObject({ headline: '文章標題', authors: ['周八'] });
  });

  it('reads an article whose @type is an array', () => {
    expect(read({ '@type': ['Thing', 'ReportageNewsArticle'], headline: '多类型' })?.headline).toBe('多类型');
  });

  it('reads an array of top-level objects', () => {
    expect(read([{ '@type': 'Organization', name: '机构' }, { '@type': 'BlogPosting', headline: '博文' }])?.headline).toBe('博文');
  });

  it('skips a block with broken JSON and reads the good one after it', () => {
    expect(read('{"@type": "NewsArticle", "headline": "壞的",', { '@type': 'NewsArticle', headline: '好的' })?.headline).toBe('好的');
  });

  it('skips a block without an article and reads the next block', () => {
    expect(read({ '@type': 'WebSite', name: '网站' }, { '@type': 'NewsArticle', headline: '第二块' })?.headline).toBe('第二块');
  });

  it('is undefined without JSON-LD, or when no block holds an article', () => {
    expect(readJsonLd(parseHtml('<html><head><script>var a = 1;</script></head><body><p>正文</p></body></html>'))).toBeUndefined();
    expect(read({ '@type': 'WebSite', name: '网站' }, { '@type': 'BreadcrumbList' })).toBeUndefined();
    expect(read('not json')).toBeUndefined();
  });
});
