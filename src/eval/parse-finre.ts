import { ZhkgError } from '../errors.ts';
import { FINRE_PREDICATES, type RePredicate, type ReGoldSentence, type ReGoldTriple } from './re-gold.ts';

const REVERSE = '被';
// FinRE writes every number as <N>; the pipeline reads a digit (持有X<N>%股权 → 持有X1%股权), as in the news it is built for.
const NUMBER = /<N>/g;

/**
 * FinRE lines (`head<TAB>tail<TAB>relation<TAB>sentence`, blank lines between) to sentences with their shared
 * triples. A pair labelled 被X is the pair labelled X read backwards (tail X head): both lines give one triple.
 * Sentences are numbered in order of first appearance, over all labels, so the split does not depend on which
 * labels are shared; sentences with no shared triple are left out. The placeholder <N> is read as the digit 1.
 */
export function parseFinre(content: string, predicates: readonly RePredicate[] = FINRE_PREDICATES, file?: string): ReGoldSentence[] {
  const byLabel = new Map(predicates.map((p) => [p.label, p]));
  const sentences = new Map<string, ReGoldSentence>();
  const seen = new Set<string>();
  let n = 0;
  for (const [i, line] of content.split('\n').entries()) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    if (cols.length < 4) throw new ZhkgError('E_GOLD_INVALID', `parseFinre: line ${i + 1} has ${cols.length} columns, not 4`, { file });
    const [head, tail, relation] = cols.map((c) => c.trim()) as [string, string, string];
    const text = cols.slice(3).join('\t').trim().replace(NUMBER, '1');
    let sentence = sentences.get(text);
    if (!sentence) sentences.set(text, (sentence = { index: n++, text, triples: [] }));
    const reversed = relation.startsWith(REVERSE) && byLabel.has(relation.slice(REVERSE.length));
    const p = byLabel.get(reversed ? relation.slice(REVERSE.length) : relation);
    if (!p) continue;
    const [actor, acted] = reversed ? [tail, head] : [head, tail];
    const [subject, object] = p.ourSubject === 'subject' ? [actor, acted] : [acted, actor];
    const key = `${sentence.index}|${p.label}|${subject}|${object}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const triple: ReGoldTriple = { predicate: p.label, subject, object, subjectKind: p.subjectKind, objectKind: p.objectKind, accept: p.accept };
    sentence.triples.push(triple);
  }
  return [...sentences.values()].filter((s) => s.triples.length > 0);
}
