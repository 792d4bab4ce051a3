import type { AnyNode, Element } from 'domhandler';
import { collapseWhitespace } from './collapse-whitespace.ts';

export interface TextBlocks {
  /** Block texts in reading order, whitespace collapsed, empty blocks dropped. */
  paragraphs: string[];
  captions: string[];
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'section', 'article', 'table',
  'tr', 'td', 'th', 'header', 'footer', 'main', 'dl', 'dt', 'dd', 'pre', 'hr', 'br', 'form', 'center', 'aside',
  'nav', 'address', 'tbody', 'thead',
]);
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'svg', 'img', 'video', 'audio', 'button', 'input', 'select', 'textarea',
  'label', 'template', 'object', 'embed', 'canvas', 'head', 'title', 'meta', 'link',
]);
/** Embedded social-media posts are quotes of other pages, not article text. */
const EMBED_CLASS = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|fb-post)(?:\s|$)/;
const CAPTION_CLASS = /(?:^|\s)(?:caption|wp-caption-text|Image_caption|photo-caption)(?:\s|$)/;

export interface ExtractOptions {
  /** Elements for which this returns true are left out entirely (ads, share bars, attribution blocks). */
  skip?: (el: Element) => boolean;
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Pushes `nodes` so that popping visits them in document order. */
function pushReversed<T>(stack: T[], nodes: readonly T[]): void {
  for (let k = nodes.length - 1; k >= 0; k--) stack.push(nodes[k]!);
}

// Both walks keep their own stack instead of recursing: a page may nest elements thousands deep.
function textOf(root: AnyNode, skip: ExtractOptions['skip']): string {
  let s = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') s += (node as unknown as { data: string }).data;
    else if (!isElement(node) || SKIP_TAGS.has(node.name) || skip?.(node)) continue;
    else if (node.name === 'br') s += '\n';
    else pushReversed(stack, node.children);
  }
  return s;
}

/** Marks the end of a block element on the walk's stack. */
const END_BLOCK = Symbol('end of block');

/** Walks the nodes in document order and cuts their text into blocks at block-level elements and <br>. */
export function extractBlocks(nodes: readonly AnyNode[], options: ExtractOptions = {}): TextBlocks {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  let buffer = '';
  const flush = (): void => {
    // A <br> inside a block starts a new paragraph; markup newlines are only layout.
    for (const part of buffer.split('\u2028')) {
      const text = collapseWhitespace(part);
      if (text) paragraphs.push(text);
    }
    buffer = '';
  };
  const stack: Array<AnyNode | typeof END_BLOCK> = [];
  pushReversed<AnyNode | typeof END_BLOCK>(stack, nodes);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === END_BLOCK) {
      flush();
      continue;
    }
    if (node.type === 'text') {
      buffer += (node as unknown as { data: string }).data;
      continue;
    }
    if (!isElement(node) || SKIP_TAGS.has(node.name) || options.skip?.(node)) continue;
    const cls = node.attribs['class'] ?? '';
    if (EMBED_CLASS.test(cls)) continue;
    if (node.name === 'figcaption' || CAPTION_CLASS.test(cls)) {
      const caption = collapseWhitespace(textOf(node, options.skip));
      if (caption) captions.push(caption);
      continue;
    }
    if (node.name === 'br') {
      buffer += '\u2028';
      continue;
    }
    const block = BLOCK_TAGS.has(node.name) || node.name === 'figure';
    if (block) {
      flush();
      stack.push(END_BLOCK);
    }
    pushReversed<AnyNode | typeof END_BLOCK>(stack, node.children);
  }
  flush();
  return { paragraphs, captions };
}
