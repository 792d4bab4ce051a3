import type { RelationType } from '../types.ts';

/**
 * Public relation-extraction gold (DuIE 2.0, FinRE) as the relation scorer sees it: sentences, each with the
 * labelled triples whose predicate maps onto our ontology. The predicate tables are data: what each public label
 * means in our ontology, which way the relation runs, and what kind of entity stands on each side.
 */

/** The kind of entity a gold side names; a system entity matches a side only when its type is of that kind. */
export type SideKind = 'person' | 'place' | 'org' | 'party';

export interface RePredicate {
  /** The dataset's label (董事长, 持股…). */
  label: string;
  /** The relation of ours that states it; the first is the strict type, any of them counts as found. None: an alias. */
  accept: readonly RelationType[];
  /** Which side of the dataset's triple is our relation's subject: the dataset's `subject`, or its `object`. */
  ourSubject: 'subject' | 'object';
  subjectKind: SideKind;
  objectKind: SideKind;
}

/** One gold fact, already in our direction: `subject` is the subject of our relation. */
export interface ReGoldTriple {
  predicate: string;
  subject: string;
  object: string;
  subjectKind: SideKind;
  objectKind: SideKind;
  accept: readonly RelationType[];
}

export interface ReGoldSentence {
  /** The position of the record in its file (DuIE: line; FinRE: distinct sentence in order of first appearance). */
  index: number;
  text: string;
  triples: ReGoldTriple[];
}

/** The DuIE 2.0 predicates we share. DuIE's subject is the organisation (企业/学校), its object the person or place. */
export const DUIE_PREDICATES: readonly RePredicate[] = [
  { label: '董事长', accept: ['LEADS'], ourSubject: 'object', subjectKind: 'person', objectKind: 'org' },
  { label: '创始人', accept: ['FOUNDED'], ourSubject: 'object', subjectKind: 'party', objectKind: 'org' },
  { label: '总部地点', accept: ['LOCATED_IN'], ourSubject: 'subject', subjectKind: 'org', objectKind: 'place' },
  { label: '校长', accept: ['LEADS'], ourSubject: 'object', subjectKind: 'person', objectKind: 'org' },
];

/**
 * The FinRE ownership and stake labels. FinRE's head acts on its tail (head 持股 tail); each label also comes
 * reversed (被持股: tail 持股 head), and the two lines are one fact. Buying or owning a company is control
 * (CONTROLS); holding, taking or adding a stake, or injecting capital, is investment (INVESTS_IN). The line between
 * the two is soft in the text (a 持股 may be a controlling stake), so either type counts as found, and the strict
 * type is reported beside it.
 */
export const FINRE_PREDICATES: readonly RePredicate[] = [
  { label: '拥有', accept: ['CONTROLS', 'INVESTS_IN'], ourSubject: 'subject', subjectKind: 'party', objectKind: 'org' },
  { label: '收购', accept: ['CONTROLS', 'INVESTS_IN'], ourSubject: 'subject', subjectKind: 'party', objectKind: 'org' },
  { label: '持股', accept: ['INVESTS_IN', 'CONTROLS'], ourSubject: 'subject', subjectKind: 'party', objectKind: 'org' },
  { label: '入股', accept: ['INVESTS_IN', 'CONTROLS'], ourSubject: 'subject', subjectKind: 'party', objectKind: 'org' },
  { label: '注资', accept: ['INVESTS_IN', 'CONTROLS'], ourSubject: 'subject', subjectKind: 'party', objectKind: 'org' },
  { label: '增持', accept: ['INVESTS_IN', 'CONTROLS'], ourSubject: 'subject', subjectKind: 'party', objectKind: 'org' },
];

/**
 * DuIE's 简称 (organisation, short name) as an entity-resolution check, not a relation: an empty `accept` marks it,
 * and the pair is found when one entity carries both the full name and, exactly, the short one.
 */
export const DUIE_ALIAS_PREDICATES: readonly RePredicate[] = [{ label: '简称', accept: [], ourSubject: 'subject', subjectKind: 'org', objectKind: 'org' }];

/** The analysis split (even index: may be read sentence by sentence) or the report split (odd: totals only). */
export type ReSplit = 'analysis' | 'report';

export function splitOf(sentence: Pick<ReGoldSentence, 'index'>): ReSplit {
  return sentence.index % 2 === 0 ? 'analysis' : 'report';
}
