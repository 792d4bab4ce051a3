import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ZhkgError } from '../../errors.ts';
import { buildServerCommand } from './build-java-command.ts';
import { neo4jAdmin } from './neo4j-admin.ts';
import { withPasswordArgFile } from './password-arg-file.ts';
import { NEO4J_VERSION } from './neo4j-server-versions.ts';
import { isPortFree, pickFreePort } from './pick-free-port.ts';
import { isInitialised, prepareInstance } from './prepare-instance.ts';
import { provisionNeo4j } from './provision-neo4j.ts';
import { requireJavaTools } from './require-java-tools.ts';
import { checkPassword, resolveServerOptions, type Neo4jServerOptions, type ResolvedServerOptions } from './resolve-server-options.ts';
import { isAlive, isServerProcess, readServerState, removeServerState, writeServerState, type ServerState } from './server-state.ts';
import { stopNeo4j } from './stop-neo4j.ts';
import { waitForBolt } from './wait-for-bolt.ts';

export interface Neo4jHandle {
  uri: string;
  httpUrl: string;
  username: string;
  password: string;
  boltPort: number;
  httpPort: number;
  pid: number;
  instanceDir: string;
  version: string;
  /** True when start found this instance already running and only checked it. */
  alreadyRunning: boolean;
  /** Stops the server (also when it was already running before this start). */
  stop(): Promise<void>;
}

/**
 * Starts the local Neo4j Community server of an instance and resolves once Bolt answers
 * `RETURN 1`. Provisions the jars and sets the initial password on the first start; a second
 * start of a running instance only checks it. The server runs detached: it outlives this process
 * until stopNeo4j (or handle.stop()). Logs: `<instance>/logs/neo4j.log`, `console.log`.
 */
export async function startNeo4j(options: Neo4jServerOptions = {}): Promise<Neo4jHandle> {
  const o = resolveServerOptions(options);
  checkPassword(o.password);
  requireJavaTools(['java']);
  const running = await readServerState(o.stateFile);
  if (running && isServerProcess(running.pid, o.confDir)) {
    await waitForBolt({ ...credentials(o), boltPort: running.boltPort, timeoutMs: o.timeoutMs, isAlive: () => isAlive(running.pid), onProgress: o.onProgress });
    return handle(o, running, true);
  }
  if (running) await removeServerState(o.stateFile);

  await provisionNeo4j(options);
  const ports = { boltPort: await choosePort(o.boltPort, 'bolt'), httpPort: await choosePort(o.httpPort, 'http') };
  await prepareInstance(o, ports);
  if (!(await isInitialised(o))) {
    // Must happen before the first start; afterwards the system database owns the password. Through an argument
    // file: on the command line it would show in every `ps` while the JVM starts.
    await withPasswordArgFile(o.password, (arg) => neo4jAdmin(['dbms', 'set-initial-password', arg], options));
  }

  const cmd = buildServerCommand({ libDir: o.libDir, instanceDir: o.instanceDir, confDir: o.confDir, heap: o.heap, javaHome: process.env.JAVA_HOME });
  const consoleLog = path.join(o.logsDir, 'console.log');
  const out = openSync(consoleLog, 'a');
  const child = spawn(cmd.command, cmd.args, { env: { ...process.env, ...cmd.env }, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new ZhkgError('E_NEO4J_SERVER', `startNeo4j: could not run ${cmd.command}`);
  let exited = false;
  child.once('exit', () => (exited = true));
  child.unref();
  const state: ServerState = { pid, ...ports, version: NEO4J_VERSION, instanceDir: o.instanceDir, startedAt: new Date().toISOString() };
  await writeServerState(o.stateFile, state);
  o.onProgress(`Neo4j ${NEO4J_VERSION} starting (pid ${pid}, bolt ${ports.boltPort}, http ${ports.httpPort})`);
  try {
    await waitForBolt({
      ...credentials(o),
      boltPort: ports.boltPort,
      timeoutMs: o.timeoutMs,
      isAlive: () => !exited && isAlive(pid),
      diagnose: () => logTail(o),
      onProgress: o.onProgress,
    });
  } catch (error) {
    await stopNeo4j(options).catch(() => {});
    throw error;
  }
  return handle(o, state, false);
}

function credentials(o: ResolvedServerOptions): { username: string; password: string } {
  return { username: o.username, password: o.password };
}

function handle(o: ResolvedServerOptions, state: ServerState, alreadyRunning: boolean): Neo4jHandle {
  return {
    uri: `bolt://127.0.0.1:${state.boltPort}`,
    httpUrl: `http://127.0.0.1:${state.httpPort}`,
    username: o.username,
    password: o.password,
    boltPort: state.boltPort,
    httpPort: state.httpPort,
    pid: state.pid,
    instanceDir: o.instanceDir,
    version: state.version,
    alreadyRunning,
    stop: () => stopNeo4j({ home: o.home, instanceDir: o.instanceDir, password: o.password }).then(() => {}),
  };
}

async function choosePort(port: number, name: string): Promise<number> {
  if (port === 0) return pickFreePort();
  if (!(await isPortFree(port))) {
    const envName = name === 'bolt' ? 'NEO4J_BOLT_PORT' : 'NEO4J_HTTP_PORT';
    throw new ZhkgError('E_NEO4J_SERVER', `startNeo4j: ${name} port ${port} on 127.0.0.1 is taken (another Neo4j?); stop it or set ${envName}`);
  }
  return port;
}

async function logTail(o: ResolvedServerOptions): Promise<string> {
  const parts: string[] = [];
  for (const file of ['console.log', 'neo4j.log']) {
    try {
      const text = await fs.readFile(path.join(o.logsDir, file), 'utf8');
      parts.push(`--- ${path.join(o.logsDir, file)} (last lines)\n${text.trim().split('\n').slice(-15).join('\n')}`);
    } catch {
      // not written yet
    }
  }
  return parts.join('\n');
}
