import { Worker } from 'node:worker_threads';
import type { FileOutcome } from './analyze-file.ts';
import type { WorkerReply, WorkerSetup } from './worker/worker-messages.ts';

const BATCH = 8;

/**
 * Analyses files in `jobs` worker threads (each with its own segmenter), handing out small batches to
 * whichever worker is free. Calls `onItem` in completion order; returns outcomes in input order.
 */
export async function analyzeInParallel(
  files: readonly string[],
  jobs: number,
  setup: WorkerSetup,
  onItem: (index: number, file: string, outcome: FileOutcome) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.min(jobs, Math.ceil(files.length / BATCH)) }, () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./worker/ingest-worker.mjs', import.meta.url), { workerData: setup, execArgv: [] });
          workers.push(worker);
          const send = () => {
            if (next >= files.length) return resolve();
            const batch = files.slice(next, next + BATCH).map((file, k) => ({ index: next + k, file }));
            next += batch.length;
            worker.postMessage({ files: batch });
          };
          worker.on('message', (msg: WorkerReply | { ready: true }) => {
            if ('items' in msg) {
              for (const item of msg.items) {
                const { index, file, ...outcome } = item;
                outcomes[index] = outcome;
                onItem(index, file, outcome);
              }
            }
            send();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`pipeline worker exited with code ${code}`));
          });
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
