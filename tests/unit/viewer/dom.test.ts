import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../src/viewer/dom.ts';

describe('safeHref', () => {
  it.each([
    ['https://www.epochtimes.com/gb/21/6/23/n13042441.htm', 'https://www.epochtimes.com/gb/21/6/23/n13042441.htm'],
    ['HTTP://example.org/a', 'HTTP://example.org/a'],
    ['javascript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['file:///etc/passwd', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});
