import type { ArticleResult, RelationType } from '../types.ts';
import { ZhkgError } from '../errors.ts';
import { splitOf, type RePredicate, type ReGoldSentence, type ReSplit } from './re-gold.ts';
import { aggregateRe, scoreReSentence, type ReSentenceScore, type ReTotals } from './score-re.ts';
import { systemEntities } from './system-entities.ts';

export interface ReDataSet {
  name: string;
  file: string;
  predicates: readonly RePredicate[];
  parse: (content: string, predicates: readonly RePredicate[], file: string) => ReGoldSentence[];
}

export interface ReEvalResult {
  totals: Record<ReSplit, ReTotals>;
  /** The analysis split's misses, one block of lines per missed triple (the report split's are never listed). */
  misses: string[];
}

/**
 * Scores one public set: parses it, analyses each sentence with `analyze`, and sums per split. A split with no
 * gold triple is an error (E_EVAL_EMPTY): the file is there but nothing could be scored.
 */
export function runReEval(set: ReDataSet, content: string, analyze: (text: string, id: string) => Pick<ArticleResult, 'entities' | 'facts'>): ReEvalResult {
  const gold = set.parse(content, set.predicates, set.file);
  const shared = new Set<RelationType>(set.predicates.flatMap((p) => p.accept));
  const labels = set.predicates.map((p) => p.label);
  const bySplit: Record<ReSplit, ReSentenceScore[]> = { analysis: [], report: [] };
  const misses: string[] = [];
  for (const sentence of gold) {
    const result = analyze(sentence.text, `${set.name}#${sentence.index}`);
    const score = scoreReSentence(sentence, { entities: systemEntities(result.entities), facts: result.facts }, shared);
    const split = splitOf(sentence);
    bySplit[split].push(score);
    if (split !== 'analysis') continue;
    const nameOf = (key: string) => result.entities.find((e) => e.key === key)?.name ?? key;
    for (const t of score.triples.filter((x) => !x.found)) {
      misses.push(`  #${sentence.index} ${t.triple.predicate} ${t.triple.subject}→${t.triple.object}${t.recognised ? '' : ' (entities not both recognised)'}: ${sentence.text}`);
      misses.push(`      entities: ${result.entities.map((e) => `${e.name}/${e.type}`).join(' ')}`);
      misses.push(`      facts: ${result.facts.map((f) => `${f.type} ${nameOf(f.subject)}→${nameOf(f.object)}`).join('; ')}`);
    }
  }
  const totals = { analysis: aggregateRe(bySplit.analysis, labels), report: aggregateRe(bySplit.report, labels) };
  for (const split of ['analysis', 'report'] as const) {
    if (totals[split].all.gold === 0) throw new ZhkgError('E_EVAL_EMPTY', `runReEval: the ${split} split of ${set.name} has no gold triple of ${labels.join(', ')}`, { file: set.file });
  }
  return { totals, misses };
}
