/** How big and how deep a page's element tree is. */
export interface HtmlShape {
  /** The deepest element nesting (a page of one <p> in <body> in <html> has depth 3). */
  depth: number;
  elements: number;
  attributes: number;
}

// The end-tag rules of htmlparser2 (which builds the DOM), so that the depth measured here is the depth of the tree
// it will build: opening one of these closes the listed elements when they are the innermost open ones.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']],
      ['li', ['li']], ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']],
      ['rt', ['rt', 'rp']], ['rp', ['rt', 'rp']], ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
      ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as [string, string[]]),
      ...[
        'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
        'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
        'table', 'ul',
      ].map((t) => [t, P] as [string, string[]]),
    ] as Array<[string, string[]]>
  ).map(([t, closes]) => [t, new Set(closes)]),
);
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements whose content is text up to their end tag, as the tokenizer reads them. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);
/** An end tag closes the matching open element only when it is this close to the innermost one; a deeper match is
 * left open, which can only over-count the depth (and a page with such markup is not one to trust anyway). */
const END_TAG_LOOKBACK = 64;

const NAME = /[a-zA-Z][^\s/>\u0000]*/y;
const ATTR_NAME = /[^\s/>=][^\s/>=]*/y;
const UNQUOTED = /[^\s>]*/y;
const SPACE = /[\s/]*/y;
const BLANK = /\s*/y;
const rawTextEnds = new Map<string, RegExp>();

function at(re: RegExp, text: string, from: number): string | undefined {
  re.lastIndex = from;
  return re.exec(text)?.[0];
}

/**
 * The nesting depth, element and attribute counts of an HTML page, by one left-to-right scan with a stack of open
 * element names: linear in the length of the page, whatever its depth (a recursive walk or a DOM build is not). The
 * scan stops early, with counts just past the limit, as soon as one count passes its `stopAfter` limit.
 */
export function measureHtml(html: string, stopAfter: Partial<HtmlShape> = {}): HtmlShape {
  const limit = { depth: Infinity, elements: Infinity, attributes: Infinity, ...stopAfter };
  const shape: HtmlShape = { depth: 0, elements: 0, attributes: 0 };
  const stack: string[] = [];
  let foreign = 0; // open <svg>/<math> elements: inside them `<x/>` closes itself
  const pop = (): void => {
    const name = stack.pop();
    if (name === 'svg' || name === 'math') foreign--;
  };
  const over = (): boolean => shape.depth > limit.depth || shape.elements > limit.elements || shape.attributes > limit.attributes;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      // From i + 2: `<!-->` and `<!--->` are whole (empty) comments, as the parser reads them.
      const end = html.indexOf('-->', i + 2);
      i = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    const c = html[i + 1];
    if (c === '!' || c === '?') {
      const end = html.indexOf('>', i + 2);
      i = end === -1 ? -1 : html.indexOf('<', end + 1);
      continue;
    }
    const closing = c === '/';
    const raw = at(NAME, html, i + 1 + (closing ? 1 : 0));
    if (raw === undefined) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = raw.toLowerCase();
    let p = i + 1 + (closing ? 1 : 0) + raw.length;
    if (closing) {
      for (let k = stack.length - 1; k >= Math.max(0, stack.length - END_TAG_LOOKBACK); k--) {
        if (stack[k] !== name) continue;
        while (stack.length > k) pop();
        break;
      }
      const end = html.indexOf('>', p);
      i = end === -1 ? -1 : html.indexOf('<', end + 1);
      continue;
    }
    let attributes = 0;
    let selfClosing = false;
    for (;;) {
      const space = at(SPACE, html, p) ?? '';
      selfClosing = space.endsWith('/');
      p += space.length;
      if (p >= html.length || html[p] === '>') break;
      selfClosing = false;
      p += (at(ATTR_NAME, html, p) ?? html[p]!).length;
      attributes++;
      if (shape.attributes + attributes > limit.attributes) break;
      p += (at(BLANK, html, p) ?? '').length;
      if (html[p] !== '=') continue;
      p += 1 + (at(BLANK, html, p + 1) ?? '').length;
      const q = html[p];
      if (q === '"' || q === "'") {
        const end = html.indexOf(q, p + 1);
        p = end === -1 ? html.length : end + 1;
      } else p += (at(UNQUOTED, html, p) ?? '').length;
    }
    shape.elements++;
    shape.attributes += attributes;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    while (closes && stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
    if (!VOID.has(name) && !(selfClosing && foreign > 0)) {
      stack.push(name);
      if (name === 'svg' || name === 'math') foreign++;
      if (stack.length > shape.depth) shape.depth = stack.length;
    }
    if (over()) break;
    if (RAW_TEXT.has(name) && p < html.length) {
      let re = rawTextEnds.get(name);
      if (!re) rawTextEnds.set(name, (re = new RegExp(`</${name}`, 'gi')));
      re.lastIndex = p;
      const end = re.exec(html);
      p = end ? end.index : html.length;
      i = p;
      continue;
    }
    i = p >= html.length ? -1 : html.indexOf('<', p);
  }
  return shape;
}
