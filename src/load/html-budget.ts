import { ZhkgError } from '../errors.ts';
import { measureHtml, type HtmlShape } from './measure-html.ts';

/**
 * Pages past any of these limits are refused with E_INPUT_TOO_COMPLEX before a DOM is built: htmlparser2 keeps its
 * open elements in an array it shifts at the front (quadratic in depth), library text walks recurse on depth, and a
 * DOM costs hundreds of bytes per element and attribute. News pages stay far below (the corpora: depth ≤ 25,
 * ≤ 3,000 elements, ≤ 4,000 attributes).
 */
export const HTML_BUDGET: Readonly<HtmlShape> = { depth: 2_000, elements: 200_000, attributes: 200_000 };

/**
 * Readability's scoring walks ancestors and descendants of every candidate, roughly cubic in depth (1,000 levels took
 * 27 s); past these limits the page text is read by the plain block walk instead.
 */
export const READABILITY_BUDGET: Readonly<Pick<HtmlShape, 'depth' | 'elements'>> = { depth: 100, elements: 10_000 };

/** The page's shape; throws E_INPUT_TOO_COMPLEX when it passes HTML_BUDGET (the scan stops there, so this is linear). */
export function checkHtmlBudget(html: string): HtmlShape {
  const shape = measureHtml(html, HTML_BUDGET);
  for (const key of ['depth', 'elements', 'attributes'] as const) {
    if (shape[key] > HTML_BUDGET[key]) {
      const what = key === 'depth' ? 'elements nested more than' : `more than`;
      const unit = key === 'depth' ? 'deep' : key;
      throw new ZhkgError('E_INPUT_TOO_COMPLEX', `HTML with ${what} ${HTML_BUDGET[key].toLocaleString('en')} ${unit}`);
    }
  }
  return shape;
}

export function withinReadabilityBudget(shape: HtmlShape): boolean {
  return shape.depth <= READABILITY_BUDGET.depth && shape.elements <= READABILITY_BUDGET.elements;
}
