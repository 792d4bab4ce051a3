/**
 * The public NER data the name tagger is trained and scored on, read from ../shared/nlp-data/ner beside the
 * repository (see /work/shared/nlp-data/README.md): CLUENER2020 train and People's Daily example.dev to train,
 * CLUENER2020 dev and People's Daily example.test to score only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from '../../src/lexicon/load-lexicon.ts';
import { parseCluener, parsePeoplesDaily, type RawNerSentence } from '../../src/ner/ner-datasets.ts';
import { CLUENER_LABELS, mapSpans, PEOPLES_DAILY_LABELS } from '../../src/ner/dataset-labels.ts';
import { prepareSentence } from '../../src/ner/prepare-sentence.ts';
import type { GoldSentence } from '../../src/ner/evaluate-ner.ts';
import { NER_LABELS } from '../../src/ner/ner-labels.ts';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const NER_DATA = process.env.ZHKG_NER_DATA ?? resolve(REPO, '../shared/nlp-data/ner');

export const FILES = {
  cluenerTrain: 'cluener2020/train.jsonl',
  cluenerDev: 'cluener2020/dev.jsonl',
  pdTrain: "peoples-daily-1998/example.dev",
  pdTest: "peoples-daily-1998/example.test",
} as const;

/** A message when the data is absent, else undefined. */
export function missingData(): string | undefined {
  const absent = Object.values(FILES).filter((f) => !existsSync(join(NER_DATA, f)));
  return absent.length ? `${NER_DATA}: ${absent.join(', ')} not present (the public NER data lives in ../shared/nlp-data/ner)` : undefined;
}

/** A data file's text and its sha256, for the model's record of what it was made from. */
export function readDataFile(file: string): { text: string; sha256: string; path: string } {
  const bytes = readFileSync(join(NER_DATA, file));
  return { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex'), path: `../shared/nlp-data/ner/${file}` };
}

export type Dataset = 'cluener' | 'peoples-daily';

export function parseDataset(which: Dataset, text: string, origin: string): RawNerSentence[] {
  return which === 'cluener' ? parseCluener(text, origin) : parsePeoplesDaily(text);
}

/** Sentences with gold spans in NER_LABELS indices, segmented as the pipeline would segment them. */
export function prepareGold(which: Dataset, sentences: readonly RawNerSentence[], lexicon: Lexicon): GoldSentence[] {
  const table = which === 'cluener' ? CLUENER_LABELS : PEOPLES_DAILY_LABELS;
  return sentences.map((s) => ({ ...prepareSentence(s.text), gold: mapSpans(s, table, lexicon) }));
}

/** The scoring labels of each evaluation set, and how a predicted NER_LABELS index maps to them. */
export const CLUENER_SCORING = { labels: ['name', 'address', 'company', 'government', 'organization'], relabel: (l: number) => l };
const PD_OF: Record<string, number> = { PER: 0, LOC: 1, COM: 2, GOV: 2, ORG: 2 };
export const PD_SCORING = { labels: ['PER', 'LOC', 'ORG'], relabel: (l: number) => PD_OF[NER_LABELS[l]!] ?? -1 };

/** People's Daily gold for scoring: its own three labels, not our finer organisation labels. */
export function prepareRawGold(sentences: readonly RawNerSentence[], labels: readonly string[]): GoldSentence[] {
  return sentences.map((s) => ({
    ...prepareSentence(s.text),
    gold: s.spans.filter((sp) => labels.includes(sp.label)).map((sp) => ({ start: sp.start, end: sp.end, label: labels.indexOf(sp.label) })),
  }));
}
