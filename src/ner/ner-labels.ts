import type { EntityType } from '../types.ts';

/**
 * The tagger's entity labels: persons, places, companies, government bodies and other organisations. Media and
 * parties are organisations to the tagger; the organisation-suffix rules tell them apart afterwards.
 */
export const NER_LABELS = ['PER', 'LOC', 'COM', 'GOV', 'ORG'] as const;
export type NerLabel = (typeof NER_LABELS)[number];

/** The graph's entity type a label stands for. */
export const ENTITY_TYPE_OF: Readonly<Record<NerLabel, EntityType>> = {
  PER: 'Person',
  LOC: 'Location',
  COM: 'Company',
  GOV: 'GovernmentBody',
  ORG: 'Organization',
};

/** The label an entity type falls under (Product has none: the tagger does not learn products). */
export function labelOfType(type: EntityType): NerLabel | undefined {
  switch (type) {
    case 'Person':
      return 'PER';
    case 'Location':
      return 'LOC';
    case 'Company':
      return 'COM';
    case 'GovernmentBody':
      return 'GOV';
    case 'MediaOutlet':
    case 'PoliticalParty':
    case 'Organization':
      return 'ORG';
    default:
      return undefined;
  }
}

/**
 * BIOES tags: 0 is O; label k has B = 1 + 4k, I = 2 + 4k, E = 3 + 4k, S = 4 + 4k. A span is B I* E or S.
 */
export const TAG_COUNT = 1 + 4 * NER_LABELS.length;
export const O = 0;
export const Part = { B: 1, I: 2, E: 3, S: 4 } as const;
export type Part = (typeof Part)[keyof typeof Part];

export function tagOf(label: number, part: Part): number {
  return 4 * label + part;
}

/** The label index of a tag (-1 for O) and its part. */
export function labelOfTag(tag: number): number {
  return tag === O ? -1 : (tag - 1) >> 2;
}

export function partOfTag(tag: number): Part | 0 {
  return tag === O ? 0 : ((((tag - 1) & 3) + 1) as Part);
}

/** A labelled span of a sentence: [start, end) in UTF-16 units, `label` an index into NER_LABELS. */
export interface NerSpan {
  start: number;
  end: number;
  label: number;
}

/** The BIOES tags of a sentence of `length` characters with these (non-overlapping) spans. */
export function spansToTags(length: number, spans: readonly NerSpan[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = tagOf(s.label, Part.S);
    else {
      tags[s.start] = tagOf(s.label, Part.B);
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = tagOf(s.label, Part.I);
      tags[s.end - 1] = tagOf(s.label, Part.E);
    }
  }
  return tags;
}

/** The spans a valid BIOES tag sequence encodes (a decoder only yields valid ones). */
export function tagsToSpans(tags: ArrayLike<number>): NerSpan[] {
  const spans: NerSpan[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const part = partOfTag(t);
    if (part === Part.S) spans.push({ start: i, end: i + 1, label: labelOfTag(t) });
    else if (part === Part.B) start = i;
    else if (part === Part.E && start >= 0) {
      spans.push({ start, end: i + 1, label: labelOfTag(t) });
      start = -1;
    } else if (part === 0) start = -1;
  }
  return spans;
}

/** Whether tag `b` may follow tag `a` (a = -1: sentence start; b = -1: sentence end). */
export function mayFollow(a: number, b: number): boolean {
  const pa = a < 0 ? 0 : partOfTag(a);
  const pb = b < 0 ? 0 : partOfTag(b);
  const open = pa === Part.B || pa === Part.I;
  if (open) return (pb === Part.I || pb === Part.E) && labelOfTag(a) === labelOfTag(b);
  return pb === 0 || pb === Part.B || pb === Part.S;
}
