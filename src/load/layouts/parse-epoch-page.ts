import type { AnyNode } from 'domhandler';
import { cleanParagraphs } from '../clean-paragraphs.ts';
import { extractBlocks } from '../extract-blocks.ts';
import { findBylines } from '../find-bylines.ts';
import { findDateline } from '../find-dateline.ts';
import { outletFromUrl } from '../find-outlet.ts';
import { dateFromUrl } from '../parse-dates.ts';
import { parseHtml } from '../parse-html.ts';
import type { MirrorPage } from '../split-mirror-page.ts';
import { tagHints } from '../tag-hints.ts';
import type { ParsedPage } from './layout.ts';

const SKIP_IDS = new Set(['below_article_ad', 'recommend_post', 'share_post', 'related_posts']);

/** An Epoch Times article as re-published by the mirror (2018 plain HTML or the 2020–2021 <ok href> variant). */
export function parseEpochPage(page: Readonly<MirrorPage>): ParsedPage {
  const $ = parseHtml(page.body);
  const article = $('#artbody, .post_content').first();
  // The featured image's caption sits before the article body; read captions from the whole page.
  const lead = article.length > 0 ? extractBlocks($('.caption').toArray().filter((el) => !$(el).closest('#artbody, .post_content').length)) : undefined;
  const nodes: AnyNode[] = article.length > 0 ? article.toArray() : $.root().contents().toArray();
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
  return {
    title: page.title,
    outlet: dateline.outlet ?? outletFromUrl(page.url),
    date: date ?? urlDate,
    url: page.url,
    reporters: bylines.reporters,
    editors: bylines.editors,
    paragraphs: cleanParagraphs(blocks.paragraphs),
    captions: [...(lead?.paragraphs ?? []), ...(lead?.captions ?? []), ...blocks.captions],
    hints: tagHints($),
  };
}
