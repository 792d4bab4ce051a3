/**
 * Trains the name tagger and writes data/ner-model.bin.gz.
 *   npm run train:ner [-- --epochs 14 --bits 8 --buckets-log2 18 --prune 0 --news-repeat 3 --validate --out FILE
 *     --save-epochs 10,14]
 * Reads CLUENER2020 train.jsonl and People's Daily example.dev from ../shared/nlp-data/ner (skips with a message
 * when absent). --validate holds out a seeded tenth of the training sentences and prints their scores per epoch
 * instead of writing the model: the evaluation sets stay untouched for `npm run eval:ner`. --one-domain trains
 * without the per-dataset weights (for comparison; see trainPerceptron). --save-epochs also writes the model after
 * each listed epoch, to FILE.epochN (to compare epoch counts with one run).
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../src/lexicon/load-lexicon.ts';
import { ensureUserWords } from '../src/pipeline/user-words.ts';
import { nameGazetteer } from '../src/ner/name-gazetteer.ts';
import { extractFeatures } from '../src/ner/ner-features.ts';
import { spansToTags } from '../src/ner/ner-labels.ts';
import { mulberry32, trainPerceptron, type TrainingExample } from '../src/ner/train-perceptron.ts';
import { encodeNerModel } from '../src/ner/ner-model-file.ts';
import { NER_MODEL_PATH } from '../src/ner/load-ner-model.ts';
import { evaluateNer, formatScores, type GoldSentence } from '../src/ner/evaluate-ner.ts';
import { CLUENER_SCORING, PD_SCORING, FILES, missingData, parseDataset, prepareGold, readDataFile, REPO } from './ner/ner-data.ts';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '14' },
    bits: { type: 'string', default: '8' },
    'buckets-log2': { type: 'string', default: '18' },
    prune: { type: 'string', default: '0' },
    seed: { type: 'string', default: '12' },
    'news-repeat': { type: 'string', default: '3' },
    validate: { type: 'boolean', default: false },
    'one-domain': { type: 'boolean', default: false },
    out: { type: 'string' },
    'save-epochs': { type: 'string', default: '' },
  },
});

const missing = missingData();
if (missing) {
  console.log(`train:ner: skipped: ${missing}`);
  process.exit(0);
}
const began = performance.now();
const opts = { epochs: Number(values.epochs), buckets: 1 << Number(values['buckets-log2']), seed: Number(values.seed) };
const bits = Number(values.bits) as 8 | 16;
const lexicon = loadLexicon();
ensureUserWords(lexicon);
const gazetteer = nameGazetteer(lexicon);

// The news domain (People's Daily conventions) first: it is the file's default, the one the pipeline uses.
const sources = [
  { which: 'peoples-daily' as const, file: FILES.pdTrain, domain: 'news' },
  { which: 'cluener' as const, file: FILES.cluenerTrain, domain: 'cluener' },
];
type Sentence = GoldSentence & { domain: number };
let sentences: Sentence[] = [];
const read: Array<{ path: string; sha256: string; sentences: number; domain: string }> = [];
sources.forEach(({ which, file, domain }, d) => {
  const data = readDataFile(file);
  const gold = prepareGold(which, parseDataset(which, data.text, data.path), lexicon);
  read.push({ path: data.path, sha256: data.sha256, sentences: gold.length, domain });
  sentences = sentences.concat(gold.map((s) => ({ ...s, domain: d })));
});
console.log(`train:ner: ${sentences.length} sentences read and segmented in ${((performance.now() - began) / 1000).toFixed(1)} s`);

let held: Sentence[] = [];
if (values.validate) {
  const random = mulberry32(opts.seed + 1);
  const keep: Sentence[] = [];
  for (const s of sentences) (random() < 0.1 ? held : keep).push(s);
  sentences = keep;
}
const once: TrainingExample[] = sentences.map((s) => ({ features: extractFeatures(s.norm, s.words, gazetteer, opts.buckets), tags: spansToTags(s.norm.length, s.gold), domain: values['one-domain'] ? 0 : s.domain }));
// The news domain has a fifth of CLUENER's sentences: --news-repeat N visits each of its sentences N times an epoch.
const newsRepeat = Number(values['news-repeat']);
const examples: TrainingExample[] = once.flatMap((e, k) => (sentences[k]!.domain === 0 ? Array.from({ length: newsRepeat }, () => e) : [e]));
const out = values.out ?? NER_MODEL_PATH;
const saveEpochs = new Set(values['save-epochs'].split(',').filter(Boolean).map(Number));
const encode = (ms: ReturnType<typeof trainPerceptron>, epochs: number) =>
  encodeNerModel(
    sources.map(({ domain }, d) => ({ domain, model: ms[d] ?? ms[0]! })),
    { command: 'npm run train:ner', data: read, labels: 'PER LOC COM GOV ORG (BIOES)', options: { ...opts, epochs, newsRepeat, bits, prune: Number(values.prune) } },
    { bits, prune: Number(values.prune) },
  );
const models = trainPerceptron(examples, {
  ...opts,
  domains: values['one-domain'] ? 1 : sources.length,
  onEpoch: (epoch, ms, errors) => {
    const line = `train:ner: epoch ${epoch}: ${errors} of ${examples.length} sentences wrong (${((performance.now() - began) / 1000).toFixed(1)} s)`;
    if (!values.validate) {
      if (saveEpochs.has(epoch)) writeFileSync(`${out}.epoch${epoch}`, encode(ms, epoch));
      return console.log(line);
    }
    console.log(line);
    sources.forEach(({ which, domain }, d) => {
      const scoring = which === 'cluener' ? CLUENER_SCORING : PD_SCORING;
      // People's Daily gold is in our labels here (its ORG refined): score it as PER/LOC/ORG.
      const gold = held.filter((s) => s.domain === d).map((s) => (which === 'cluener' ? s : { ...s, gold: s.gold.map((g) => ({ ...g, label: PD_SCORING.relabel(g.label) })) }));
      console.log(formatScores(`  held-out tenth of ${domain}:`, evaluateNer(ms[d] ?? ms[0]!, gazetteer, gold, scoring.labels, scoring.relabel)));
    });
  },
});
const seconds = (performance.now() - began) / 1000;
if (values.validate) process.exit(0);

const file = encode(models, opts.epochs);
writeFileSync(out, file);
console.log(`train:ner: wrote ${relative(REPO, out) || out} (${(file.length / 1024 / 1024).toFixed(2)} MB) in ${seconds.toFixed(1)} s`);
