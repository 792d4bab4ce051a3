import { describe, expect, it } from 'vitest';
import { replicatePage } from '../../../bench/replicate-page.ts';
import { articleId, textHash } from '../../../src/load/article-id.ts';

describe('replicatePage (the memory benchmark`s copies)', () => {
  const page = { url: 'https://www.epochtimes.com/gb/18/9/3/n10700123.htm', title: '某公司2018年9月裁员', paragraphs: ['甲公司宣布裁员300人。'] };
  const copy = (k: number) => ({
    url: replicatePage(page.url, k),
    title: replicatePage(page.title, k),
    paragraphs: page.paragraphs.map((p) => replicatePage(p, k)),
  });

  it('leaves copy 0 as it is', () => {
    expect(replicatePage('<meta charset="UTF-8">n10700123', 0)).toBe('<meta charset="UTF-8">n10700123');
  });

  it('gives each copy a new article id and a new text hash', () => {
    const ids = new Set([0, 1, 2, 3].map((k) => articleId(copy(k))));
    const hashes = new Set([0, 1, 2, 3].map((k) => textHash(copy(k))));
    expect(ids.size).toBe(4);
    expect(hashes.size).toBe(4);
  });

  it('shifts runs of two or more digits only, keeping single digits and all other characters', () => {
    expect(replicatePage('UTF-8 <h2>第19届 n10700123 2018年</h2>', 1)).toBe('UTF-8 <h2>第20届 n21811234 3129年</h2>');
  });

  it('refuses copies outside 0–9 (a shift of 10 is the original again)', () => {
    expect(() => replicatePage('12', 10)).toThrow(RangeError);
  });
});
