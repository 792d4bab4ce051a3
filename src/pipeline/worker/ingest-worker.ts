// One pipeline worker: loads the lexicon and the segmenter once, then analyses the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../../lexicon/load-lexicon.ts';
import { analyzeFile } from '../analyze-file.ts';
import { ensureUserWords } from '../user-words.ts';
import type { WorkerRequest, WorkerReply, WorkerSetup } from './worker-messages.ts';

const setup = workerData as WorkerSetup;
const lexicon = loadLexicon(setup.lexiconFiles);

parentPort!.on('message', async (request: WorkerRequest) => {
  const items: WorkerReply['items'] = [];
  for (const { index, file } of request.files) {
    items.push({ index, file, ...(await analyzeFile(file, lexicon, { maxBytes: setup.maxBytes, keepResults: setup.keepResults, tagger: setup.tagger })) });
  }
  parentPort!.postMessage({ items } satisfies WorkerReply);
});
parentPort!.postMessage({ ready: true });
// The segmenter dictionary and the lexicon's words (2–3 s) load now, while the main thread lists the inputs and
// reads the cache; a file sent meanwhile waits in the queue (its time budget runs from the send, and 60 s covers it).
if (setup.preload) ensureUserWords(lexicon);
