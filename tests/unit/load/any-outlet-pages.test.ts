import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../../src/load/load-article.ts';
import { findDateline } from '../../../src/load/find-dateline.ts';
import { outletFromPath } from '../../../src/load/find-outlet.ts';

// Hand-made pages in the formats of the 2019–2022 collection; no real article text.
const load = (text: string, source = 'pages/page.md') => loadArticle(source, text, 'hash');

const FRONT_MATTER_HK = `---
title: "測試公司遭罰款"
date: "2021-07-17"
author: "記者林勵"
url: "https://web.archive.org/web/20210629041126/https://www.hkcnews.com/article/43442/%EF%BF%BD%EF%BF%BD"
original_url: "https://www.hkcnews.com/article/43442/%EF%BF%BD%EF%BF%BD"
---

# 測試公司遭罰款

<figure>
<img src="https://example.org/a.jpg" alt="">
<figcaption>測試公司總部。資料圖片</figcaption>
</figure>

證監會周五宣布，測試公司因披露失實被罰款一百萬元。

公司發言人表示，將會[研究](https://example.org/x)決定。
`;

const JEKYLL = `---

layout: post

title: 一个测试学校的消失

categories: Archive

date: 2019-01-13

---

原文来自「好奇心日报」：~~[一个测试学校的消失](https://qdaily.com/articles/1.html)~~

---

测试学校去年八月关闭，校长陈某如今在家看书。

作者：方测试
`;

const CDT = `[德国之声｜测试组织宣布解散](https://chinadigitaltimes.net/chinese/2020/07/test-1/)
------
日期：Thu, 02 Jul 2020 02:32:33 +0000

<p>测试组织周二宣布解散，成员各自离开。</p><p>该组织发言人表示，决定是无奈的。</p><p>李测试/张测试（综合报导）</p><p><small>&copy; 一朵后浪 for <a href="https://chinadigitaltimes.net/chinese">中国数字时代</a>, get_post_time('Y'). | Permalink | No comment</small></p>`;

const MIRROR_RFA = `### 测试公司被列入清单
------------------------

#### [首页](https://github.com/example/README.md) &nbsp;|&nbsp; [其他](https://example.org)

<div id="storytext"><p>测试公司周一被商务部列入清单。</p><p>该公司表示不服。</p><p>记者：高测试/责编：胡测试   网编：瑞测试</p></div>

原文地址（需翻墙访问）：https://www.rfa.org/mandarin/yataibaodao/jingmao/GF1-09212020070749.html
`;

describe('front matter pages', () => {
  it('read title, date, author, the outlet of the original URL inside an archive capture, and captions', () => {
    const a = load(FRONT_MATTER_HK, 'saved/article_43442.md');
    expect(a).toMatchObject({ format: 'front-matter-md', title: '測試公司遭罰款', outlet: '众新闻', date: '2021-07-17', reporters: ['林励'], id: 'hkcnews-43442' });
    expect(a.paragraphs[0]).toBe('證監會周五宣布，測試公司因披露失實被罰款一百萬元。');
    expect(a.paragraphs[1]).toBe('公司發言人表示，將會研究決定。');
    expect(a.captions).toEqual(['測試公司總部。資料圖片']);
  });

  it('take the host from the folder when the page names none, and the repost line names the original', () => {
    const a = load(JEKYLL, 'archive/terminus2049/2019-01-13-school.md');
    expect(a).toMatchObject({ title: '一个测试学校的消失', date: '2019-01-13', outlet: 'Terminus2049', originalOutlet: '好奇心日报', reporters: ['方测试'] });
  });

  it('are published by the original when neither page nor folder names a host', () => {
    const a = load(JEKYLL, 'my notes/2019-01-13-school.md');
    expect(a.outlet).toBe('好奇心日报');
    expect(a.originalOutlet).toBeUndefined();
  });
});

describe('link-title feed pages', () => {
  it('read the title, the site, the RFC 822 date, the source before the bar, credits and the poster', () => {
    const a = load(CDT, 'cdt/1_x.md');
    expect(a).toMatchObject({ format: 'link-title-md', title: '德国之声｜测试组织宣布解散', outlet: '中国数字时代', originalOutlet: '德国之声', date: '2020-07-02' });
    expect(a.reporters).toEqual(['李测试', '张测试']);
    expect(a.editors).toEqual(['一朵后浪']);
  });
});

describe('mirror pages', () => {
  it('take the URL from a 原文地址 footer: outlet, and the date an RFA URL stamps (MMDDYYYYhhmmss)', () => {
    const a = load(MIRROR_RFA, 'rfa/GF1-09212020070749.md');
    expect(a).toMatchObject({ format: 'mirror-2021', outlet: '自由亚洲电台', date: '2020-09-21', url: 'https://www.rfa.org/mandarin/yataibaodao/jingmao/GF1-09212020070749.html' });
    expect(a.reporters).toEqual(['高测试']);
    expect(a.editors).toEqual(['胡测试', '瑞测试']);
  });
});

describe('datelines of more outlets', () => {
  it.each([
    ['【希望之声2019年7月25日】（本台记者宇宁综合编译）英国新首相……', '希望之声', '2019-07-25'],
    ['【希望之聲2020年9月3日】正文', '希望之声', '2020-09-03'],
    ['【新唐人北京时间2019年06月24日讯】正文', '新唐人', '2019-06-24'],
    ['【看中国2020年8月8日讯】正文', '看中国网', '2020-08-08'],
  ])('%s', (p, outlet, date) => {
    expect(findDateline([p])).toMatchObject({ outlet, date });
  });
});

describe('the generic readers', () => {
  it('read a note that looks like a mirror page but is not one as text, and say so', () => {
    const a = load('# 测试说明\n\n这是一个说明文件，其中提到 <ok href="x"> 标签。\n', 'corpus/README.md');
    expect(a).toMatchObject({ format: 'text', fallbackFrom: 'mirror-2021', title: '测试说明' });
  });

  it('read a markdown page without a layout as text', () => {
    const a = load('# 测试标题\n\n测试正文第一段。\n', 'notes/a.md');
    expect(a).toMatchObject({ format: 'text', title: '测试标题', paragraphs: ['测试正文第一段。'] });
    expect(a.fallbackFrom).toBeUndefined();
  });
});

describe('HTML pages', () => {
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const paragraphs = '<article><p>测试公司周一宣布完成新一轮融资，金额达到一亿元人民币，投资方包括多家知名机构。</p><p>该公司创始人表示，资金将用于研发和市场拓展，明年计划进入海外市场，并招聘更多工程师。</p></article>';

  it('read headline, date, authors and publisher from JSON-LD', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '测试公司完成融资', datePublished: '2020-05-06T08:00:00+08:00', author: [{ '@type': 'Person', name: '王测试' }], publisher: { '@type': 'Organization', name: '新京报' } });
    const a = load(page(`<script type="application/ld+json">${ld}</script>`, paragraphs), 'x/1.html');
    expect(a).toMatchObject({ title: '测试公司完成融资', date: '2020-05-06', outlet: '新京报', reporters: ['王测试'] });
  });

  it('take writers from rel=author links, but no metadata that is not a name', () => {
    const a = load(page('<meta name="author" content="name, email@example.com">', `<div><a rel="author" href="/r/1">謝測試</a></div>${paragraphs}<span class="authorized">我已授权</span>`), 'x/2.html');
    expect(a.reporters).toEqual(['谢测试']);
  });

  it('name the original outlet of a portal page from its source line', () => {
    const a = load(page('<link rel="canonical" href="https://news.163.com/20/0506/test.html">', `<div class="post_info">2020-05-06 10:43:20　来源: 新京报</div>${paragraphs}`), 'x/3.html');
    expect(a.outlet).not.toBe('新京报');
    expect(a.originalOutlet).toBe('新京报');
  });

  it('take a WeChat account as the publisher of its page', () => {
    const a = load(page('<meta property="og:url" content="https://mp.weixin.qq.com/s/abc">', `<strong class="profile_nickname">测试科技</strong>${paragraphs}`), 'x/4.html');
    expect(a.outlet).toBe('测试科技');
  });
});

describe('article ids', () => {
  const plain = (body: string) => `测试标题\n\n${body}\n`;

  it('never come from the file name: two pages called 1.html are two articles, one page saved twice is one', () => {
    const a = load(plain('第一篇测试正文。'), 'netease/1.html');
    const b = load(plain('第二篇测试正文。'), 'cjddsb/1.html');
    const c = load(plain('第一篇测试正文。'), 'copy/another-name.txt');
    expect(a.id).not.toBe(b.id);
    expect([a.id, b.id]).not.toContain('1');
    expect(c.id).toBe(a.id);
    expect(a.id).toMatch(/^text-[0-9a-f]{16}$/);
  });
});

describe('outletFromPath', () => {
  it.each([
    ['corpus/hkcnews/article_1.md', '众新闻'],
    ['corpus/rfa/x.md', '自由亚洲电台'],
    ['/data/大紀元/2020/a.html', '大纪元'],
    ['corpus/terminus2049/a.md', 'Terminus2049'],
    ['corpus/misc/a.md', undefined],
    ['home/me/news/2021/a.txt', undefined], // news.qq.com's sub-domain label is no outlet's name
    ['saved/finance/a.html', undefined],
    ['saved/people/a.html', undefined],
    ['saved/udn/a.html', '联合报'], // udn.com, not its section money.udn.com
    ['saved/qq/a.html', undefined], // two letters are too short to name a site
    ['rfa.md', undefined],
  ])('%s', (path, outlet) => {
    expect(outletFromPath(path)).toBe(outlet);
  });
});

describe('text that is no prose', () => {
  it('is refused with E_INPUT_TOO_COMPLEX when 100,000 characters pass without a sentence mark', () => {
    const dump = '测试'.repeat(60_000);
    expect(() => load(`标题\n\n${dump}\n`, 'dump.txt')).toThrow(expect.objectContaining({ code: 'E_INPUT_TOO_COMPLEX', file: 'dump.txt' }));
  });

  it('reads a long text whose sentences end in marks', () => {
    const prose = '测试公司周一宣布成立。'.repeat(20_000);
    expect(load(`标题\n\n${prose}\n`, 'long.txt').paragraphs[0]!.length).toBe(prose.length);
  });
});
