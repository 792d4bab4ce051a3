import { load, type CheerioAPI } from 'cheerio';
import { checkHtmlBudget } from './html-budget.ts';
import type { HtmlShape } from './measure-html.ts';

/**
 * Parses an HTML document or fragment with htmlparser2 (fast and forgiving; unknown tags such as <ok> are kept).
 * Throws E_INPUT_TOO_COMPLEX for a page past HTML_BUDGET, so every later walk over the DOM has bounded depth.
 */
export function parseHtml(html: string): CheerioAPI {
  return parseHtmlWithShape(html).$;
}

/** `parseHtml`, with the page's measured shape for callers that choose their method by it. */
export function parseHtmlWithShape(html: string): { $: CheerioAPI; shape: HtmlShape } {
  const shape = checkHtmlBudget(html);
  return { $: load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true } }), shape };
}
