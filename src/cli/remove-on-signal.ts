/**
 * Runs `cleanup` (synchronous) on SIGINT or SIGTERM, then lets the signal end the process as it would have without a
 * handler (so the exit status still says "killed by SIGINT"). Returns a function that removes the handlers.
 * Only the CLI installs this: the library never touches process-wide signal handling.
 */
export function removeOnSignal(cleanup: () => void): () => void {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const handler = (signal: NodeJS.Signals): void => {
    dispose();
    try {
      cleanup();
    } finally {
      process.kill(process.pid, signal);
    }
  };
  const dispose = (): void => {
    for (const s of signals) process.off(s, handler);
  };
  for (const s of signals) process.on(s, handler);
  return dispose;
}
