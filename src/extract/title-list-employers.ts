import type { Doc, EntityType, Fact } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { roleRelation } from './role-relation.ts';
import { makeFact } from './make-fact.ts';

/** Rule id suffix: a title listed before another employer's title names the same person (A副理事长、B所长X). */
export const LISTED_SUFFIX = '-listed';

const EMPLOYER_TYPES: ReadonlySet<EntityType> = new Set(['Company', 'Organization', 'GovernmentBody', 'MediaOutlet']);
// A's title, then 、 and the next employer: no clause, no 的, a few characters of title only.
const LISTED_TITLE = /^([\u4e00-\u9fff]{1,8})、$/;
// B's title right before the person: a few characters, no mark.
const LAST_TITLE = /^[\u4e00-\u9fff]{1,10}$/;

/**
 * 中国半导体行业协会副理事长、清华大学微电子所所长X: the person holds every title of the list, so A's title is X's
 * too. Only when the last title reads as a role of B's for X (so X is the titled person), and A's own title reads
 * as a role; the relation is the one A's title gives (副理事长 → WORKS_FOR, 理事长 → LEADS).
 */
export function titleListFacts(doc: Doc, anchors: readonly Anchor[]): Fact[] {
  const facts: Fact[] = [];
  for (let i = 0; i + 2 < anchors.length; i++) {
    const a = anchors[i]!;
    const b = anchors[i + 1]!;
    const p = anchors[i + 2]!;
    if (!EMPLOYER_TYPES.has(a.type) || !EMPLOYER_TYPES.has(b.type) || p.type !== 'Person' || a.key === b.key) continue;
    const sentence = doc.sentences.find((s) => s.start <= a.start && p.end <= s.end);
    if (!sentence) continue;
    const listed = LISTED_TITLE.exec(doc.norm.slice(a.end, b.start));
    const last = doc.norm.slice(b.end, p.start);
    if (!listed || !LAST_TITLE.test(last) || !roleRelation(b, p, last, '')) continue;
    const role = roleRelation(a, p, listed[1]!, '');
    if (!role) continue;
    facts.push(makeFact(doc, sentence, role.subject, role.object, role.type, { id: role.rule + LISTED_SUFFIX, confidence: role.confidence * 0.9 }, role.trigger, a.start, p.end));
  }
  return facts;
}
