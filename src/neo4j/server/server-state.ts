import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** What start leaves in `<instance>/run/zhkg-neo4j.json` (never the password). */
export interface ServerState {
  pid: number;
  boltPort: number;
  httpPort: number;
  version: string;
  instanceDir: string;
  startedAt: string;
}

export async function readServerState(stateFile: string): Promise<ServerState | undefined> {
  try {
    return JSON.parse(await fs.readFile(stateFile, 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

export async function writeServerState(stateFile: string, state: ServerState): Promise<void> {
  await fs.mkdir(path.dirname(stateFile), { recursive: true });
  await fs.writeFile(stateFile, `${JSON.stringify(state, null, 2)}\n`);
  // Neo4j's own tools look for run/neo4j.pid.
  await fs.writeFile(path.join(path.dirname(stateFile), 'neo4j.pid'), `${state.pid}\n`);
}

export async function removeServerState(stateFile: string): Promise<void> {
  await fs.rm(stateFile, { force: true });
  await fs.rm(path.join(path.dirname(stateFile), 'neo4j.pid'), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Alive and really our server for this instance (a recycled pid would not name its conf dir). */
export function isServerProcess(pid: number, confDir: string): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = commandLine(pid);
  // Without /proc or ps we cannot tell; trust the pid file.
  if (cmdline === undefined) return true;
  return cmdline.includes('CommunityEntryPoint') && cmdline.includes(confDir);
}

function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    try {
      return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
    } catch {
      return undefined;
    }
  }
}
