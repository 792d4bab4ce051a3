import { ZhkgError, isZhkgError } from '../errors.ts';
import type { EntityHint, LoadedArticle } from '../types.ts';
import { articleId, textHash } from './article-id.ts';
import { outletFromPath } from './find-outlet.ts';
import { epoch2018 } from './layouts/epoch-2018.ts';
import { frontMatterMd } from './layouts/front-matter-md.ts';
import { html } from './layouts/html.ts';
import { linkTitleMd } from './layouts/link-title-md.ts';
import type { Layout, LoadOptions } from './layouts/layout.ts';
import { mirror2021 } from './layouts/mirror-2021.ts';
import { reuters2018 } from './layouts/reuters-2018.ts';
import { text as plainText } from './layouts/text.ts';
import { voa2018 } from './layouts/voa-2018.ts';

/** Layouts in the order they are tried; the first whose `matches` accepts the text parses it. */
export const LAYOUTS: readonly Layout[] = [mirror2021, epoch2018, voa2018, reuters2018, frontMatterMd, linkTitleMd, html, plainText];

export interface LayoutChoice {
  layout: Layout;
  page: ReturnType<Layout['parse']>;
  /** The specific layout that recognised the page but could not parse it, when the page fell back. */
  failed?: { layout: string; message: string };
}

/**
 * The first layout that recognises the text and parses it. A specific layout that throws (a page that looks like
 * a mirror page but is not one, a README that starts with `#`) hands the page to the generic readers instead of
 * failing the file; a ZhkgError (a real input problem) is not caught.
 */
export function parseWithLayouts(text: string, source: string, options: LoadOptions = {}): LayoutChoice {
  let failed: LayoutChoice['failed'];
  for (const layout of LAYOUTS) {
    if (!layout.matches(text, source)) continue;
    try {
      return { layout, page: layout.parse(text, source, options), failed };
    } catch (cause) {
      if (cause instanceof ZhkgError || layout === plainText) throw cause;
      failed ??= { layout: layout.name, message: (cause as Error).message };
    }
  }
  return { layout: plainText, page: plainText.parse(text, source, options), failed };
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function bylineHints(reporters: string[], editors: string[]): EntityHint[] {
  return [...reporters, ...editors].map((name) => ({ name, type: 'Person' as const, origin: 'byline' as const }));
}

/** The host and the original outlet are media outlets wherever the text names them (an outlet the lexicon lacks too). */
function outletHints(...outlets: (string | undefined)[]): EntityHint[] {
  // Two characters are too often an ordinary word (差评) to be taken as a name wherever they occur.
  return outlets.filter((o): o is string => o !== undefined && o.length >= 3).map((name) => ({ name, type: 'MediaOutlet' as const, origin: 'meta' as const }));
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
 * Prose has a sentence mark every few hundred characters (the longest sentence of the 2018 corpus has 414); a run of
 * 100,000 characters without one is a dump, not news, and would cost minutes for nothing.
 */
export const MAX_UNPUNCTUATED = 100_000;
const SENTENCE_MARK = /[。！？；!?;.\n]/g;

/** The longest stretch of any paragraph without a sentence mark. Linear. */
function longestUnpunctuatedRun(paragraphs: readonly string[]): number {
  let longest = 0;
  for (const p of paragraphs) {
    if (p.length <= longest) continue;
    let from = 0;
    SENTENCE_MARK.lastIndex = 0;
    for (let m = SENTENCE_MARK.exec(p); m; m = SENTENCE_MARK.exec(p)) {
      longest = Math.max(longest, m.index - from);
      from = m.index + 1;
    }
    longest = Math.max(longest, p.length - from);
  }
  return longest;
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
  let choice: LayoutChoice;
  try {
    choice = parseWithLayouts(text, source, options);
  } catch (e) {
    // Layouts do not know the file; a page over the HTML budget is reported with its name.
    if (isZhkgError(e) && e.code === 'E_INPUT_TOO_COMPLEX' && !e.file) {
      throw new ZhkgError(e.code, `loadArticle: ${source}: ${e.message}`, { file: source, cause: e });
    }
    throw e;
  }
  const { layout, page, failed } = choice;
  const run = longestUnpunctuatedRun(page.paragraphs);
  if (run > MAX_UNPUNCTUATED) {
    throw new ZhkgError('E_INPUT_TOO_COMPLEX', `loadArticle: ${source}: ${run} characters without a sentence mark (。！？；); not prose, not analysed`, { file: source });
  }
  if (!HAN.test(page.title) && !page.paragraphs.some((p) => HAN.test(p))) {
    throw new ZhkgError('E_INPUT_NO_CHINESE', `loadArticle: ${source}: no Chinese text in title or body`, { file: source });
  }
  const article: LoadedArticle = {
    id: articleId(page),
    source,
    format: layout.name,
    title: page.title,
    reporters: page.reporters,
    editors: page.editors,
    // A repeat of the headline inside the body (gallery pages, some HTML) is not body text.
    paragraphs: page.paragraphs.filter((p) => p !== page.title),
    captions: page.captions,
    hints: uniqueHints([...page.hints, ...bylineHints(page.reporters, page.editors), ...outletHints(page.outlet ?? outletFromPath(source), page.originalOutlet)]),
    contentHash,
    textHash: textHash(page),
  };
  // A page that names no host at all is taken to be from the site its folder is named after, if any.
  const outlet = page.outlet ?? outletFromPath(source);
  if (outlet) article.outlet = outlet;
  if (page.originalOutlet && page.originalOutlet !== outlet) article.originalOutlet = page.originalOutlet;
  if (failed) article.fallbackFrom = failed.layout;
  if (page.date) article.date = page.date;
  if (page.url) article.url = page.url;
  return article;
}
