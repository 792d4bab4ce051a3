// A stand-in for the pipeline worker (tests only): answers at once, except for files named to hang or crash.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ files }) => {
  const items = files.map(({ index, file }) => {
    if (file.includes('hang')) for (;;);
    if (file.includes('crash')) process.exit(3);
    if (file.includes('hog')) {
      const kept = [];
      for (;;) kept.push(new Array(1 << 16).fill(kept.length));
    }
    return { index, file, chars: file.length };
  });
  parentPort.postMessage({ items });
});
parentPort.postMessage({ ready: true });
