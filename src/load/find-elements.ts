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
  for (const el of elementsInOrder(nodes)) if (test(el)) return el;
  return undefined;
}

/**
 * The elements under `nodes` (themselves included) in document order, by an explicit stack: pages may nest
 * thousands deep, too deep for a recursive walk.
 */
export function* elementsInOrder(nodes: readonly AnyNode[]): Generator<Element> {
  const stack: AnyNode[] = [];
  for (let k = nodes.length - 1; k >= 0; k--) stack.push(nodes[k]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
  }
}
