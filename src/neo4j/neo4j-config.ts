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
    throw new ZhkgError('E_USAGE', 'neo4jConfig: no password; set NEO4J_PASSWORD or pass --password');
  }
  return {
    uri: nonEmpty(options.uri) ?? nonEmpty(env.NEO4J_URI) ?? DEFAULT_NEO4J_CONFIG.uri,
    username: nonEmpty(options.username) ?? nonEmpty(env.NEO4J_USERNAME) ?? DEFAULT_NEO4J_CONFIG.username,
    password,
    database: nonEmpty(options.database) ?? nonEmpty(env.NEO4J_DATABASE) ?? DEFAULT_NEO4J_CONFIG.database,
  };
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
