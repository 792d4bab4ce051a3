import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/load/parse-html.ts';
import { firstElement, hasClass } from '../../../src/load/find-elements.ts';

describe('firstElement', () => {
  it('finds what $(selector).first() finds, in document order', () => {
    const $ = parseHtml('<div><p class="a x">1</p><div class="wsw"><p class="x">2</p></div></div><p class="x">3</p>');
    const roots = $.root().contents().toArray();
    const first = firstElement(roots, (el) => hasClass(el, 'x'));
    expect(first).toBe($('.x').first().get(0));
    expect(firstElement(roots, (el) => hasClass(el, 'wsw'))).toBe($('.wsw').get(0));
    expect(firstElement(roots, (el) => hasClass(el, 'nope'))).toBeUndefined();
  });
});

describe('hasClass', () => {
  it('matches whole class words only', () => {
    const $ = parseHtml('<p class="wsw-x  caption\tphoto">t</p>');
    const el = $('p').get(0)!;
    expect(hasClass(el, 'caption')).toBe(true);
    expect(hasClass(el, 'photo')).toBe(true);
    expect(hasClass(el, 'wsw')).toBe(false);
  });
});
