import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../../src/load/markdown-blocks.ts';

describe('markdownBlocks', () => {
  it('keeps a figure caption and drops the figure', () => {
    const md = '第一段。\n\n<figure><img src="https://example.com/a.jpg" alt="圖"><figcaption>說明：<b>示威</b>現場</figcaption></figure>\n\n第二段。';
    expect(markdownBlocks(md)).toEqual({ paragraphs: ['第一段。', '第二段。'], captions: ['說明：示威現場'] });
  });

  it('drops markdown images, alone or inside a paragraph', () => {
    expect(markdownBlocks('![图片说明](https://example.com/a.png)\n\n正文')).toEqual({ paragraphs: ['正文'], captions: [] });
    expect(markdownBlocks('前文![alt](https://example.com/b.png)后文').paragraphs).toEqual(['前文后文']);
  });

  it('keeps the text of links', () => {
    expect(markdownBlocks('请看[这篇报道](https://example.com/news/1)。').paragraphs).toEqual(['请看这篇报道。']);
    expect(markdownBlocks('[文字](https://example.com)').paragraphs).toEqual(['文字']);
  });

  it('makes headings their own paragraphs, without the # marks', () => {
    expect(markdownBlocks('# 标题\n正文第一行\n## 小標題\n正文第二行').paragraphs).toEqual(['标题', '正文第一行', '小標題', '正文第二行']);
  });

  it('makes quote lines and list items their own paragraphs, without their marks', () => {
    expect(markdownBlocks('> 引文一\n> 引文二\n- 项目一\n* 項目二\n+ 项目三\n1. 第一项').paragraphs).toEqual(['引文一', '引文二', '项目一', '項目二', '项目三', '第一项']);
  });

  it('splits paragraphs at blank lines and joins soft line breaks inside one', () => {
    expect(markdownBlocks('第一行\n第二行\n\n  \n另一段\n\nhello\nworld').paragraphs).toEqual(['第一行第二行', '另一段', 'hello world']);
  });

  it('keeps a space at a hard line break (two trailing spaces or a backslash), so names listed one to a line stay apart', () => {
    expect(markdownBlocks('甲乙有限公司  \n丙丁有限公司   \n戊己委员会').paragraphs).toEqual(['甲乙有限公司 丙丁有限公司 戊己委员会']);
    expect(markdownBlocks('第一行\\\n第二行').paragraphs).toEqual(['第一行 第二行']);
    expect(markdownBlocks('第一行 \n第二行').paragraphs).toEqual(['第一行第二行']);
  });

  it('treats CRLF line endings like LF', () => {
    expect(markdownBlocks('第一行\r\n第二行\r\n\r\n另一段').paragraphs).toEqual(['第一行第二行', '另一段']);
  });

  it('removes strikethrough and bold marks, keeping the text', () => {
    expect(markdownBlocks('这是~~删除~~和**粗体**和__强调__。').paragraphs).toEqual(['这是删除和粗体和强调。']);
  });

  it('unescapes markdown escapes', () => {
    expect(markdownBlocks('A \\| B \\* C \\[注\\]').paragraphs).toEqual(['A | B * C [注]']);
  });

  it('splits HTML <p> and <br> blocks into paragraphs and drops other tags', () => {
    expect(markdownBlocks('<p>第一段<span>文字</span></p><p class="x">第二段</p>').paragraphs).toEqual(['第一段文字', '第二段']);
    expect(markdownBlocks('<div>前<br>后<br/>再后</div>').paragraphs).toEqual(['前', '后', '再后']);
  });

  it('ends a paragraph at a closing block tag, so text after </h2> or </p> is its own paragraph', () => {
    expect(markdownBlocks('<h2>小標題</h2>\n正文第一句。').paragraphs).toEqual(['小標題', '正文第一句。']);
    expect(markdownBlocks('<p>第一段</p>第二段').paragraphs).toEqual(['第一段', '第二段']);
  });

  it('drops horizontal rule lines', () => {
    expect(markdownBlocks('第一段\n\n---\n\n第二段\n\n***\n\n___').paragraphs).toEqual(['第一段', '第二段']);
  });

  it('decodes &nbsp; and the other common entities', () => {
    expect(markdownBlocks('A&nbsp;B &amp; C &lt;D&gt; &quot;E&quot; &#39;F&#39; 1&#8211;2').paragraphs).toEqual(['A B & C <D> "E" \'F\' 1–2']);
  });

  it('drops HTML comments', () => {
    expect(markdownBlocks('正文<!-- 注释\n\n跨行 -->继续').paragraphs).toEqual(['正文继续']);
  });

  it('gives no paragraphs for an empty body', () => {
    expect(markdownBlocks('')).toEqual({ paragraphs: [], captions: [] });
  });
});

describe('markdownBlocks on hostile text', () => {
  // Each of these openers without its closer made the old patterns rescan the rest of the text: 200 KB took minutes.
  it.each(['<figure ', '<!-- ', '<figcaption ', '[文字 ', '![图 ', '<a href '])('stays linear on 40,000 × %j without a closer', (unit) => {
    const blocks = markdownBlocks(`${unit.repeat(40_000)}\n\n正文。`);
    expect(blocks.paragraphs.at(-1)).toBe('正文。');
  }, 10_000);
});
