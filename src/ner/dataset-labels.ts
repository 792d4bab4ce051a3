import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { orgSuffixType } from '../recognize/org-suffixes.ts';
import { labelOfType, NER_LABELS, type NerLabel, type NerSpan } from './ner-labels.ts';
import type { RawNerSentence } from './ner-datasets.ts';

/**
 * How the public datasets' labels map to ours. CLUENER's game, book, movie, position and scene are not entities
 * of the graph (positions are titles) and are left untagged. People's Daily has one ORG label: its organisations
 * take the lexicon's type when the lexicon knows the name, else the type their ending implies (…公司 a company,
 * …委员会 a government body), else ORG.
 */
export const CLUENER_LABELS: Readonly<Record<string, NerLabel>> = {
  name: 'PER',
  company: 'COM',
  government: 'GOV',
  organization: 'ORG',
  address: 'LOC',
};

export const PEOPLES_DAILY_LABELS: Readonly<Record<string, NerLabel | 'ORG*'>> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG*' };

/** A dataset sentence's spans in our labels; spans of unmapped labels are dropped. */
export function mapSpans(sentence: RawNerSentence, table: Readonly<Record<string, NerLabel | 'ORG*'>>, lexicon: Lexicon): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of sentence.spans) {
    const mapped = table[s.label];
    if (!mapped) continue;
    const label = mapped === 'ORG*' ? organisationLabel(sentence.text.slice(s.start, s.end), lexicon) : mapped;
    out.push({ start: s.start, end: s.end, label: NER_LABELS.indexOf(label) });
  }
  return out;
}

function organisationLabel(name: string, lexicon: Lexicon): NerLabel {
  const known = lexicon.bySurface.get(name);
  const label = known ? labelOfType(known.type) : undefined;
  if (label && label !== 'PER' && label !== 'LOC') return label;
  const suffix = orgSuffixType(name);
  return (suffix && labelOfType(suffix.type)) || 'ORG';
}
