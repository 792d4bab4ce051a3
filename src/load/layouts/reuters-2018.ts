import type { Element } from 'domhandler';
import { cleanParagraphs } from '../clean-paragraphs.ts';
import { extractBlocks } from '../extract-blocks.ts';
import { findBylines, parseAttribution } from '../find-bylines.ts';
import { findDateline } from '../find-dateline.ts';
import { outletFromUrl } from '../find-outlet.ts';
import { isoDate, yearForMonthDay, yearFromWeekday } from '../parse-dates.ts';
import { elementText } from '../element-text.ts';
import { parseHtml } from '../parse-html.ts';
import { splitMirrorPage } from '../split-mirror-page.ts';
import { tagHints } from '../tag-hints.ts';
import type { Layout, LoadOptions, ParsedPage } from './layout.ts';

const SKIP_CLASS = /(?:^|\s)(?:Attribution_container|StandardArticleBody_trustBadgeContainer|Image_expand-button|LazyImage_container)(?:\s|$)/;
const skip = (el: Element): boolean => SKIP_CLASS.test(el.attribs['class'] ?? '');

/** `《路透早报》--9月1日`: a title that carries the date when the body has no dateline. */
function monthDayFromTitle(title: string): [number, number] | undefined {
  const m = /(\d{1,2})月(\d{1,2})日/.exec(title);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function parseReuters(text: string, source: string, options: LoadOptions = {}): ParsedPage {
  const page = splitMirrorPage(text);
  if (!page) throw new Error(`reuters2018: ${source}: not a mirror page`);
  const $ = parseHtml(page.body);
  const body = $('.StandardArticleBody_body').first();
  const blocks = extractBlocks(body.length ? body.toArray() : $.root().contents().toArray(), { skip });
  const attribution = parseAttribution(elementText($('.Attribution_content')));
  const inline = findBylines(blocks.paragraphs);
  const dateline = findDateline(blocks.paragraphs, page.body);
  let date = dateline.date;
  const monthDay = dateline.monthDay ?? (date ? undefined : monthDayFromTitle(page.title));
  if (!date && monthDay) {
    const year =
      yearForMonthDay(monthDay[0], monthDay[1], page.body) ??
      (options.referenceYear
        ? yearFromWeekday(monthDay[0], monthDay[1], blocks.paragraphs.slice(0, 2).join(''), options.referenceYear)
        : undefined);
    if (year) date = isoDate(year, monthDay[0], monthDay[1]);
  }
  return {
    title: page.title,
    outlet: outletFromUrl(page.url) ?? '路透社',
    date,
    url: page.url,
    reporters: [...new Set([...attribution.reporters, ...inline.reporters])],
    editors: [...new Set([...attribution.editors, ...inline.editors])],
    paragraphs: cleanParagraphs(blocks.paragraphs),
    captions: blocks.captions,
    hints: tagHints($),
  };
}

/** Reuters Chinese pages of the 2018 mirror: `StandardArticleBody_body`, then an attribution block. */
export const reuters2018: Layout = {
  name: 'reuters-2018',
  matches(text) {
    const page = splitMirrorPage(text);
    return page !== undefined && (/reuters\.com/.test(page.url ?? '') || page.body.includes('StandardArticleBody'));
  },
  parse: parseReuters,
};
