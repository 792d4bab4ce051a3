// Relation recall on public labelled sentences nobody on the team wrote: DuIE 2.0 (董事长, 创始人, 总部地点, 校长)
// and FinRE (拥有, 收购, 持股, 入股, 注资, 增持). Each set is split by index: the even half is the analysis split (it
// may be read sentence by sentence: --misses lists its misses), the odd half the report split (totals only).
// Usage: npm run eval:re [-- --data ../shared/nlp-data/re] [--misses]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../src/pipeline/analyze-article.ts';
import { loadLexicon } from '../src/lexicon/load-lexicon.ts';
import { parseDuie } from '../src/eval/parse-duie.ts';
import { parseFinre } from '../src/eval/parse-finre.ts';
import { DUIE_PREDICATES, FINRE_PREDICATES, splitOf, type RePredicate, type ReGoldSentence, type ReSplit } from '../src/eval/re-gold.ts';
import { aggregateRe, scoreReSentence, type ReSentenceScore } from '../src/eval/score-re.ts';
import { formatReReport } from '../src/eval/format-re-report.ts';
import { systemEntities } from '../src/eval/system-entities.ts';
import { sentenceArticle } from '../src/eval/sentence-article.ts';
import { ZhkgError, isZhkgError } from '../src/errors.ts';
import type { RelationType } from '../src/types.ts';

const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const root = dataAt >= 0 ? args[dataAt + 1]! : '../shared/nlp-data/re';
const showMisses = args.includes('--misses');

interface DataSet {
  name: string;
  file: string;
  predicates: readonly RePredicate[];
  parse: (content: string, predicates: readonly RePredicate[], file: string) => ReGoldSentence[];
}

const SETS: DataSet[] = [
  { name: 'DuIE 2.0', file: join(root, 'duie2/train_data_5000.json'), predicates: DUIE_PREDICATES, parse: parseDuie },
  { name: 'FinRE valid', file: join(root, 'finre/valid.txt'), predicates: FINRE_PREDICATES, parse: parseFinre },
];

const present = SETS.filter((s) => existsSync(s.file));
if (present.length === 0) {
  console.log(`eval:re: no data under ${root} (DuIE 2.0, FinRE); skipped`);
  process.exit(0);
}

const lexicon = loadLexicon();
try {
  for (const set of present) runSet(set);
} catch (e) {
  if (!isZhkgError(e)) throw e;
  console.error(`eval:re: ${e.code}: ${e.message}`);
  process.exit(1);
}

function runSet(set: DataSet): void {
  const gold = set.parse(readFileSync(set.file, 'utf8'), set.predicates, set.file);
  const shared = new Set<RelationType>(set.predicates.flatMap((p) => p.accept));
  const labels = set.predicates.map((p) => p.label);
  const bySplit: Record<ReSplit, ReSentenceScore[]> = { analysis: [], report: [] };
  const misses: string[] = [];
  for (const sentence of gold) {
    const result = analyzeArticle(sentenceArticle(sentence.text, `${set.name}#${sentence.index}`), lexicon);
    const score = scoreReSentence(sentence, { entities: systemEntities(result.entities), facts: result.facts }, shared);
    const split = splitOf(sentence);
    bySplit[split].push(score);
    if (showMisses && split === 'analysis') {
      const nameOf = (key: string) => result.entities.find((e) => e.key === key)?.name ?? key;
      for (const t of score.triples.filter((x) => !x.found)) {
        misses.push(`  #${sentence.index} ${t.triple.predicate} ${t.triple.subject}→${t.triple.object}${t.recognised ? '' : ' (entities not both recognised)'}: ${sentence.text}`);
        misses.push(`      entities: ${result.entities.map((e) => `${e.name}/${e.type}`).join(' ')}`);
        misses.push(`      facts: ${result.facts.map((f) => `${f.type} ${nameOf(f.subject)}→${nameOf(f.object)}`).join('; ')}`);
      }
    }
  }
  for (const split of ['analysis', 'report'] as const) {
    const totals = aggregateRe(bySplit[split], labels);
    if (totals.all.gold === 0) throw new ZhkgError('E_EVAL_EMPTY', `${set.name}: the ${split} split of ${set.file} has no gold triple of ${labels.join(', ')}`, { file: set.file });
    const note = split === 'analysis' ? 'analysis split (even index; may be read)' : 'report split (odd index; totals only)';
    console.log(formatReReport(`${set.name} — ${note}`, totals).join('\n'));
  }
  if (showMisses) console.log(`${set.name} misses (analysis split only):\n${misses.join('\n')}`);
  console.log('');
}
