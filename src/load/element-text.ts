import type { Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';

/**
 * The text of the selected nodes, as cheerio's `.text()` gives it (text nodes in document order, script and style
 * content included, comments not), by an explicit stack: `.text()` recurses once per level of nesting.
 */
export function elementText(selection: Cheerio<AnyNode>): string {
  let text = '';
  for (const root of selection.toArray()) {
    const stack: AnyNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'text') text += (node as unknown as { data: string }).data;
      else if (node.type !== 'comment' && 'children' in node) {
        for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
      }
    }
  }
  return text;
}
