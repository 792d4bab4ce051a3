import { describe, expect, it } from 'vitest';
import { measureHtml } from '../../../src/load/measure-html.ts';
import type { AnyNode, Element } from 'domhandler';
import { parseHtml } from '../../../src/load/parse-html.ts';

const nested = (n: number, inner = '<p>文字</p>'): string => '<div>'.repeat(n) + inner + '</div>'.repeat(n);

describe('measureHtml', () => {
  it('measures depth, elements and attributes as the DOM will have them', () => {
    expect(measureHtml('<html><body><div class="a" id=b><p>一<br>二</p></div></body></html>')).toEqual({
      depth: 4,
      elements: 5,
      attributes: 2,
    });
  });

  it('closes what htmlparser2 closes: <p> by a block, <li> by <li>, void elements at once', () => {
    expect(measureHtml('<body><p>一<p>二<div>三</div><ul><li>a<li>b<li>c</ul><img src=x><hr>').depth).toBe(3);
  });

  it('does not read markup inside script, style or comments, nor > inside quoted attributes', () => {
    const shape = measureHtml(`<div title="a>b" data-x='<div>'><script>${'<div>'.repeat(50)}</script><!-- <div><div> --><style>p{}</style></div>`);
    expect(shape).toEqual({ depth: 2, elements: 3, attributes: 2 });
  });

  it('nests <x/> in HTML (as the parser does) but not inside <svg>', () => {
    expect(measureHtml('<div/><div/><div/>').depth).toBe(3);
    expect(measureHtml('<svg><path/><path/><path/></svg>').depth).toBe(1);
  });

  it('counts a 100,000-deep page without recursing', () => {
    expect(measureHtml(nested(100_000)).depth).toBe(100_001);
  });

  it('stops as soon as a count passes its limit', () => {
    expect(measureHtml(nested(100_000), { depth: 10 }).depth).toBe(11);
    const attrs = Array.from({ length: 1000 }, (_, i) => `a${i}="x"`).join(' ');
    expect(measureHtml(`<div ${attrs}></div>`, { attributes: 100 }).attributes).toBe(101);
  });
});

describe('measureHtml agrees with the parser', () => {
  function parsedDepth(html: string): number {
    let max = 0;
    const stack: [AnyNode, number][] = parseHtml(html).root().contents().toArray().map((n) => [n, 1]);
    while (stack.length > 0) {
      const [n, d] = stack.pop()!;
      if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
      max = Math.max(max, d);
      for (const c of (n as Element).children) stack.push([c, d + 1]);
    }
    return max;
  }

  it.each(['<!-->', '<!--->', '<!---->', '<!-- 注释 -->', '<!doctype html>', '<?xml version="1.0"?>', ''])(
    'on nested divs after %j (an empty comment cannot hide the nesting that follows it)',
    (prefix) => {
      const html = `${prefix}${'<div>'.repeat(300)}正文${'</div>'.repeat(300)}`;
      expect(measureHtml(html).depth).toBe(parsedDepth(html));
      expect(measureHtml(html).depth).toBe(300);
    },
  );
});
