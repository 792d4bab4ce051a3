import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ZhkgError, isZhkgError } from '../../../src/errors.ts';
import { neo4jError, withDriver } from '../../../src/neo4j/open-driver.ts';

const conn = { uri: 'bolt://user:s3cret-pw@db.example:7687', username: 'neo4j', password: 's3cret-pw' };

function driverError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('neo4jError', () => {
  it.each([
    ['Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.', 'E_NEO4J_AUTH'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'too many attempts', 'E_NEO4J_AUTH'],
    ['ServiceUnavailable', 'Could not perform discovery', 'E_NEO4J_CONNECT'],
    ['SessionExpired', 'gone', 'E_NEO4J_CONNECT'],
    ['', 'connect ECONNREFUSED 127.0.0.1:7687', 'E_NEO4J_CONNECT'],
    ['Neo.ClientError.Statement.SyntaxError', 'Invalid input', 'E_NEO4J_QUERY'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'already exists; connection fine', 'E_NEO4J_QUERY'],
  ])('%s → %s', (code, message, expected) => {
    expect(neo4jError(driverError(code, message), 'origin', conn).code).toBe(expected);
  });

  it('names the URI without the credentials and never repeats the password', () => {
    const error = neo4jError(driverError('ServiceUnavailable', 'failed for s3cret-pw'), 'loadGraph', conn);
    expect(error.message).toMatch(/^loadGraph: cannot connect to bolt:\/\/db\.example:7687/);
    expect(error.message).not.toContain('s3cret-pw');
    expect((error.cause as Error).message).not.toContain('s3cret-pw');
  });

  it('passes ZhkgErrors through unchanged', () => {
    const original = new ZhkgError('E_GRAPH_INVALID', 'graphToRows: bad');
    expect(neo4jError(original, 'x', conn)).toBe(original);
  });

  it('reports a bolt:// URI on an HTTP port (Browser, 7474) as a connection error pointing at port 7687', async () => {
    // A real HTTP server stands in for Neo4j's HTTP connector: the driver's own failure is what is mapped.
    const server: Server = await new Promise((resolve) => {
      const s = createServer((_req, res) => res.end('{}')).listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const port = (server.address() as AddressInfo).port;
      let error: unknown;
      try {
        await withDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'pw-123456' }, 'loadGraph', async () => 0);
      } catch (e) {
        error = e;
      }
      expect(isZhkgError(error) && error.code).toBe('E_NEO4J_CONNECT');
      expect((error as Error).message).toMatch(/7687/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
