import { describe, expect, it } from 'vitest';
import { fieldText, splitFrontMatter } from '../../../src/load/front-matter.ts';

describe('splitFrontMatter', () => {
  it('reads a Hugo/Hexo block with quoted strings and a tags list', () => {
    const text = ['---', 'title: "香港記者協會：新聞自由"', "author: '張三'", 'date: "2021-06-23T10:00:00+08:00"', 'tags:', '  - 新聞', '  - 香港', 'categories: [时政, 国际]', '---', '正文第一段。'].join('\n');
    expect(splitFrontMatter(text)).toEqual({
      data: { title: '香港記者協會：新聞自由', author: '張三', date: '2021-06-23T10:00:00+08:00', tags: ['新聞', '香港'], categories: ['时政', '国际'] },
      body: '正文第一段。',
    });
  });

  it('reads a Jekyll block with blank lines between fields and keeps an unquoted date as the string printed', () => {
    const text = '---\nlayout: post\n\ntitle: 测试标题\n\ndate: 2019-01-13\n---\n正文';
    const fm = splitFrontMatter(text)!;
    expect(fm.data).toEqual({ layout: 'post', title: '测试标题', date: '2019-01-13' });
    expect(fm.data['date']).toBe('2019-01-13');
    expect(fieldText(fm.data, 'date')).toBe('2019-01-13');
    expect(fm.body).toBe('正文');
  });

  it('reads CRLF line endings and leaves no carriage return in the values or at the start of the body', () => {
    const fm = splitFrontMatter('---\r\ntitle: 標題\r\nauthor: 李四\r\n---\r\n第一段\r\n第二段');
    expect(fm).toEqual({ data: { title: '標題', author: '李四' }, body: '第一段\r\n第二段' });
  });

  it('reads a block after a byte-order mark', () => {
    expect(splitFrontMatter('\ufeff---\ntitle: 标题\n---\n正文')).toEqual({ data: { title: '标题' }, body: '正文' });
  });

  it('accepts a block closed by `...`', () => {
    expect(splitFrontMatter('---\ntitle: 标题\n...\n正文')).toEqual({ data: { title: '标题' }, body: '正文' });
  });

  it('accepts an opening and closing line with trailing spaces', () => {
    expect(splitFrontMatter('---  \ntitle: 标题\n---\t\n正文')).toEqual({ data: { title: '标题' }, body: '正文' });
  });

  it('gives as body exactly what follows the closing line, later `---` lines included', () => {
    expect(splitFrontMatter('---\ntitle: 标题\n---\n正文\n---\n更多')!.body).toBe('正文\n---\n更多');
    expect(splitFrontMatter('---\ntitle: 标题\n---\n\n第一段\n\n第二段')!.body).toBe('\n第一段\n\n第二段');
    expect(splitFrontMatter('---\ntitle: 标题\n---')!.body).toBe('');
  });

  it('is undefined for text that does not start with a `---` line', () => {
    expect(splitFrontMatter('title: 标题\n---\n正文')).toBeUndefined();
    expect(splitFrontMatter('正文\n---\ntitle: 标题\n---\n')).toBeUndefined();
    expect(splitFrontMatter(' ---\ntitle: 标题\n---\n')).toBeUndefined();
    expect(splitFrontMatter('----\ntitle: 标题\n---\n')).toBeUndefined();
  });

  it('is undefined for an unclosed block', () => {
    expect(splitFrontMatter('---\ntitle: 标题\n正文没有结束线')).toBeUndefined();
  });

  it('is undefined for YAML that is not a mapping', () => {
    expect(splitFrontMatter('---\n- 一\n- 二\n---\n正文')).toBeUndefined();
    expect(splitFrontMatter('---\n只是一句话\n---\n正文')).toBeUndefined();
    expect(splitFrontMatter('---\n42\n---\n正文')).toBeUndefined();
    expect(splitFrontMatter('---\n---\n正文')).toBeUndefined();
  });

  it('is undefined for invalid YAML', () => {
    expect(splitFrontMatter('---\ntitle: "unclosed\n---\n正文')).toBeUndefined();
  });

  it('is undefined for a front matter longer than 64 Ki characters, but reads one just under that', () => {
    const long = `---\ntitle: "${'长'.repeat(70 * 1024)}"\n---\n正文`;
    expect(splitFrontMatter(long)).toBeUndefined();
    const short = `---\ntitle: "${'长'.repeat(60 * 1024)}"\n---\n正文`;
    expect(splitFrontMatter(short)?.body).toBe('正文');
  });
});

describe('fieldText', () => {
  it('gives the first key whose value is not empty', () => {
    const data = { subtitle: '', summary: '   ', title: ' 標題 ', name: '别的' };
    expect(fieldText(data, 'missing', 'subtitle', 'summary', 'title', 'name')).toBe('標題');
  });

  it('joins lists of strings with 、 and skips items that are not strings', () => {
    expect(fieldText({ tags: ['新聞', '香港', 3, null, '政治'] }, 'tags')).toBe('新聞、香港、政治');
    expect(fieldText({ tags: [], title: '标题' }, 'tags', 'title')).toBe('标题');
  });

  it('prints numbers and dates', () => {
    expect(fieldText({ year: 2019 }, 'year')).toBe('2019');
    expect(fieldText({ n: 0 }, 'n')).toBe('0');
    expect(fieldText({ date: new Date('2019-01-13T00:00:00Z') }, 'date')).toBe('2019-01-13T00:00:00.000Z');
  });

  it('is undefined for missing keys and for values that are not text', () => {
    expect(fieldText({ title: '标题' }, 'author')).toBeUndefined();
    expect(fieldText({ author: { name: '张三' }, draft: true, x: null }, 'author', 'draft', 'x')).toBeUndefined();
    expect(fieldText({ title: '标题' })).toBeUndefined();
  });
});
