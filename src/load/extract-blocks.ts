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

function textOf(node: AnyNode, skip: ExtractOptions['skip']): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) || SKIP_TAGS.has(node.name) || skip?.(node)) return '';
  if (node.name === 'br') return '\n';
  let s = '';
  for (const child of node.children) s += textOf(child, skip);
  return s;
}

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
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      buffer += (node as unknown as { data: string }).data;
      return;
    }
    if (!isElement(node) || SKIP_TAGS.has(node.name) || options.skip?.(node)) return;
    const cls = node.attribs['class'] ?? '';
    if (EMBED_CLASS.test(cls)) return;
    if (node.name === 'figcaption' || CAPTION_CLASS.test(cls)) {
      const caption = collapseWhitespace(textOf(node, options.skip));
      if (caption) captions.push(caption);
      return;
    }
    if (node.name === 'br') {
      buffer += '\u2028';
      return;
    }
    const block = BLOCK_TAGS.has(node.name) || node.name === 'figure';
    if (block) flush();
    for (const child of node.children) visit(child);
    if (block) flush();
  };
  for (const node of nodes) visit(node);
  flush();
  return { paragraphs, captions };
}
