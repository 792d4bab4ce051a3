import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ZhkgError } from '../../errors.ts';
import { RUNTIME_MARKER } from './neo4j-server-versions.ts';
import { renderRuntimePom } from './render-runtime-pom.ts';
import { requireJavaTools } from './require-java-tools.ts';
import { resolveServerOptions, type Neo4jServerOptions } from './resolve-server-options.ts';

export interface ProvisionResult {
  libDir: string;
  /** False when the jars were already there and Maven did not run. */
  downloaded: boolean;
  ms: number;
}

const MARKER_FILE = '.zhkg-runtime';

export async function isProvisioned(libDir: string): Promise<boolean> {
  try {
    return (await fs.readFile(path.join(libDir, MARKER_FILE), 'utf8')).trim() === RUNTIME_MARKER;
  } catch {
    return false;
  }
}

/**
 * Puts the Neo4j server, neo4j-admin and Browser jars in `<home>/lib` with Maven (needs Maven
 * Central the first time; later runs read ~/.m2 or skip Maven entirely when lib/ is complete).
 * Downloads into a temp folder and renames it, so an interrupted run leaves no half lib/.
 */
export async function provisionNeo4j(options: Neo4jServerOptions = {}): Promise<ProvisionResult> {
  const o = resolveServerOptions(options);
  const started = Date.now();
  if (await isProvisioned(o.libDir)) return { libDir: o.libDir, downloaded: false, ms: Date.now() - started };
  requireJavaTools(['java', 'mvn']);
  await fs.mkdir(o.mavenDir, { recursive: true });
  const pom = path.join(o.mavenDir, 'pom.xml');
  await fs.writeFile(pom, renderRuntimePom());
  const staging = `${o.libDir}.tmp-${process.pid}`;
  await fs.rm(staging, { recursive: true, force: true });
  o.onProgress('Downloading Neo4j jars with Maven (first time only)…');
  const args = ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${staging}`];
  const { code, output } = await run('mvn', args);
  if (code !== 0) {
    await fs.rm(staging, { recursive: true, force: true });
    throw new ZhkgError('E_NEO4J_SERVER', `provisionNeo4j: mvn failed (exit ${code}); is Maven Central reachable?\n${tail(output)}`, { file: pom });
  }
  await fs.writeFile(path.join(staging, MARKER_FILE), `${RUNTIME_MARKER}\n`);
  if (existsSync(o.libDir) && !(await isProvisioned(o.libDir))) await fs.rm(o.libDir, { recursive: true, force: true });
  try {
    await fs.rename(staging, o.libDir);
  } catch (error) {
    // Another process provisioned concurrently: keep its lib/ if it is complete.
    await fs.rm(staging, { recursive: true, force: true });
    if (!(await isProvisioned(o.libDir))) throw error;
  }
  return { libDir: o.libDir, downloaded: true, ms: Date.now() - started };
}

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function tail(text: string, lines = 20): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}
