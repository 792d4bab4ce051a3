import type { CheerioAPI } from 'cheerio';
import type { EntityHint } from '../types.ts';

const TAG_PATH = /\/tags?\/([^/?#]+?)(?:\.s?html?)?(?:[?#].*)?$/;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Entity hints from topic-tag links (`…/tag/%E9%A9%AC%E4%BA%91.html` → 马云), first occurrence order, unique. */
export function tagHints($: CheerioAPI): EntityHint[] {
  const seen = new Set<string>();
  const hints: EntityHint[] = [];
  $('a[href], ok[href]').each((_, el) => {
    const href = $(el).attr('href') ?? '';
    const m = TAG_PATH.exec(href);
    if (!m) return;
    const name = decode(m[1]!).replace(/\s+/g, ' ').trim();
    if (name && !seen.has(name)) {
      seen.add(name);
      hints.push({ name, origin: 'tag-link' });
    }
  });
  return hints;
}
