import type { Doc, EntityType, Fact, RelationType } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { roleAtEnd, roleRow } from '../recognize/role-words.ts';
import { makeFact } from './make-fact.ts';
import { sentenceAnchors } from './sentence-anchors.ts';

/**
 * Which role-table rows a bare title (one with no organisation before it) may take from the sentence's one
 * organisation, and what kind of organisation that must be. Heads of state, ministers and staff are left out: 国家主席X
 * or 记者X in a sentence about a company is not that company's; nor is 总裁X in a sentence that cites an outlet
 * (据路透社报道，总裁X表示), so an outlet takes only its editors.
 */
export const BARE_TITLE_ROWS: ReadonlyArray<{ row: string; employers: readonly EntityType[] }> = [
  { row: 'chair', employers: ['Company', 'Organization'] },
  { row: 'chief-executive', employers: ['Company', 'Organization'] },
  { row: 'bank-head', employers: ['Company'] },
  { row: 'academic-head', employers: ['Organization'] },
  { row: 'association-head', employers: ['Organization'] },
  { row: 'editor-in-chief', employers: ['MediaOutlet'] },
  { row: 'founder', employers: ['Company', 'Organization'] },
];

const EMPLOYERS: ReadonlySet<EntityType> = new Set(['Company', 'Organization', 'GovernmentBody', 'MediaOutlet', 'PoliticalParty']);
// What may stand before a bare title: a clause or list mark, a copula or existential, or nothing (the clause start).
// (Not 任: 由X担任主席一职 names the holder before the title.)
const BOUNDARY = /(?:^|[，,、；;：:\s（(]|有|由|是|为|和|及)$/;
const COPULA = /(?:是|为|名叫|叫)$/;
const TENSE = /(?:新任|现任|首任|时任|原任|原|前任|前)$/;

/**
 * 北京大学120年校庆，…，校长林建华读稿演讲: a head's title right before a person, with no organisation of its own,
 * is the post of the one organisation the sentence names before it. Nothing when the sentence names two
 * organisations, or when the title has a qualifier (副校长, 北美业务主管: the table's rows read those elsewhere).
 */
export function bareTitleFacts(doc: Doc, anchors: readonly Anchor[]): Fact[] {
  const facts: Fact[] = [];
  for (const { sentence, inSentence } of sentenceAnchors(doc, anchors)) {
    const orgs = inSentence.filter((a) => EMPLOYERS.has(a.type));
    if (orgs.length === 0 || orgs.some((o) => o.key !== orgs[0]!.key)) continue;
    const org = orgs[0]!;
    for (const [i, person] of inSentence.entries()) {
      if (person.type !== 'Person' || person.coref || person.start <= org.end) continue;
      // The title stands between the person and the name before it, whatever that is.
      const lead = doc.norm.slice(Math.max(inSentence[i - 1]!.end, person.start - 12), person.start);
      // 创始人是X, 创始人名叫X: a copula may stand between the title and its holder.
      const copula = COPULA.exec(lead)?.[0] ?? '';
      const title = roleAtEnd(lead.slice(0, lead.length - copula.length));
      const row = title ? roleRow(title) : undefined;
      const rule = row ? BARE_TITLE_ROWS.find((r) => r.row === row.id) : undefined;
      if (!title || !row || !rule || !rule.employers.includes(org.type)) continue;
      // The text before the title (and its tense) must end at a boundary, not on a name: 阿里巴巴上海总经理X heads a
      // unit, and 北京大学校长X is read by the pair rules.
      const before = doc.norm.slice(sentence.start, person.start - copula.length - title.length).replace(TENSE, '');
      if (!BOUNDARY.test(before) || inSentence.some((a) => a.end === sentence.start + before.length)) continue;
      const type: RelationType = row.relation;
      facts.push(makeFact(doc, sentence, person, org, type, { id: `${row.relation === 'LEADS' ? 'leads' : 'founded'}-bare-title`, confidence: 0.6 }, title, org.start, person.end));
    }
  }
  return facts;
}
