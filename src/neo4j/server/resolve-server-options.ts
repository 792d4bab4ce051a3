import path from 'node:path';
import { ZhkgError } from '../../errors.ts';

/**
 * Options of the local Neo4j server. Every one has an environment variable and a default:
 * - `home` *string* [$ZHKG_NEO4J_HOME or ./.neo4j]: jar cache (lib/) and the default instance.
 * - `instanceDir` *string* [home]: conf/, data/, logs/, run/ of one server; tests use a temp dir.
 * - `boltPort` *number* [$NEO4J_BOLT_PORT or 7687]: 0 picks a free port.
 * - `httpPort` *number* [$NEO4J_HTTP_PORT or 7474]: 0 picks a free port.
 * - `username` *string* [neo4j]: the only user of Community's initial setup.
 * - `password` *string* [$NEO4J_PASSWORD or LOCAL_DEV_PASSWORD]: set before the first start.
 * - `heap` *string* [1g], `pageCache` *string* [512m]: sized for a 2-core, 24 GB machine.
 * - `timeoutMs` *number* [180000]: how long start waits for Bolt to answer `RETURN 1`.
 */
export interface Neo4jServerOptions {
  home?: string;
  instanceDir?: string;
  boltPort?: number;
  httpPort?: number;
  username?: string;
  password?: string;
  heap?: string;
  pageCache?: string;
  timeoutMs?: number;
  /** Called with '.' while waiting and with short status lines; never with the password. */
  onProgress?: (message: string) => void;
}

export interface ResolvedServerOptions {
  home: string;
  libDir: string;
  mavenDir: string;
  instanceDir: string;
  confDir: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  stateFile: string;
  boltPort: number;
  httpPort: number;
  username: string;
  password: string;
  /** True when neither the option nor NEO4J_PASSWORD gave a password. */
  passwordIsDefault: boolean;
  heap: string;
  pageCache: string;
  timeoutMs: number;
  onProgress: (message: string) => void;
}

/** For local development only: anyone who reads this repository knows it. */
export const LOCAL_DEV_PASSWORD = 'zhkg-local-dev';

export const DEFAULT_SERVER_OPTIONS = {
  boltPort: 7687,
  httpPort: 7474,
  username: 'neo4j',
  heap: '1g',
  pageCache: '512m',
  timeoutMs: 180_000,
} as const;

/** Neo4j 5 refuses shorter passwords (dbms.security.auth_minimum_password_length). */
const MIN_PASSWORD_LENGTH = 8;

export function resolveServerOptions(
  options: Neo4jServerOptions = {},
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): ResolvedServerOptions {
  const home = path.resolve(cwd, options.home ?? env.ZHKG_NEO4J_HOME ?? '.neo4j');
  const instanceDir = path.resolve(cwd, options.instanceDir ?? home);
  const password = options.password ?? nonEmpty(env.NEO4J_PASSWORD);
  const resolved: ResolvedServerOptions = {
    home,
    libDir: path.join(home, 'lib'),
    mavenDir: path.join(home, 'maven'),
    instanceDir,
    confDir: path.join(instanceDir, 'conf'),
    dataDir: path.join(instanceDir, 'data'),
    logsDir: path.join(instanceDir, 'logs'),
    runDir: path.join(instanceDir, 'run'),
    stateFile: path.join(instanceDir, 'run', 'zhkg-neo4j.json'),
    boltPort: options.boltPort ?? port(env.NEO4J_BOLT_PORT, 'NEO4J_BOLT_PORT') ?? DEFAULT_SERVER_OPTIONS.boltPort,
    httpPort: options.httpPort ?? port(env.NEO4J_HTTP_PORT, 'NEO4J_HTTP_PORT') ?? DEFAULT_SERVER_OPTIONS.httpPort,
    username: options.username ?? DEFAULT_SERVER_OPTIONS.username,
    password: password ?? LOCAL_DEV_PASSWORD,
    passwordIsDefault: password === undefined,
    heap: options.heap ?? DEFAULT_SERVER_OPTIONS.heap,
    pageCache: options.pageCache ?? DEFAULT_SERVER_OPTIONS.pageCache,
    timeoutMs: options.timeoutMs ?? DEFAULT_SERVER_OPTIONS.timeoutMs,
    onProgress: options.onProgress ?? (() => {}),
  };
  for (const [name, value] of [['boltPort', resolved.boltPort], ['httpPort', resolved.httpPort]] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      throw new ZhkgError('E_USAGE', `resolveServerOptions: ${name} must be 0..65535, got ${value}`);
    }
  }
  return resolved;
}

/** Neo4j would refuse it at set-initial-password; say so before anything starts. */
export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ZhkgError('E_USAGE', `startNeo4j: NEO4J_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function port(value: string | undefined, name: string): number | undefined {
  if (nonEmpty(value) === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new ZhkgError('E_USAGE', `resolveServerOptions: ${name} is not a port number: "${value}"`);
  return n;
}
