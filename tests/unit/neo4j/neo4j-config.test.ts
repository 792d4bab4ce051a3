import { describe, expect, it } from 'vitest';
import { isZhkgError } from '../../../src/errors.ts';
import { neo4jConfig, redact, redactUri } from '../../../src/neo4j/neo4j-config.ts';

describe('neo4jConfig', () => {
  it('reads NEO4J_* variables and fills in defaults', () => {
    expect(neo4jConfig({}, { NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'secret-pw' })).toEqual({
      uri: 'neo4j://db:7687',
      username: 'neo4j',
      password: 'secret-pw',
      database: 'neo4j',
    });
  });

  it('lets options win over the environment', () => {
    const env = { NEO4J_URI: 'bolt://env', NEO4J_USERNAME: 'env', NEO4J_PASSWORD: 'env-pw', NEO4J_DATABASE: 'envdb' };
    expect(neo4jConfig({ uri: 'bolt://opt', password: 'opt-pw', database: 'optdb' }, env)).toEqual({
      uri: 'bolt://opt',
      username: 'env',
      password: 'opt-pw',
      database: 'optdb',
    });
  });

  it('refuses to run without a password (E_USAGE)', () => {
    let error: unknown;
    try {
      neo4jConfig({}, { NEO4J_URI: 'bolt://x' });
    } catch (e) {
      error = e;
    }
    expect(isZhkgError(error) && error.code).toBe('E_USAGE');
    // There is no --password option; the message must point at the variable that exists.
    expect((error as Error).message).not.toContain('--password');
    expect((error as Error).message).toContain('NEO4J_PASSWORD');
  });

  it('refuses an http(s):// URI early as a connection error that points at bolt:// and port 7687', () => {
    for (const uri of ['http://127.0.0.1:7474', 'https://db.example:7473', 'localhost:7687']) {
      let error: unknown;
      try {
        neo4jConfig({}, { NEO4J_URI: uri, NEO4J_PASSWORD: 'secret-pw' });
      } catch (e) {
        error = e;
      }
      expect(isZhkgError(error) && error.code, uri).toBe('E_NEO4J_CONNECT');
      expect((error as Error).message).toMatch(/bolt:\/\/.*7687/);
      expect((error as Error).message).not.toContain('secret-pw');
    }
    for (const uri of ['bolt://h:7687', 'neo4j+s://h', 'bolt+ssc://h:1']) expect(neo4jConfig({}, { NEO4J_URI: uri, NEO4J_PASSWORD: 'p' }).uri).toBe(uri);
  });

  it('redacts passwords, also ones written into the URI', () => {
    const conn = { uri: 'bolt://neo4j:hunter22@db:7687', username: 'neo4j', password: 'hunter22', database: 'neo4j' };
    expect(redact(conn)).toBe('neo4j@bolt://db:7687 (database neo4j)');
    expect(redact(conn)).not.toContain('hunter22');
    expect(redactUri('bolt://127.0.0.1:7687')).toBe('bolt://127.0.0.1:7687');
  });
});
