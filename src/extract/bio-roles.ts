import type { Doc, EntityType, Fact, RelationType } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { splitClauses } from './clause-groups.ts';
import { chainKind } from './role-relation.ts';
import { makeFact } from './make-fact.ts';
import { sentenceAnchors } from './sentence-anchors.ts';

/**
 * 卢柏强，1962年生，深圳某某股份有限公司董事长，高级农艺师: a profile. A sentence that opens with a person's name as a
 * clause of its own (the topic) goes on with clauses about that person; a later clause that is only an
 * organisation and a chain of titles (现任X董事长、总经理) names a post the person holds. The titles are read by the
 * role table (chainKind), the organisation must be the clause's only name, and the clause says nothing else, so
 * 张三，腾讯董事长李四表示… (a title before another name) and 张三说，腾讯董事长… (no bare topic) give nothing.
 */
export function bioRoleFacts(doc: Doc, anchors: readonly Anchor[]): Fact[] {
  const facts: Fact[] = [];
  for (const { sentence, inSentence } of sentenceAnchors(doc, anchors)) {
    const topic = inSentence[0];
    if (!topic || topic.type !== 'Person' || topic.coref || inSentence.length < 2) continue;
    const clauses = splitClauses(doc, sentence);
    const first = clauses[0]!;
    if (!TOPIC_BEFORE.test(doc.norm.slice(first.start, topic.start))) continue;
    // 张三是某公司的前顾问，曾任高盛副总裁: when the opening clause says more than the name, a later clause still
    // names the topic's post if it opens with a verb of holding a post and no other person came before it.
    const bare = TOPIC_AFTER.test(doc.norm.slice(topic.end, first.end));
    for (const clause of clauses.slice(1)) {
      const named = inSentence.filter((a) => a.start >= clause.start && a.end <= clause.end);
      const org = named[0];
      if (named.length !== 1 || !org || !EMPLOYERS.has(org.type) || named.some((a) => a.key === topic.key)) continue;
      const lead = doc.norm.slice(clause.start, org.start).trim();
      const tail = doc.norm.slice(org.end, clause.end).trim().replace(CLAUSE_END, '').replace(/^的/, '');
      if (!LEAD.test(lead) || tail === '') continue;
      if (!bare && (!POST_LEAD.test(lead) || otherPersonBefore(doc, inSentence, topic, clause.start))) continue;
      const kind = chainKind(tail);
      if (!kind) continue;
      for (const [type, rule] of [[kind.type, kind.rule], ...(kind.also ?? []).map((t) => [t, ALSO_RULE[t]] as const)] as const) {
        facts.push(makeFact(doc, sentence, topic, org, type as RelationType, { id: `${rule}-profile`, confidence: kind.confidence * 0.9 }, tail, topic.start, clause.end));
      }
    }
  }
  return facts;
}

const EMPLOYERS: ReadonlySet<EntityType> = new Set(['Company', 'Organization', 'GovernmentBody', 'MediaOutlet', 'PoliticalParty']);
// The topic opens the sentence and is a clause of its own (a courtesy title and a Latin gloss may follow it).
const TOPIC_BEFORE = /^[\s“"「『]*$/;
const TOPIC_AFTER = /^(?:先生|女士|博士|教授)?(?:[（(][^（()）]{0,30}[)）])?\s*$/;
// What may open a profile clause before the organisation: a tense or a copula, nothing else.
const LEAD = /^(?:现任|曾任|时任|历任|任|担任|出任|兼任|同时兼任|现为|系|为|是|现|曾|现担任)?$/;
// Verbs of holding a post (not a bare copula: 张三批评李四，是腾讯董事长 is not read).
const POST_LEAD = /^(?:现任|曾任|时任|历任|担任|出任|兼任|同时兼任|现担任|曾担任)$/;
// (A person named as a possessor, 川普的前首席策略师, is no other subject.)
function otherPersonBefore(doc: Doc, anchors: readonly Anchor[], topic: Anchor, before: number): boolean {
  return anchors.some((a) => a.type === 'Person' && a.key !== topic.key && a.start > topic.start && a.end <= before && !doc.norm.startsWith('的', a.end));
}
const CLAUSE_END = /[。！？!?]+$/;
const ALSO_RULE: Partial<Record<RelationType, string>> = { FOUNDED: 'founded-role', CONTROLS: 'controls-role', INVESTS_IN: 'invests-role', LEADS: 'leads-role', WORKS_FOR: 'works-for-role' };
