import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ZhkgError } from '../../errors.ts';
import { buildAdminCommand } from './build-java-command.ts';
import { prepareInstance } from './prepare-instance.ts';
import { provisionNeo4j } from './provision-neo4j.ts';
import { requireJavaTools } from './require-java-tools.ts';
import { resolveServerOptions, DEFAULT_SERVER_OPTIONS, type Neo4jServerOptions } from './resolve-server-options.ts';

export interface AdminResult {
  stdout: string;
  stderr: string;
}

export interface AdminOptions extends Neo4jServerOptions {
  /** Echo the tool's output while it runs (the CLI does); otherwise it is only returned. */
  inherit?: boolean;
}

/**
 * Runs `neo4j-admin <args>` against an instance, from the cached jars (provisioned if needed).
 * E.g. bulk import into the stopped server's default database:
 *   await stopNeo4j();
 *   await neo4jAdmin(['database', 'import', 'full', 'neo4j', '--overwrite-destination',
 *     '--nodes=Entity=/abs/entities.csv', '--relationships=MENTIONS=/abs/mentions.csv']);
 *   await startNeo4j();
 * Community has one user database, `neo4j`; importing it needs the server stopped.
 */
export async function neo4jAdmin(args: readonly string[], options: AdminOptions = {}): Promise<AdminResult> {
  const o = resolveServerOptions(options);
  requireJavaTools(['java']);
  await provisionNeo4j(options);
  if (!existsSync(path.join(o.confDir, 'neo4j.conf'))) {
    await prepareInstance(o, {
      boltPort: o.boltPort || DEFAULT_SERVER_OPTIONS.boltPort,
      httpPort: o.httpPort || DEFAULT_SERVER_OPTIONS.httpPort,
    });
  }
  const cmd = buildAdminCommand({ libDir: o.libDir, instanceDir: o.instanceDir, confDir: o.confDir, heap: o.heap, javaHome: process.env.JAVA_HOME }, args);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd.command, cmd.args, { env: { ...process.env, ...cmd.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (options.inherit) process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (options.inherit) process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new ZhkgError('E_NEO4J_SERVER', `neo4jAdmin: \`neo4j-admin ${redact(args).join(' ')}\` exited ${code}\n${(stderr || stdout).trim()}`));
    });
  });
}

/** Keeps passwords out of error messages. */
function redact(args: readonly string[]): string[] {
  const i = args.indexOf('set-initial-password');
  return i === -1 ? [...args] : args.map((a, j) => (j === i + 1 ? '***' : a));
}
