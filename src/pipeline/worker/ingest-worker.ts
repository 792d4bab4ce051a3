// One pipeline worker: loads the lexicon and the segmenter once, then analyses the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../../lexicon/load-lexicon.ts';
import { analyzeFile } from '../analyze-file.ts';
import type { WorkerRequest, WorkerReply, WorkerSetup } from './worker-messages.ts';

const setup = workerData as WorkerSetup;
const lexicon = loadLexicon(setup.lexiconFiles);
// The segmenter dictionary (2–3 s) loads with the first article that gets that far, inside that file's time budget
// (a small part of the default 60 s): loading it up front would delay even a run whose files all fail to load.

parentPort!.on('message', async (request: WorkerRequest) => {
  const items: WorkerReply['items'] = [];
  for (const { index, file } of request.files) {
    items.push({ index, file, ...(await analyzeFile(file, lexicon, { maxBytes: setup.maxBytes, keepResults: setup.keepResults, tagger: setup.tagger })) });
  }
  parentPort!.postMessage({ items } satisfies WorkerReply);
});
parentPort!.postMessage({ ready: true });
