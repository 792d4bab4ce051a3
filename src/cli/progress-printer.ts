import type { CliIo } from './cli-io.ts';
import { oneLine } from './one-line.ts';

/** Progress on stderr: redrawn in place on a terminal, a line every 100 files (and failures) otherwise. */
export function progressPrinter(io: CliIo) {
  const started = Date.now();
  return (e: { done: number; total: number; file: string; ok: boolean; error?: { code: string; message: string } }) => {
    if (e.error) {
      if (io.tty) process.stderr.write('\r\x1b[K');
      io.err(oneLine(`${e.error.code} ${e.error.message}`));
    }
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const line = `[${e.done}/${e.total}] ${secs}s ${oneLine(e.file)}`;
    if (io.tty) {
      process.stderr.write(`\r\x1b[K${line}${e.done === e.total ? '\n' : ''}`);
    } else if (e.done % 100 === 0 || e.done === e.total || !e.ok) {
      io.err(line);
    }
  };
}
