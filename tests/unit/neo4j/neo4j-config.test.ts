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
  });

  it('redacts passwords, also ones written into the URI', () => {
    const conn = { uri: 'bolt://neo4j:hunter22@db:7687', username: 'neo4j', password: 'hunter22', database: 'neo4j' };
    expect(redact(conn)).toBe('neo4j@bolt://db:7687 (database neo4j)');
    expect(redact(conn)).not.toContain('hunter22');
    expect(redactUri('bolt://127.0.0.1:7687')).toBe('bolt://127.0.0.1:7687');
  });
});
