import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { elementsInOrder } from './find-elements.ts';
import type { EntityHint } from '../types.ts';

const TAG_PATH = /\/tags?\/([^/?#]+?)(?:\.s?html?)?(?:[?#].*)?$/;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Entity hints from topic-tag links (`…/tag/%E9%A9%AC%E4%BA%91.html` → 马云), first occurrence order, unique.
 * The links are `a[href], ok[href]` in document order, found by one walk over the elements rather than through
 * a CSS selector (compiled and matched anew for every page).
 */
export function tagHints($: CheerioAPI): EntityHint[] {
  return tagHintsIn($.root().contents().toArray());
}

/** `tagHints` over top-level nodes a layout already holds (`$.root().contents().toArray()`), not wrapped again. */
export function tagHintsIn(roots: readonly AnyNode[]): EntityHint[] {
  const seen = new Set<string>();
  const hints: EntityHint[] = [];
  for (const el of elementsInOrder(roots)) {
    const href = el.name === 'a' || el.name === 'ok' ? el.attribs['href'] : undefined;
    const m = href == null ? null : TAG_PATH.exec(href);
    if (m) {
      const name = decode(m[1]!).replace(/\s+/g, ' ').trim();
      if (name && !seen.has(name)) {
        seen.add(name);
        hints.push({ name, origin: 'tag-link' });
      }
    }
  }
  return hints;
}
