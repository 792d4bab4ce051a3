// A stand-in for the pipeline worker (tests only): answers at once, except for files named to hang or crash.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ files }) => {
  const items = files.map(({ index, file }) => {
    if (file.includes('hang')) for (;;);
    if (file.includes('crash')) process.exit(3);
    return { index, file, chars: file.length };
  });
  parentPort.postMessage({ items });
});
parentPort.postMessage({ ready: true });
