import type { Doc } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { roleAtEnd } from '../recognize/role-words.ts';
import { tokenStartingAt } from '../segment/token-index.ts';

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
const CLAUSE_BREAK = /[，；：;:]|,(?!\d)|(?<!\d),/g;
export const QUOTES = /[「」“”"《》『』〈〉\[\]]/g;
export const GLOSS = /^[（(][A-Za-z0-9][A-Za-z0-9&.,' -]{0,48}[)）]/;
const COORDINATOR = /^(?:、|和|与|及|以及|并|跟|或|或者|暨)?/;
// 与 + a noun phrase + 的, between two organisations' names (quote marks around them allowed).
const OWNER_OF_NEXT = /^[》”」』"]?(?:与|和|及|跟|同)([\u4e00-\u9fff]{2,6})的[《“「『"]?$/;
// Nouns, place and position words, non-predicate adjectives (南方/f 报业/n, 当地/s, 国有/b): no verb, no preposition.
const NOUN_POS = /^(?:n[a-z]?|s|f|b|j)$/;
const ORGS: ReadonlySet<string> = new Set(['Company', 'Organization', 'GovernmentBody', 'MediaOutlet', 'PoliticalParty']);

/** 光明日报与南方报业的南方都市报: organisations joined by 与, the second qualified by an owner that is nouns only. */
function unnamedOwnerBetween(doc: Doc, a: Anchor, b: Anchor): boolean {
  if (!ORGS.has(a.type) || !ORGS.has(b.type)) return false;
  const m = OWNER_OF_NEXT.exec(doc.norm.slice(a.end, b.start));
  if (!m) return false;
  let at = a.end + m[0].indexOf(m[1]!);
  const end = at + m[1]!.length;
  while (at < end) {
    const t = tokenStartingAt(doc.tokens, at);
    if (!t || t.end > end || !NOUN_POS.test(t.pos)) return false;
    at = t.end;
  }
  return true;
}
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
  // 光明日报与南方报业的南方都市报: an unnamed owner after the coordinator qualifies the next member, it ends no list.
  if (unnamedOwnerBetween(doc, a, b)) return true;
  // 蚂蚁集团董事长井贤栋: a title without 的 joins the person to the unit's list (with 的 it only qualifies).
  return b.type === 'Person' && !b.coref && (EXTRA_TITLES.test(rest) || roleAtEnd(rest) === rest);
}
