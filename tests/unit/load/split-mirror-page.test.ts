import { describe, expect, it } from 'vitest';
import { splitMirrorPage } from '../../../src/load/split-mirror-page.ts';

const page = (body: string) => `### 某地工厂停产\n------------------------\n\n#### [首页](https://example.com/) &nbsp;|&nbsp; [真相](https://example.com/b)\n\n${body}\n\n原文链接：https://example.com/a/1.html\n`;

describe('splitMirrorPage', () => {
  it('drops the mirror promotion headings that hold a link, whatever opens them', () => {
    const split = splitMirrorPage(page('<p>青州工厂昨日停产。</p>\n\n#### 💥 [《某片》 - 广场真相](http://192.0.2.1:10000/a.html)&nbsp; |&nbsp; [揭秘](http://192.0.2.1/b)\n\n#### 网站代理：[某新闻网](http://192.0.2.2/gb/) &nbsp;|&nbsp; [某电视台](http://192.0.2.2:8808/)\n\n<p>工人等待复工。</p>'))!;
    expect(split.title).toBe('某地工厂停产');
    expect(split.hasNav).toBe(true);
    expect(split.body).not.toContain('广场真相');
    expect(split.body).not.toContain('网站代理');
    expect(split.body).toContain('青州工厂昨日停产。');
    expect(split.body).toContain('工人等待复工。');
  });

  it('keeps a heading without a link', () => {
    expect(splitMirrorPage(page('#### 小标题\n\n<p>正文。</p>'))!.body).toContain('小标题');
  });
});
