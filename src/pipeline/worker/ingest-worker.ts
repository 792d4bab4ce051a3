// One pipeline worker: loads the lexicon and the segmenter once, then analyses the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../../lexicon/load-lexicon.ts';
import { tokenize } from '../../segment/tokenize.ts';
import { analyzeFile } from '../analyze-file.ts';
import { ensureUserWords } from '../user-words.ts';
import type { WorkerRequest, WorkerReply, WorkerSetup } from './worker-messages.ts';

const setup = workerData as WorkerSetup;
const lexicon = loadLexicon(setup.lexiconFiles);
// Load the dictionary before saying ready, so that its 2–3 s are not counted against the first file's time budget.
ensureUserWords(lexicon);
tokenize('预热');

parentPort!.on('message', async (request: WorkerRequest) => {
  const items: WorkerReply['items'] = [];
  for (const { index, file } of request.files) {
    items.push({ index, file, ...(await analyzeFile(file, lexicon, { maxBytes: setup.maxBytes, keepResults: setup.keepResults })) });
  }
  parentPort!.postMessage({ items } satisfies WorkerReply);
});
parentPort!.postMessage({ ready: true });
