import type { Doc, Mention, RelationType } from '../types.ts';
import { roleAtStart } from '../recognize/role-words.ts';
import { chainKind } from './role-relation.ts';

/**
 * What a page's byline says of a named writer's tie to the outlet, beyond "works for it": the writer's title printed
 * after the name (作者｜王小明 某某社社长: the head of the outlet), or that the "writer" is the title of a work the page
 * prints in 《》 (a column filed under a book's name: 《帝国之间》的书写缘起, author 帝国之间). Keys on the marks and the
 * role table, never on names. (A guest column's writer, 博客 | 王小明, works for the host by the collection rule of
 * the gold sets: no tie of its own.) Examples: tests/unit/extract/byline-role.test.ts.
 */
export type BylineTie = { kind: 'work' } | { kind: 'titled'; type: RelationType; trigger: string } | undefined;

const SPACES = /^[\s\u3000*_]*/;

/** The tie one mention of the writer shows: its label before it, or the outlet's name and a title after it. */
function mentionTie(doc: Doc, m: Mention, outletNames: readonly string[]): BylineTie {
  const after = doc.norm.slice(m.end, m.end + 24).replace(SPACES, '');
  for (const name of outletNames) {
    if (!after.startsWith(name)) continue;
    const role = roleAtStart(after.slice(name.length));
    const kind = role ? chainKind(role, 'MediaOutlet') : undefined;
    if (kind) return { kind: 'titled', type: kind.type, trigger: role! };
  }
  return undefined;
}

/** The writer's tie to the outlet shown on the page (a work's title wins), or undefined for plain staff. */
export function bylineTie(doc: Doc, written: string, mentions: readonly Mention[], outletNames: readonly string[]): BylineTie {
  if (doc.norm.includes('《' + written)) return { kind: 'work' };
  for (const m of mentions) {
    const tie = mentionTie(doc, m, outletNames);
    if (tie) return tie;
  }
  return undefined;
}
