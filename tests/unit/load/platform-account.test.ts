import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../../src/load/load-article.ts';
import { dateFromTimestamp } from '../../../src/load/parse-dates.ts';

// Hand-made pages in the markup of account platforms (invented text and accounts).
const load = (text: string, source = 'x/1.html') => loadArticle(source, text, 'hash');
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const STORY =
  '<p>测试公司周一宣布完成新一轮融资，金额达到一亿元人民币，投资方包括多家知名机构，公司估值随之上升。</p>' +
  '<p>该公司创始人表示，资金将用于研发和市场拓展，明年计划进入海外市场，并招聘更多工程师和销售人员。</p>';

describe('the account that posted a page of an account platform is its publisher', () => {
  it.each([
    ['百家号', '<link rel="canonical" href="https://baijiahao.baidu.com/s?id=1">', `<div class="author-txt"><p class="author-name">测试之家</p></div><div class="article-content">${STORY}</div>`, '测试之家'],
    ['头条号 article', '<link rel="canonical" href="https://www.toutiao.com/a1/">', `<div class="article-box"><h1>测试</h1><div class="article-sub"><!----> <span>测试网</span> <span>2019-11-25 10:37:31</span></div><div class="article-content">${STORY}</div></div>`, '测试网'],
    ['头条号 gallery', '<link rel="canonical" href="https://www.toutiao.com/a2/">', `<div class="pgc"><a class="media-user" href="/c/user/1/"><img src="x"> <span>测试旅行</span></a></div>${STORY}`, '测试旅行'],
    ['企鹅号 without a URL', '<title>测试</title>', `<a class="author" href="//new.qq.com/omn/author/1"><div>测试眼</div><span class="qiehao">企鹅号</span></a>${STORY}`, '测试眼'],
  ])('%s', (_label, head, body, outlet) => {
    expect(load(page(head, body)).outlet).toBe(outlet);
  });

  it('takes the canonical name of an account the outlet table knows', () => {
    const a = load(page('<link rel="canonical" href="https://www.toutiao.com/a3/">', `<div class="article-box"><div class="article-sub"><span>新京報</span></div>${STORY}</div>`));
    expect(a.outlet).toBe('新京报');
  });

  it('reads no account from another site\'s markup that looks alike', () => {
    const a = load(page('<link rel="canonical" href="https://news.163.com/20/0506/test.html">', `<div class="author-txt"><p class="author-name">测试之家</p></div>${STORY}`));
    expect(a.outlet).toBe('网易新闻');
  });

  it('reads no date or label as an account', () => {
    const a = load(page('<link rel="canonical" href="https://www.toutiao.com/a4/">', `<div class="article-box"><div class="article-sub"><span>原创</span><span>2019-11-25 10:37</span></div>${STORY}</div>`));
    expect(a.outlet).toBe('头条号');
  });
});

describe('page dates', () => {
  it('read a timestamp without leading zeros (2019-9-7 21:30:50)', () => {
    expect(dateFromTimestamp('2019-9-7 21:30:50')).toBe('2019-09-07');
  });

  it('read no date from a number that runs on', () => {
    expect(dateFromTimestamp('2019-09-123')).toBeUndefined();
  });
});
