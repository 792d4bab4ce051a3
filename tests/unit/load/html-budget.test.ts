import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../../src/load/load-article.ts';
import { HTML_BUDGET, READABILITY_BUDGET } from '../../../src/load/html-budget.ts';
import { isZhkgError } from '../../../src/errors.ts';

const TEXT = '新华社北京6月23日电 中国外交部发言人华春莹表示，美国政府应当停止干涉中国内政。';
const page = (body: string, head = '<title>深层页面</title>'): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const nested = (n: number, tag = 'div'): string => `<${tag}>`.repeat(n) + `<p>${TEXT}</p>` + `</${tag}>`.repeat(n);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isZhkgError(e) ? `${e.code} ${e.file}` : String(e);
  }
  return undefined;
}

// Each of these took minutes, overflowed the stack or filled gigabytes before the budget; none may now.
describe('HTML budget', () => {
  it('refuses a page of 100,000 nested divs with E_INPUT_TOO_COMPLEX naming the file', () => {
    expect(codeOf(() => loadArticle('deep.html', page(nested(100_000)), 'hash'))).toBe('E_INPUT_TOO_COMPLEX deep.html');
  });

  it('refuses a page with more attributes than the budget', () => {
    const attrs = Array.from({ length: HTML_BUDGET.attributes + 1 }, (_, i) => `a${i}="x"`).join(' ');
    expect(codeOf(() => loadArticle('attrs.html', page(`<div ${attrs}><p>${TEXT}</p></div>`), 'hash'))).toBe(
      'E_INPUT_TOO_COMPLEX attrs.html',
    );
  });

  it('reads a page deeper than Readability may see by the plain block walk, headline and title included', () => {
    const depth = HTML_BUDGET.depth - 10;
    expect(depth).toBeGreaterThan(READABILITY_BUDGET.depth);
    const a = loadArticle('deep.html', page(`<h1>${'<span>'.repeat(depth)}深层标题${'</span>'.repeat(depth)}</h1>${nested(depth)}`, ''), 'hash');
    expect(a.title).toBe('深层标题');
    expect(a.paragraphs).toContain(TEXT);
  });

  it('reads deep 2018 mirror pages too (their own walks do not recurse)', () => {
    const depth = HTML_BUDGET.depth - 10;
    const body = `<div class="post_content">${nested(depth)}<a href="https://www.epochtimes.com/gb/tag/%E5%8D%8E%E4%B8%BA.html">华为</a></div>`;
    const md = `### 深层页面\n------------------------\n\n${body}\n\n原文链接：http://www.epochtimes.com/gb/18/6/23/n1.htm\n\n\n------------------------\n#### [禁闻聚合首页](https://github.com/gfw-breaker/banned-news/blob/master/README.md)\n`;
    const a = loadArticle('deep.md', md, 'hash');
    expect(a.format).toBe('epoch-2018');
    expect(a.paragraphs.join('')).toContain('华春莹');
    expect(a.hints.map((h) => h.name)).toContain('华为');
  });
});
