import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../../src/load/load-article.ts';
import { findBylines } from '../../../src/load/find-bylines.ts';
import { cleanParagraphs } from '../../../src/load/clean-paragraphs.ts';
import { cleanWebParagraphs } from '../../../src/load/clean-web-paragraphs.ts';
import { headerLines } from '../../../src/load/header-lines.ts';
import { findRepost } from '../../../src/load/find-repost.ts';

// Hand-made pages in the conventions of mainland portals (invented text, no real article).
const load = (text: string, source = 'x/1.html') => loadArticle(source, text, 'hash');
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const STORY =
  '<p>测试公司周一宣布完成新一轮融资，金额达到一亿元人民币，投资方包括多家知名机构，公司估值随之上升。</p>' +
  '<p>该公司创始人表示，资金将用于研发和市场拓展，明年计划进入海外市场，并招聘更多工程师和销售人员。</p>';

describe('portal pages: the site named by the <title> element', () => {
  it('takes the host from the <title> suffix when og:title names no site, and the source line names the original', () => {
    const a = load(page('<title>测试公司完成融资_网易新闻</title><meta property="og:title" content="测试公司完成融资">', `<h1>测试公司完成融资</h1><div class="post_time_source">2020-05-06 10:43:20　来源: 新京报</div><div class="post_body">${STORY}</div>`));
    expect(a).toMatchObject({ title: '测试公司完成融资', outlet: '网易新闻', originalOutlet: '新京报' });
  });

  it('keeps the og:title site when there is one', () => {
    const a = load(page('<title>测试公司完成融资_网易新闻</title><meta property="og:title" content="测试公司完成融资-新浪新闻">', `<h1>测试公司完成融资</h1>${STORY}`));
    expect(a.outlet).toBe('新浪新闻');
  });

  it('takes the headline when og:title is cut short by a quote inside its attribute', () => {
    const a = load(page('<title>x</title><meta property="og:title" content="测试奖揭晓！" 首位获奖者是谁？"="">', `<h1>测试奖揭晓！"首位获奖者是谁？"</h1>${STORY}`));
    expect(a.title).toBe('测试奖揭晓！"首位获奖者是谁？"');
  });

  it('keeps og:title when the headline is another text', () => {
    const a = load(page('<meta property="og:title" content="测试公司完成融资">', `<h1>测试频道</h1>${STORY}`));
    expect(a.title).toBe('测试公司完成融资');
  });
});

describe('portal pages: source and editor footers', () => {
  it('reads an editor with a staff code', () => {
    expect(findBylines(['正文。', '责任编辑：王测试_NN1234'])).toEqual({ reporters: [], editors: ['王测试'] });
  });

  it('does not read a name followed by other text as an editor', () => {
    expect(findBylines(['正文。', '责任编辑：王测试_说明文字'])).toEqual({ reporters: [], editors: [] });
  });

  it('drops the source-and-editor footer from the text', () => {
    expect(cleanWebParagraphs(['测试市今天宣布了新政策。', '本文来源：新京报责任编辑：王测试_NBJ1234'])).toEqual(['测试市今天宣布了新政策。']);
  });

  it('keeps a sentence that mentions a source and an editor', () => {
    const p = '来源：据测试日报报道，该报编辑：王测试说，新政策将在下月实施。';
    expect(cleanWebParagraphs([p])).toEqual([p]);
  });

  it('ends the article at a 延伸 · 推荐 heading', () => {
    expect(cleanParagraphs(['测试市今天宣布了新政策。', '延伸 · 推荐', '另一篇测试文章'])).toEqual(['测试市今天宣布了新政策。']);
  });
});

describe('portal pages: a header that prints the source as a bare link after the time', () => {
  it('names the original when the outlet table knows the name', () => {
    const a = load(page('<link rel="canonical" href="https://stock.hexun.com/2019-09-26/1.html">', `<h1>测试</h1><div class="tip"><span>2019-09-26 10:56:28</span> <a href="http://x.stcn.com/1.shtml">证券时报网</a></div><div class="art_context">${STORY}</div>`));
    expect(a).toMatchObject({ outlet: '和讯网', originalOutlet: '证券时报' });
  });

  it('names none after a name it does not know', () => {
    const a = load(page('<link rel="canonical" href="https://stock.hexun.com/2019-09-26/2.html">', `<h1>测试</h1><div class="tip"><span>2019-09-26 10:56:28</span> <a href="/u/1">测试君</a></div>${STORY}`));
    expect(a.originalOutlet).toBeUndefined();
  });
});

describe('headerLines: the page lines between the headline and the article text', () => {
  const body = ['测试公司周一宣布完成新一轮融资，金额达到一亿元人民币。', '该公司创始人表示，资金将用于研发。'];
  const pageLines = ['首页 资讯', '测试', '2019年11月25日 07:46', '来源：测试日报', ...body, '关于我们'];

  it('are the short lines after the headline and before the first line of the text', () => {
    expect(headerLines(pageLines, body, '测试')).toEqual(['2019年11月25日 07:46', '来源：测试日报']);
  });

  it('are none when the text does not start on the page', () => {
    expect(headerLines(pageLines, ['另一篇文章的第一段，内容与本页无关，长度超过二十个字。'], '测试')).toEqual([]);
  });

  it('give the source line to findRepost', () => {
    expect(findRepost(headerLines(pageLines, body, '测试'), '凤凰网')).toEqual({ outlet: '测试日报', rule: 'repost-source' });
  });
});

describe('portal pages that name no host of their own but name their original', () => {
  const body = `<h1>测试</h1><div class="time">2019-09-07 15:10:53字号：A-A A+来源：测试网</div><div class="content">${STORY}</div>`;

  it('are published by the site their folder is named after, and cite the original', () => {
    expect(load(page('<title>测试</title>', body), 'saved/guancha/2.html')).toMatchObject({ outlet: '观察者网', originalOutlet: '测试网' });
  });

  it('are published by the original when no folder names a site', () => {
    const a = load(page('<title>测试</title>', body), 'saved/misc/2.html');
    expect(a.outlet).toBe('测试网');
    expect(a.originalOutlet).toBeUndefined();
  });
});
