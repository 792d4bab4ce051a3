/**
 * Scores the committed name tagger (data/ner-model.bin.gz) on data it never saw in training: CLUENER2020 dev
 * (span P/R/F1 for name, address, company, government, organization) and People's Daily example.test (PER, LOC,
 * ORG; our company, government and organisation labels all count as ORG there). CLUENER is tagged with the
 * model's cluener-domain weights, People's Daily with its news-domain weights (the pipeline's).
 *   npm run eval:ner [-- --json] [--model FILE]
 * Skips with a message when ../shared/nlp-data/ner is absent.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../src/lexicon/load-lexicon.ts';
import { ensureUserWords } from '../src/pipeline/user-words.ts';
import { nameGazetteer } from '../src/ner/name-gazetteer.ts';
import { NER_MODEL_PATH } from '../src/ner/load-ner-model.ts';
import { decodeNerModel } from '../src/ner/ner-model-file.ts';
import { evaluateNer, formatScores } from '../src/ner/evaluate-ner.ts';
import { CLUENER_SCORING, FILES, missingData, parseDataset, PD_SCORING, prepareGold, prepareRawGold, readDataFile } from './ner/ner-data.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, model: { type: 'string' } } });
const missing = missingData();
if (missing) {
  console.log(`eval:ner: skipped: ${missing}`);
  process.exit(0);
}
const lexicon = loadLexicon();
ensureUserWords(lexicon);
const gazetteer = nameGazetteer(lexicon);
// Each set is tagged with the weights of its own domain (see trainPerceptron); the pipeline uses 'news'.
const modelFile = values.model ?? NER_MODEL_PATH;
const news = decodeNerModel(readFileSync(modelFile), modelFile, 'news');
const cluenerModel = decodeNerModel(readFileSync(modelFile), modelFile, 'cluener');

const cluenerData = readDataFile(FILES.cluenerDev);
const cluener = prepareGold('cluener', parseDataset('cluener', cluenerData.text, cluenerData.path), lexicon);
const pdData = readDataFile(FILES.pdTest);
const pd = prepareRawGold(parseDataset('peoples-daily', pdData.text, pdData.path), PD_SCORING.labels);

const began = performance.now();
const cpuBefore = process.cpuUsage();
const report = {
  cluenerDev: { file: cluenerData.path, sha256: cluenerData.sha256, sentences: cluener.length, scores: evaluateNer(cluenerModel, gazetteer, cluener, CLUENER_SCORING.labels, CLUENER_SCORING.relabel) },
  peoplesDailyTest: { file: pdData.path, sha256: pdData.sha256, sentences: pd.length, scores: evaluateNer(news, gazetteer, pd, PD_SCORING.labels, PD_SCORING.relabel) },
};
const chars = [...cluener, ...pd].reduce((n, s) => n + s.norm.length, 0);
const ms = performance.now() - began;
const cpuMs = process.cpuUsage(cpuBefore).user / 1000;
if (values.json) console.log(JSON.stringify({ ...report, taggingMs: Math.round(ms), taggingCpuMs: Math.round(cpuMs), chars }, null, 2));
else {
  console.log(formatScores(`CLUENER2020 dev (${cluener.length} sentences), exact spans:`, report.cluenerDev.scores));
  console.log(formatScores(`People's Daily example.test (${pd.length} sentences), exact spans:`, report.peoplesDailyTest.scores));
  console.log(`tagging: ${chars} characters in ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (${((cpuMs * 1000) / chars).toFixed(2)} µs CPU per character, features and margins included)`);
}
