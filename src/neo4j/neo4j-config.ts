/** Where and as whom to connect: options first, then NEO4J_* environment variables, then defaults. */
import { ZhkgError } from '../errors.ts';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  /** Omitted: the server's default database. */
  database?: string;
}

/**
 * - `uri` *string* [$NEO4J_URI or bolt://127.0.0.1:7687]
 * - `username` *string* [$NEO4J_USERNAME or neo4j]
 * - `password` *string* [$NEO4J_PASSWORD; required]
 * - `database` *string* [$NEO4J_DATABASE or neo4j]
 */
export const DEFAULT_NEO4J_CONFIG = {
  uri: 'bolt://127.0.0.1:7687',
  username: 'neo4j',
  database: 'neo4j',
} as const;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

export function neo4jConfig(options: Partial<Neo4jConnection> = {}, env: NodeJS.ProcessEnv = process.env): Required<Neo4jConnection> {
  const password = nonEmpty(options.password) ?? nonEmpty(env.NEO4J_PASSWORD);
  if (password === undefined) {
    // There is no --password option on purpose: a password on the command line shows in the process list.
    throw new ZhkgError('E_USAGE', 'neo4jConfig: no password; set NEO4J_PASSWORD in the environment or in .env');
  }
  const uri = nonEmpty(options.uri) ?? nonEmpty(env.NEO4J_URI) ?? DEFAULT_NEO4J_CONFIG.uri;
  checkBoltUri(uri);
  return {
    uri,
    username: nonEmpty(options.username) ?? nonEmpty(env.NEO4J_USERNAME) ?? DEFAULT_NEO4J_CONFIG.username,
    password,
    database: nonEmpty(options.database) ?? nonEmpty(env.NEO4J_DATABASE) ?? DEFAULT_NEO4J_CONFIG.database,
  };
}

/** URI schemes neo4j-driver speaks; Browser's http(s):// address is the usual mistake. */
export const BOLT_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

/** A hint for a connection that reached Neo4j's HTTP side instead of Bolt. */
export const BOLT_HINT = 'use bolt:// or neo4j:// and the Bolt port (7687 by default), not the HTTP port 7474';

/** Fails early, before any analysis, on a URI the driver cannot use (E_NEO4J_CONNECT, never the password). */
function checkBoltUri(uri: string): void {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (scheme !== undefined && (BOLT_SCHEMES as readonly string[]).includes(scheme)) return;
  throw new ZhkgError('E_NEO4J_CONNECT', `neo4jConfig: NEO4J_URI ${redactUri(uri)} is not a Bolt URI; ${BOLT_HINT}`);
}

/** The URI without any `user:password@` part. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1');
}

/** A printable one-liner: `neo4j@bolt://host:7687 (database neo4j)`; never contains the password. */
export function redact(conn: Neo4jConnection): string {
  const database = conn.database === undefined ? '' : ` (database ${conn.database})`;
  return `${conn.username}@${redactUri(conn.uri)}${database}`;
}
