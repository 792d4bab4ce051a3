import type { AnyNode, Element } from 'domhandler';

/** An element node, as CSS selectors see them (script and style elements included). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

const classTests = new Map<string, RegExp>();

/** `.name` as a CSS selector matches it: `name` is one of the whitespace-separated words of the class attribute. */
export function hasClass(el: Element, name: string): boolean {
  let re = classTests.get(name);
  if (!re) classTests.set(name, (re = new RegExp(`(?:^|\\s)${name.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&')}(?:$|\\s)`)));
  return re.test(el.attribs['class'] ?? '');
}

/**
 * The first element under `nodes` (themselves included) in document order that passes `test`: what
 * `$(selector).first()` finds, without compiling and running a CSS selector over the whole page.
 */
export function firstElement(nodes: readonly AnyNode[], test: (el: Element) => boolean): Element | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) return node;
    const found = node.children.length > 0 ? firstElement(node.children, test) : undefined;
    if (found) return found;
  }
  return undefined;
}
