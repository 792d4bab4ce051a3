import type { Element } from 'domhandler';
import { cleanParagraphs } from '../clean-paragraphs.ts';
import { extractBlocks } from '../extract-blocks.ts';
import { findBylines } from '../find-bylines.ts';
import { firstElement, hasClass } from '../find-elements.ts';
import { outletFromUrl } from '../find-outlet.ts';
import { dateFromChinese, dateFromTimestamp, dateFromUrl } from '../parse-dates.ts';
import { elementText } from '../element-text.ts';
import { parseHtml } from '../parse-html.ts';
import { splitMirrorPage } from '../split-mirror-page.ts';
import { tagHints } from '../tag-hints.ts';
import type { Layout, ParsedPage } from './layout.ts';

const SKIP_CLASS = /(?:^|\s)(?:switcher-trigger|published|share|snippetLoading|infgraphicsAttach|external-content-placeholder|c-sticky-element__close-el)(?:\s|$)/;
const skip = (el: Element): boolean => SKIP_CLASS.test(el.attribs['class'] ?? '');

/** A `华盛顿 —` dateline span becomes the start of the first paragraph, as on the page. */
function joinDateline(paragraphs: string[]): string[] {
  if (paragraphs.length > 1 && /^[^\s。，]{1,20}\s*[—–-]+$/.test(paragraphs[0]!)) {
    return [`${paragraphs[0]} ${paragraphs[1]}`, ...paragraphs.slice(2)];
  }
  return paragraphs;
}

function parseVoa(text: string, source: string): ParsedPage {
  const page = splitMirrorPage(text);
  if (!page) throw new Error(`voa2018: ${source}: not a mirror page`);
  const $ = parseHtml(page.body);
  const roots = $.root().contents().toArray();
  const wsw = firstElement(roots, (el) => hasClass(el, 'wsw'));
  const body = $(wsw ? [wsw] : []);
  let blocks = extractBlocks(wsw ? [wsw] : roots, { skip });
  // Some pages were stored with their body HTML escaped once more; parse the text as HTML again.
  const escaped = body.length ? elementText(body) : '';
  let $inner = $;
  if (/<(?:p|div|a|figure)[\s>]/.test(escaped)) {
    $inner = parseHtml(escaped);
    const again = extractBlocks($inner.root().contents().toArray(), { skip });
    blocks = again;
  }
  const paragraphs = joinDateline(blocks.paragraphs);
  const bylines = findBylines(paragraphs);
  const timeEl = firstElement(roots, (el) => el.name === 'time' && el.attribs['datetime'] != null);
  const time = $(timeEl ? [timeEl] : []);
  return {
    title: page.title,
    outlet: outletFromUrl(page.url) ?? '美国之音',
    date: dateFromTimestamp(time.attr('datetime')) ?? dateFromChinese(elementText(time)) ?? dateFromUrl(page.url),
    url: page.url,
    reporters: bylines.reporters,
    editors: bylines.editors,
    paragraphs: cleanParagraphs(paragraphs),
    captions: [...new Set(blocks.captions)],
    hints: [...tagHints($), ...($inner === $ ? [] : tagHints($inner))],
  };
}

/** VOA Chinese pages of the 2018 mirror: `<div class="published">` with a <time>, body in `<div class="wsw">`. */
export const voa2018: Layout = {
  name: 'voa-2018',
  matches(text) {
    const page = splitMirrorPage(text);
    return page !== undefined && (/voachinese\.com|voanews\.com/.test(page.url ?? '') || page.body.includes('class="wsw'));
  },
  parse: parseVoa,
};
