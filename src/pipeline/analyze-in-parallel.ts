import { Worker } from 'node:worker_threads';
import type { FileOutcome } from './analyze-file.ts';
import type { FileFailure } from './file-failure.ts';
import type { WorkerReply, WorkerSetup } from './worker/worker-messages.ts';

export interface ParallelOptions {
  /**
   * A file whose analysis takes longer than this is given up as E_INPUT_TOO_COMPLEX: its worker is stopped and a
   * fresh one goes on with the rest of the batch [0: no limit].
   */
  fileTimeoutMs?: number;
  /**
   * Per-worker memory budget: the V8 heap a worker may grow to, in MiB [DEFAULT_WORKER_HEAP_MB]. A file whose
   * analysis needs more is given up as E_INPUT_TOO_COMPLEX and a fresh worker goes on.
   */
  workerHeapMb?: number;
  /** The worker script (tests put a fake in). */
  workerUrl?: URL;
}

const INGEST_WORKER = new URL('./worker/ingest-worker.mjs', import.meta.url);

/**
 * 3 GiB: a news file is at most 64 MiB and is analysed in parts of 200,000 characters, so an ordinary article needs
 * a few hundred MiB; far past that, a file is hostile, and it fails alone instead of taking the process down.
 */
export const DEFAULT_WORKER_HEAP_MB = 3072;

function overBudget(file: string, ms: number): FileFailure {
  const limit = ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
  return { file, code: 'E_INPUT_TOO_COMPLEX', message: `ingest: ${file}: analysis took longer than ${limit}, the per-file time budget; skipped` };
}

function crashed(file: string, e: Error | number): FileFailure {
  if (e instanceof Error && (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { file, code: 'E_INPUT_TOO_COMPLEX', message: `ingest: ${file}: analysis ran out of memory; skipped` };
  }
  const why = e instanceof Error ? e.message : `exit code ${e}`;
  return { file, code: 'E_INTERNAL', message: `ingest: ${file}: the pipeline worker failed (${why}); skipped` };
}

/**
 * Analyses files in `jobs` worker threads (each with its own segmenter), one file at a time to whichever worker is
 * free, so each file's time can be bounded: a worker still busy when the budget runs out is terminated (the only way
 * to stop synchronous code) and replaced. Calls `onItem` in completion order and keeps nothing, so the caller decides
 * what of each outcome to hold.
 */
export async function analyzeInParallel(
  files: readonly string[],
  jobs: number,
  setup: WorkerSetup,
  onItem: (index: number, file: string, outcome: FileOutcome) => void,
  options: ParallelOptions = {},
): Promise<void> {
  const timeout = options.fileTimeoutMs ?? 0;
  let next = 0;
  const live = new Set<Worker>();
  const finish = (index: number, outcome: FileOutcome): void => onItem(index, files[index]!, outcome);
  // One lane per job runs one worker at a time, and starts another when it has to stop one.
  const lane = () =>
    new Promise<void>((resolve, reject) => {
      const start = (): void => {
        const worker = new Worker(options.workerUrl ?? INGEST_WORKER, {
          workerData: setup,
          execArgv: [],
          resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB },
        });
        live.add(worker);
        let current: number | undefined;
        let timer: NodeJS.Timeout | undefined;
        let retired = false;
        const retire = (failure: (file: string) => FileFailure, setupError: Error): void => {
          if (retired) return;
          retired = true;
          clearTimeout(timer);
          live.delete(worker);
          void worker.terminate();
          // A worker that fails with no file in hand failed to start: that is not one file's fault.
          if (current === undefined) return reject(setupError);
          finish(current, { failure: failure(files[current]!), chars: 0 });
          current = undefined;
          if (next < files.length) start();
          else resolve();
        };
        const send = (): void => {
          if (next >= files.length) return resolve();
          const index = next++;
          current = index;
          worker.postMessage({ files: [{ index, file: files[index]! }] });
          if (timeout > 0) timer = setTimeout(() => retire((f) => overBudget(f, timeout), new Error('timeout')), timeout);
        };
        worker.on('message', (msg: WorkerReply | { ready: true }) => {
          if (retired) return;
          if ('items' in msg) {
            clearTimeout(timer);
            current = undefined;
            for (const { index, file: _file, ...outcome } of msg.items) finish(index, outcome);
          }
          send();
        });
        worker.on('error', (e) => retire((f) => crashed(f, e), e));
        worker.on('exit', (code) => {
          if (code !== 0) retire((f) => crashed(f, code), new Error(`pipeline worker exited with code ${code}`));
        });
      };
      start();
    });
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, lane));
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
}
