import { ZhkgError, isZhkgError } from '../errors.ts';
import type { EntityHint, LoadedArticle } from '../types.ts';
import { articleId } from './article-id.ts';
import { epoch2018 } from './layouts/epoch-2018.ts';
import { html } from './layouts/html.ts';
import type { Layout, LoadOptions } from './layouts/layout.ts';
import { mirror2021 } from './layouts/mirror-2021.ts';
import { reuters2018 } from './layouts/reuters-2018.ts';
import { text as plainText } from './layouts/text.ts';
import { voa2018 } from './layouts/voa-2018.ts';

/** Layouts in the order they are tried; the first whose `matches` accepts the text parses it. */
export const LAYOUTS: readonly Layout[] = [mirror2021, epoch2018, voa2018, reuters2018, html, plainText];

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function bylineHints(reporters: string[], editors: string[]): EntityHint[] {
  return [...reporters, ...editors].map((name) => ({ name, type: 'Person' as const, origin: 'byline' as const }));
}

function uniqueHints(hints: EntityHint[]): EntityHint[] {
  const seen = new Set<string>();
  return hints.filter((h) => {
    const key = `${h.origin}\u0000${h.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Parses decoded text into a LoadedArticle with the first layout that recognises it. Pure.
 * Throws E_INPUT_NO_CHINESE when neither the title nor the paragraphs contain a Chinese character.
 */
export function loadArticle(
  source: string,
  text: string,
  contentHash: string,
  options: LoadOptions = {},
): LoadedArticle {
  const layout = LAYOUTS.find((l) => l.matches(text, source)) ?? plainText;
  let page: ReturnType<Layout['parse']>;
  try {
    page = layout.parse(text, source, options);
  } catch (e) {
    // Layouts do not know the file; a page over the HTML budget is reported with its name.
    if (isZhkgError(e) && e.code === 'E_INPUT_TOO_COMPLEX' && !e.file) {
      throw new ZhkgError(e.code, `loadArticle: ${source}: ${e.message}`, { file: source, cause: e });
    }
    throw e;
  }
  if (!HAN.test(page.title) && !page.paragraphs.some((p) => HAN.test(p))) {
    throw new ZhkgError('E_INPUT_NO_CHINESE', `loadArticle: ${source}: no Chinese text in title or body`, { file: source });
  }
  const article: LoadedArticle = {
    id: articleId(page.url, source),
    source,
    format: layout.name,
    title: page.title,
    reporters: page.reporters,
    editors: page.editors,
    // A repeat of the headline inside the body (gallery pages, some HTML) is not body text.
    paragraphs: page.paragraphs.filter((p) => p !== page.title),
    captions: page.captions,
    hints: uniqueHints([...page.hints, ...bylineHints(page.reporters, page.editors)]),
    contentHash,
  };
  if (page.outlet) article.outlet = page.outlet;
  if (page.date) article.date = page.date;
  if (page.url) article.url = page.url;
  return article;
}
