import { spawn } from 'node:child_process';

/**
 * A tiny `sh` process, in its own session, that waits for this process to end and then removes the staging folder
 * (and puts the previous output folder back if a swap was cut between its two renames). Signal handlers cannot do
 * this when the process is killed outright: SIGKILL, or `tsx` (npm run ingest), which kills its child with SIGKILL
 * when the child's event loop is busy 60 ms after Ctrl-C. It learns of the end by end-of-file on its stdin, which the
 * kernel delivers however this process dies. Paths are passed as arguments, never parsed by the shell.
 */
const SCRIPT = 'while read -r _; do :; done; rm -rf -- "$1"; if [ -d "$2" ] && [ ! -e "$3" ]; then mv -- "$2" "$3"; fi';

export interface StagingJanitor {
  /** Tells the janitor to clean up now (normal end); idempotent. */
  release(): void;
}

export function startStagingJanitor(staging: string, old: string, target: string): StagingJanitor {
  if (process.platform === 'win32') return { release: () => {} };
  try {
    const child = spawn('sh', ['-c', SCRIPT, 'zhkg-janitor', staging, old, target], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.on('error', () => {});
    child.stdin.on('error', () => {});
    // Neither the child nor the pipe may keep this process alive.
    child.unref();
    (child.stdin as unknown as { unref?: () => void }).unref?.();
    return { release: () => child.stdin.end() };
  } catch {
    // Without sh the signal handlers and the next run's sweep still clean up.
    return { release: () => {} };
  }
}
