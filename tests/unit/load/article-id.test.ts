import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleId, canonicalUrl, type IdSource, textHash } from '../../../src/load/article-id.ts';

const TEXT = { title: '香港立法會通過新法', paragraphs: ['第一段。', '第二段。'] };

function idOf(url: string): string {
  return articleId({ url, ...TEXT });
}

function sha16(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

describe('articleId from outlet URLs', () => {
  it.each([
    ['https://www.epochtimes.com/gb/21/6/23/n13042441.htm', 'n13042441'],
    ['https://www.epochtimes.com/b5/21/6/23/n13042441.html?utm_source=x#a', 'n13042441'],
    ['https://www.reuters.com/article/china-economy-idCNKCS1LN17I', 'idCNKCS1LN17I'],
    ['https://cn.reuters.com/article/idCNKCS1LN17I?feedType=RSS&feedName=topNews', 'idCNKCS1LN17I'],
    ['https://www.voachinese.com/a/rubio-gua/4553286.html', '4553286'],
    ['https://www.voacantonese.com/a/4553286.html', '4553286'],
  ])('keeps the outlet id of %s bare', (url, id) => {
    expect(idOf(url)).toBe(id);
  });

  it('gives hkcnews ids whatever the slug after the id', () => {
    expect(idOf('https://www.hkcnews.com/article/17541')).toBe('hkcnews-17541');
    expect(idOf('https://www.hkcnews.com/article/17541/some-slug')).toBe('hkcnews-17541');
    expect(idOf('https://www.hkcnews.com/article/17541/另一個標題-眾新聞?ref=x')).toBe('hkcnews-17541');
    expect(idOf('https://www.hkcnews.com/article/17542/some-slug')).toBe('hkcnews-17542');
  });
});

describe('articleId from other URLs', () => {
  it('is url- and the first 16 hex of the sha256 of the canonical URL', () => {
    expect(idOf('https://example.com/news/a')).toBe(`url-${sha16('https://example.com/news/a')}`);
    expect(idOf('https://example.com/news/a')).toMatch(/^url-[0-9a-f]{16}$/);
  });

  it('is the same for http/https, www., a trailing slash, a fragment and tracking parameters', () => {
    const id = idOf('https://example.com/news/a');
    for (const url of [
      'http://example.com/news/a',
      'https://www.example.com/news/a',
      'https://EXAMPLE.com/news/a/',
      'https://example.com/news/a#comments',
      'https://example.com/news/a?utm_source=twitter&utm_medium=social',
      'http://www.example.com/news/a/?spm=a2c4g.1&from=timeline#top',
    ]) {
      expect(idOf(url), url).toBe(id);
    }
  });

  it('differs when a real query parameter differs, whatever the parameter order', () => {
    expect(idOf('https://example.com/news?id=1')).not.toBe(idOf('https://example.com/news?id=2'));
    expect(idOf('https://example.com/news?id=1')).not.toBe(idOf('https://example.com/news'));
    expect(idOf('https://example.com/news?a=1&b=2')).toBe(idOf('https://example.com/news?b=2&a=1&utm_campaign=x'));
  });

  it('differs for different paths and hosts', () => {
    expect(idOf('https://example.com/news/a')).not.toBe(idOf('https://example.com/news/b'));
    expect(idOf('https://example.com/news/a')).not.toBe(idOf('https://example.org/news/a'));
  });
});

describe('articleId without a URL', () => {
  it('is text- and the text hash of title and paragraphs', () => {
    const id = articleId(TEXT);
    expect(id).toMatch(/^text-[0-9a-f]{16}$/);
    expect(id).toBe(`text-${sha16('香港立法會通過新法\n第一段。\n第二段。')}`);
    expect(id).toBe(`text-${textHash(TEXT)}`);
  });

  it('gives two ids for two texts and one id for the same text', () => {
    expect(articleId({ title: '标题一', paragraphs: ['正文'] })).not.toBe(articleId({ title: '標題二', paragraphs: ['正文'] }));
    expect(articleId({ title: '标题', paragraphs: ['正文一'] })).not.toBe(articleId({ title: '标题', paragraphs: ['正文二'] }));
    expect(articleId({ title: '标题', paragraphs: ['正文'] })).toBe(articleId({ title: '标题', paragraphs: ['正文'] }));
  });

  it('never uses a file name: two pages both saved as 1.html differ, and one text saved twice is one id', () => {
    const a = { title: '台北市長選舉', paragraphs: ['投票率創新高。'], source: 'a/1.html' } as IdSource;
    const b = { title: '北京市政府发布通知', paragraphs: ['通知全文如下。'], source: 'b/1.html' } as IdSource;
    const aAgain = { title: '台北市長選舉', paragraphs: ['投票率創新高。'], source: 'c/2.html' } as IdSource;
    expect(articleId(a)).not.toBe(articleId(b));
    expect(articleId(a)).toBe(articleId(aAgain));
    expect(articleId(a)).not.toContain('1.html');
  });

  it('hashes the text when the URL is not a web address', () => {
    expect(articleId({ url: 'not a url', ...TEXT })).toBe(articleId(TEXT));
    expect(articleId({ url: 'file:///tmp/1.html', ...TEXT })).toBe(articleId(TEXT));
    expect(articleId({ url: '', ...TEXT })).toBe(articleId(TEXT));
  });
});

describe('canonicalUrl', () => {
  it('gives https, lower-case host without www., no fragment, no tracking parameters, sorted query, no trailing slash', () => {
    expect(canonicalUrl(' HTTP://WWW.Example.COM/News/A/?utm_medium=x&b=2&a=1&isappinstalled=0#frag ')).toBe('https://example.com/News/A?a=1&b=2');
    expect(canonicalUrl('https://example.com/')).toBe('https://example.com');
    expect(canonicalUrl('https://example.com/a?share=1')).toBe('https://example.com/a');
  });

  it('is undefined for non-http schemes and garbage', () => {
    for (const url of ['ftp://example.com/a', 'javascript:alert(1)', 'mailto:a@example.com', 'file:///tmp/a.html', 'data:text/html,x', 'not a url', '', '//example.com/a']) {
      expect(canonicalUrl(url), url).toBeUndefined();
    }
  });
});

describe('textHash', () => {
  it('is equal for the same title and paragraphs and different otherwise', () => {
    expect(textHash({ title: '標題', paragraphs: ['一', '二'] })).toBe(textHash({ title: '標題', paragraphs: ['一', '二'] }));
    expect(textHash({ title: '標題', paragraphs: ['一', '二'] })).toBe(sha16('標題\n一\n二'));
    expect(textHash({ title: '標題', paragraphs: ['一', '二'] })).not.toBe(textHash({ title: '标题', paragraphs: ['一', '二'] }));
    expect(textHash({ title: '標題', paragraphs: ['一', '二'] })).not.toBe(textHash({ title: '標題', paragraphs: ['二', '一'] }));
  });

  it('does not depend on the URL', () => {
    const withUrl = { url: 'https://example.com/a', ...TEXT } as IdSource;
    expect(textHash(withUrl)).toBe(textHash(TEXT));
  });
});

describe('articleId on addresses that name no article, or another site', () => {
  const page = (url: string, body: string) => ({ url, title: '测试标题', paragraphs: [body] });

  it('does not take a home page given as og:url for the article: two articles stay two', () => {
    for (const home of ['https://www.example.com/', 'https://www.example.com', 'https://example.com/index.html', 'https://example.com/zh/']) {
      const a = articleId(page(home, '第一篇。'));
      const b = articleId(page(home, '第二篇。'));
      expect(a).toMatch(/^text-/);
      expect(a).not.toBe(b);
    }
  });

  it('reads an outlet id pattern only on that outlet\'s site', () => {
    expect(articleId(page('https://www.voachinese.com/a/test/4553286.html', 'x'))).toBe('4553286');
    expect(articleId(page('https://example.com/a/test/4553286.html', 'x'))).toMatch(/^url-/);
    expect(articleId(page('https://www.epochtimes.com/gb/21/6/23/n13042441.htm', 'x'))).toBe('n13042441');
    expect(articleId(page('https://example.com/news/n13042441.html', 'x'))).toMatch(/^url-/);
  });
});
