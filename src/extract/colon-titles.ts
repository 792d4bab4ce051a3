import type { Doc, EntityType, Fact, RelationType } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { chainKind } from './role-relation.ts';
import { makeFact } from './make-fact.ts';
import { sentenceAnchors } from './sentence-anchors.ts';

/**
 * Titles set out as a label and its value, as directories and company profiles print them:
 * - `org-title-colon`: 某某集团有限公司董事长：张三 (the organisation and its title, a colon, the holder);
 * - `person-post-colon`: 张三职务：某某集团有限公司董事长 (the person, a post label, a colon, the organisation and
 *   the title).
 * The titles are read by the role table (chainKind); nothing but the title, the label and the colon stands between
 * the two names, so 张三表示：某某集团董事长… gives nothing.
 */
export const COLON_TITLE_SHAPES = [
  {
    id: 'org-title-colon',
    positive: [['蚂蚁集团董事长：井贤栋', ['LEADS 井贤栋→蚂蚁集团']]],
    // (A headline quoting a titled speaker about someone: 原凤凰网记者：胡锡进儿子移民北美 — the name after the colon
    // is the possessor of what follows, not the holder.)
    negative: [['蚂蚁集团董事长表示：井贤栋将离职', ['LEADS 井贤栋→蚂蚁集团']], ['蚂蚁集团前董事长：井贤栋儿子移民北美', ['LEADS 井贤栋→蚂蚁集团']], ['蚂蚁集团董事长：井贤栋的问题很多', ['LEADS 井贤栋→蚂蚁集团']]],
  },
  {
    id: 'person-post-colon',
    positive: [['井贤栋职务：蚂蚁集团董事长', ['LEADS 井贤栋→蚂蚁集团']]],
    negative: [['井贤栋表示：蚂蚁集团董事长将离职', ['LEADS 井贤栋→蚂蚁集团']]],
  },
] as const;

const EMPLOYERS: ReadonlySet<EntityType> = new Set(['Company', 'Organization', 'GovernmentBody', 'MediaOutlet', 'PoliticalParty']);
const COLON = /^\s*[:：]\s*$/;
// 职务, 现任职务, 职位, 现任: the labels a profile puts before a post.
const POST_LABEL = /^(?:现任)?(?:职务|职位|身份|现任)\s*[:：]\s*$/;
// After the holder's name: the name only owns the noun that follows (井贤栋儿子, 井贤栋的问题).
const POSSESSED_AFTER = /^(?:的|之|儿子|女儿|妻子|丈夫|太太|夫人|父亲|母亲|家人|家族|兄弟|姐妹|孙子|孙女|侄子|女婿|前妻|亲属|秘书|司机|情妇)/;
const TITLE_END = /^(?:的)?([\u4e00-\u9fffA-Z、兼]{2,16}?)\s*(?=[。；;，,\s]|$)/;
const ALSO_RULE: Partial<Record<RelationType, string>> = { FOUNDED: 'founded-role', CONTROLS: 'controls-role', INVESTS_IN: 'invests-role', LEADS: 'leads-role', WORKS_FOR: 'works-for-role' };

export function colonTitleFacts(doc: Doc, anchors: readonly Anchor[]): Fact[] {
  const facts: Fact[] = [];
  for (const { sentence, inSentence } of sentenceAnchors(doc, anchors)) {
    for (let i = 0; i + 1 < inSentence.length; i++) {
      const a = inSentence[i]!;
      const b = inSentence[i + 1]!;
      const gap = doc.norm.slice(a.end, b.start);
      if (EMPLOYERS.has(a.type) && b.type === 'Person' && !b.coref) {
        // X董事长：Y
        const colon = gap.search(/[:：]/);
        if (colon <= 0 || !COLON.test(gap.slice(colon)) || POSSESSED_AFTER.test(doc.norm.slice(b.end, b.end + 2))) continue;
        const title = gap.slice(0, colon).trim();
        push(facts, doc, sentence, b, a, title, 'colon', a.start, b.end);
      } else if (a.type === 'Person' && !a.coref && EMPLOYERS.has(b.type) && POST_LABEL.test(gap)) {
        // Y职务：X董事长
        const m = TITLE_END.exec(doc.norm.slice(b.end, sentence.end));
        if (m) push(facts, doc, sentence, a, b, m[1]!, 'post-colon', a.start, b.end + m[0].length);
      }
    }
  }
  return facts;
}

function push(facts: Fact[], doc: Doc, sentence: { start: number; end: number }, person: Anchor, org: Anchor, title: string, shape: string, from: number, to: number): void {
  const kind = chainKind(title);
  if (!kind) return;
  for (const [type, rule] of [[kind.type, kind.rule], ...(kind.also ?? []).map((t) => [t, ALSO_RULE[t]!] as const)] as const) {
    facts.push(makeFact(doc, sentence, person, org, type, { id: `${rule}-${shape}`, confidence: kind.confidence * 0.9 }, title, from, to));
  }
}
