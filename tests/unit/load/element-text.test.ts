import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { Element, Text } from 'domhandler';
import { elementText } from '../../../src/load/element-text.ts';
import { extractBlocks } from '../../../src/load/extract-blocks.ts';
import { firstElement } from '../../../src/load/find-elements.ts';
import { tagHintsIn } from '../../../src/load/tag-hints.ts';

/** A DOM nested `depth` deep, built directly (no parser), ending in a tag link and a text. */
function deepTree(depth: number): Element {
  const leaf = new Element('a', { href: 'https://example.com/tag/%E5%8D%8E%E4%B8%BA.html' }, [new Text('华为')]);
  let node = new Element('p', {}, [leaf, new Text('发布新手机')]);
  for (let i = 0; i < depth; i++) node = new Element(i % 2 ? 'div' : 'span', {}, [node]);
  return node;
}

describe('walks over the DOM do not recurse on depth', () => {
  const root = deepTree(100_000);

  it('elementText reads text as cheerio .text() does', () => {
    const $ = load('<h1>甲<b>乙<!-- 注释 --></b><script>丙</script></h1>');
    expect(elementText($('h1'))).toBe($('h1').text());
    expect(elementText($([root]))).toBe('华为发布新手机');
  });

  it('extractBlocks, firstElement and tagHintsIn get through 100,000 levels', () => {
    expect(extractBlocks([root]).paragraphs).toEqual(['华为发布新手机']);
    expect(firstElement([root], (el) => el.name === 'a')?.attribs['href']).toContain('/tag/');
    expect(tagHintsIn([root]).map((h) => h.name)).toEqual(['华为']);
  });
});
