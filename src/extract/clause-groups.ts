import type { Doc } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { roleAtEnd } from '../recognize/role-words.ts';

/** A clause of a sentence: offsets into the document, ends at ，；： or the sentence end. */
export interface Clause {
  start: number;
  end: number;
}

/** Entities listed together (X、Y和Z, 甲集团实际控制人张三、董事长李四): one slot filler. */
export interface Group {
  members: Anchor[];
  start: number;
  end: number;
  clause: number;
}

// A comma between digits (1,900万) is a thousands separator, not a clause break.
const CLAUSE_BREAK = /[，；：;:]|,(?!\d)/g;
export const QUOTES = /[「」“”"《》『』〈〉\[\]]/g;
export const GLOSS = /^[（(][A-Za-z0-9][A-Za-z0-9&.,' -]{0,48}[)）]/;
const COORDINATOR = /^(?:、|和|与|及|以及|并|跟|或|或者|暨)?/;
// Titles a unit's person may carry in a list that the role table does not hold.
const EXTRA_TITLES = /^(?:实际控制人|实控人|法定代表人|法人代表|控股股东|大股东|股东|创始人|创办人)$/;

/** The clauses of a sentence, cut at the clause marks; offsets stay those of the document. */
export function splitClauses(doc: Doc, sentence: { start: number; end: number }): Clause[] {
  const text = doc.norm.slice(sentence.start, sentence.end);
  const out: Clause[] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    out.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + 1;
  }
  out.push({ start: sentence.start + from, end: sentence.end });
  return out;
}

function clauseOf(clauses: readonly Clause[], at: number): number {
  return clauses.findIndex((c) => at >= c.start && at < c.end);
}

/** Consecutive anchors of one clause joined by a coordinator, a title, or both (、董事长李四). */
export function buildGroups(doc: Doc, anchors: readonly Anchor[], clauses: readonly Clause[]): Group[] {
  const groups: Group[] = [];
  for (const a of anchors) {
    const clause = clauseOf(clauses, a.start);
    if (clause < 0) continue;
    const last = groups[groups.length - 1];
    if (last && last.clause === clause && linked(doc, last.members[last.members.length - 1]!, a)) {
      last.members.push(a);
      last.end = a.end;
    } else groups.push({ members: [a], start: a.start, end: a.end, clause });
  }
  return groups;
}

// Kinds of organisation named after a person (柯林顿基金会, 李四研究所, 王五家族): the person is no member of a list.
export const NAMED_AFTER_PERSON = /^(?:基金会|基金|研究所|研究院|研究中心|图书馆|纪念馆|家族|集团|公司)/;

function linked(doc: Doc, a: Anchor, b: Anchor): boolean {
  if (b.type === 'Person' && NAMED_AFTER_PERSON.test(doc.norm.slice(b.end, b.end + 4))) return false;
  const gap = doc.norm.slice(a.end, b.start).replace(GLOSS, '').replace(QUOTES, '').trim();
  const rest = gap.replace(COORDINATOR, '');
  if (rest === '') return true;
  // 蚂蚁集团董事长井贤栋: a title without 的 joins the person to the unit's list (with 的 it only qualifies).
  return b.type === 'Person' && !b.coref && (EXTRA_TITLES.test(rest) || roleAtEnd(rest) === rest);
}
