import { resolveServerOptions, type Neo4jServerOptions } from './resolve-server-options.ts';
import { isAlive, isServerProcess, readServerState, removeServerState } from './server-state.ts';

export interface StopResult {
  /** False when no server of this instance was running. */
  wasRunning: boolean;
  /** True when it ignored SIGTERM and had to be killed. */
  killed: boolean;
  ms: number;
}

/** Neo4j flushes its stores on SIGTERM; past this it gets SIGKILL (the tx log makes that safe). */
const GRACE_MS = 60_000;

export async function stopNeo4j(options: Neo4jServerOptions & { graceMs?: number } = {}): Promise<StopResult> {
  const o = resolveServerOptions(options);
  const started = Date.now();
  const state = await readServerState(o.stateFile);
  if (!state || !isServerProcess(state.pid, o.confDir)) {
    if (state) await removeServerState(o.stateFile);
    return { wasRunning: false, killed: false, ms: 0 };
  }
  const pid = state.pid;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + (options.graceMs ?? GRACE_MS);
  for (let round = 1; isAlive(pid) && Date.now() < deadline; round++) {
    if (round % 4 === 0) o.onProgress('.');
    await new Promise((r) => setTimeout(r, 250));
  }
  let killed = false;
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    killed = true;
    while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  }
  await removeServerState(o.stateFile);
  return { wasRunning: true, killed, ms: Date.now() - started };
}
