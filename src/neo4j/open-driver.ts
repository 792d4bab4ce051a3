/** The one place that creates a neo4j-driver Driver: connect, verify, map errors, always close. */
import neo4j, { type Driver } from 'neo4j-driver';
import { ZhkgError } from '../errors.ts';
import { BOLT_HINT, redactUri, type Neo4jConnection } from './neo4j-config.ts';

const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

function hide(text: string, password: string): string {
  return password === '' ? text : text.split(password).join('***');
}

/** A ZhkgError for a driver error: E_NEO4J_AUTH, E_NEO4J_CONNECT or E_NEO4J_QUERY; never quotes the password. */
export function neo4jError(error: unknown, origin: string, conn: Neo4jConnection): ZhkgError {
  if (error instanceof ZhkgError) return error;
  const code = (error as { code?: unknown })?.code;
  const raw = error instanceof Error ? error.message : String(error);
  const detail = hide(raw, conn.password);
  const uri = redactUri(conn.uri);
  const cause = new Error(detail);
  if (typeof code === 'string' && AUTH_CODES.has(code)) {
    return new ZhkgError('E_NEO4J_AUTH', `${origin}: ${uri} refused the credentials of user "${conn.username}" (${code})`, { cause });
  }
  // The driver's own words when a bolt:// URI points at the HTTP port; it gives no error code for it.
  if (/Server responded HTTP|Unknown scheme/i.test(raw)) {
    return new ZhkgError('E_NEO4J_CONNECT', `${origin}: ${uri} is not a Bolt endpoint; ${BOLT_HINT}`, { cause });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/.test(raw)) {
    return new ZhkgError('E_NEO4J_CONNECT', `${origin}: cannot connect to ${uri}: ${detail}`, { cause });
  }
  return new ZhkgError('E_NEO4J_QUERY', `${origin}: ${typeof code === 'string' ? `${code}: ` : ''}${detail}`, { cause });
}

/** Open a driver, verify it can reach and log in to the server, run `work`, close the driver whatever happens. */
export async function withDriver<T>(conn: Neo4jConnection, origin: string, work: (driver: Driver) => Promise<T>): Promise<T> {
  let driver: Driver;
  try {
    driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), {
      connectionTimeout: 15_000,
      maxTransactionRetryTime: 30_000,
      disableLosslessIntegers: false,
    });
  } catch (error) {
    throw neo4jError(error, origin, conn);
  }
  try {
    try {
      await driver.verifyConnectivity({ database: conn.database });
      // verifyConnectivity may not authenticate on every driver version; a trivial read does.
      await driver.executeQuery('RETURN 1', {}, { database: conn.database });
    } catch (error) {
      throw neo4jError(error, origin, conn);
    }
    try {
      return await work(driver);
    } catch (error) {
      throw neo4jError(error, origin, conn);
    }
  } finally {
    await driver.close();
  }
}

/** Deep-convert driver values (Integer, Node, ...) in a record field into plain JSON values. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) {
    const n = value as unknown as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return n.inSafeRange() ? n.toNumber() : n.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('labels' in v && 'properties' in v && 'elementId' in v) {
      return { labels: toPlain(v.labels), properties: toPlain(v.properties) };
    }
    if ('type' in v && 'properties' in v && 'startNodeElementId' in v) {
      return { type: v.type, properties: toPlain(v.properties) };
    }
    if ('segments' in v && 'start' in v && 'end' in v) {
      const segments = v.segments as { start: unknown; relationship: unknown; end: unknown }[];
      return { nodes: [v.start, ...segments.map((s) => s.end)].map(toPlain), relationships: segments.map((s) => toPlain(s.relationship)) };
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  }
  return value;
}
