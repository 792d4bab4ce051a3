import type { AnyNode, Element } from 'domhandler';
import { cleanParagraphs } from '../clean-paragraphs.ts';
import { extractBlocks } from '../extract-blocks.ts';
import { findBylines, findCreditLines } from '../find-bylines.ts';
import { findDateline } from '../find-dateline.ts';
import { hasClass, isElement } from '../find-elements.ts';
import { outletFromUrl } from '../find-outlet.ts';
import { dateFromUrl } from '../parse-dates.ts';
import { parseHtml } from '../parse-html.ts';
import type { MirrorPage } from '../split-mirror-page.ts';
import { tagHintsIn } from '../tag-hints.ts';
import type { ParsedPage } from './layout.ts';

const SKIP_IDS = new Set(['below_article_ad', 'recommend_post', 'share_post', 'related_posts']);

/** `#artbody, .post_content`, as the selector would match it. */
function isArticle(el: Element): boolean {
  return el.attribs['id'] === 'artbody' || hasClass(el, 'post_content');
}

/**
 * One walk in document order instead of three CSS selections: the first article element
 * (`#artbody, .post_content`), and the `.caption` elements outside every article element.
 */
function scanPage(roots: readonly AnyNode[]): { article?: Element; outsideCaptions: Element[] } {
  let article: Element | undefined;
  const outsideCaptions: Element[] = [];
  // An explicit stack of (node, inside an article element), in document order: pages may nest too deep to recurse.
  const stack: Array<[AnyNode, boolean]> = roots.map((n): [AnyNode, boolean] => [n, false]).reverse();
  while (stack.length > 0) {
    const [el, inArticle] = stack.pop()!;
    if (!isElement(el)) continue;
    const here = isArticle(el);
    if (here) article ??= el;
    if (!inArticle && !here && hasClass(el, 'caption')) outsideCaptions.push(el);
    for (let k = el.children.length - 1; k >= 0; k--) stack.push([el.children[k]!, inArticle || here]);
  }
  return { article, outsideCaptions };
}

/** An Epoch Times article as re-published by the mirror (2018 plain HTML or the 2020–2021 <ok href> variant). */
export function parseEpochPage(page: Readonly<MirrorPage>): ParsedPage {
  const $ = parseHtml(page.body);
  const roots = $.root().contents().toArray();
  const { article, outsideCaptions } = scanPage(roots);
  // The featured image's caption sits before the article body; read captions from the whole page.
  const lead = article ? extractBlocks(outsideCaptions) : undefined;
  const nodes: AnyNode[] = article ? [article] : roots;
  const blocks = extractBlocks(nodes, {
    skip: (el) => SKIP_IDS.has(el.attribs['id'] ?? '') || el.name === 'aside' || el.name === 'header',
  });
  const dateline = findDateline(blocks.paragraphs);
  const urlDate = dateFromUrl(page.url);
  let date = dateline.date;
  if (!date && dateline.monthDay && urlDate) {
    // 【大纪元9月10日讯】: the URL's date supplies the year.
    date = `${urlDate.slice(0, 4)}-${String(dateline.monthDay[0]).padStart(2, '0')}-${String(dateline.monthDay[1]).padStart(2, '0')}`;
  }
  const bylines = findBylines(blocks.paragraphs);
  // Credit lines of their own (`采访/陈汉 编辑/李明飞`, `记者：高锋/责编：胡力汉 网编：瑞哲`) at the start or end.
  const ps = blocks.paragraphs;
  const credits = findCreditLines(ps.length <= 10 ? ps : [...ps.slice(0, 5), ...ps.slice(-5)]);
  return {
    title: page.title,
    outlet: dateline.outlet ?? outletFromUrl(page.url),
    date: date ?? urlDate,
    url: page.url,
    reporters: [...new Set([...bylines.reporters, ...credits.reporters])],
    editors: [...new Set([...bylines.editors, ...credits.editors])],
    paragraphs: cleanParagraphs(blocks.paragraphs),
    captions: [...(lead?.paragraphs ?? []), ...(lead?.captions ?? []), ...blocks.captions],
    hints: tagHintsIn(roots),
  };
}
