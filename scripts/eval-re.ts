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
import { DUIE_ALIAS_PREDICATES, DUIE_PREDICATES, FINRE_PREDICATES } from '../src/eval/re-gold.ts';
import { runReEval, type ReDataSet } from '../src/eval/run-re-eval.ts';
import { formatReReport } from '../src/eval/format-re-report.ts';
import { sentenceArticle } from '../src/eval/sentence-article.ts';
import { isZhkgError } from '../src/errors.ts';

const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const root = dataAt >= 0 ? args[dataAt + 1]! : '../shared/nlp-data/re';
const showMisses = args.includes('--misses');

const SETS: ReDataSet[] = [
  { name: 'DuIE 2.0', file: join(root, 'duie2/train_data_5000.json'), predicates: DUIE_PREDICATES, parse: parseDuie },
  // Not a relation: whether 简称 (X（简称Y）) makes Y a name of X's entity; `ent` counts full names recognised.
  { name: 'DuIE 2.0 简称 (aliases)', file: join(root, 'duie2/train_data_5000.json'), predicates: DUIE_ALIAS_PREDICATES, parse: parseDuie },
  { name: 'FinRE valid', file: join(root, 'finre/valid.txt'), predicates: FINRE_PREDICATES, parse: parseFinre },
];

const present = SETS.filter((s) => existsSync(s.file));
if (present.length === 0) {
  console.log(`eval:re: no data under ${root} (DuIE 2.0, FinRE); skipped`);
  process.exit(0);
}

const lexicon = loadLexicon();
const analyze = (text: string, id: string) => analyzeArticle(sentenceArticle(text, id), lexicon);
try {
  for (const set of present) {
    const { totals, misses } = runReEval(set, readFileSync(set.file, 'utf8'), analyze);
    console.log(formatReReport(`${set.name} — analysis split (even index; may be read)`, totals.analysis).join('\n'));
    console.log(formatReReport(`${set.name} — report split (odd index; totals only)`, totals.report).join('\n'));
    if (showMisses) console.log(`${set.name} misses (analysis split only):\n${misses.join('\n')}`);
    console.log('');
  }
} catch (e) {
  if (!isZhkgError(e)) throw e;
  console.error(`eval:re: ${e.code}: ${e.message}`);
  process.exit(1);
}
