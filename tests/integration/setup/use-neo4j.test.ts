import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useNeo4j, type UsedNeo4j } from '../neo4j-server.ts';
import { neo4jFromEnv } from './local-neo4j.ts';

describe('neo4jFromEnv', () => {
  it('is undefined without NEO4J_URI, so tests start their own server', () => {
    expect(neo4jFromEnv({ NEO4J_PASSWORD: 'x' })).toBeUndefined();
  });

  it('reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE and guesses the HTTP URL', () => {
    const env = { NEO4J_URI: 'neo4j://db.local:7688', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'd' };
    expect(neo4jFromEnv(env)).toEqual({ uri: 'neo4j://db.local:7688', username: 'u', password: 'p', database: 'd', httpUrl: 'http://db.local:7474', source: 'env' });
  });

  it('defaults the user and database to neo4j', () => {
    expect(neo4jFromEnv({ NEO4J_URI: 'bolt://127.0.0.1:7687' })).toMatchObject({ username: 'neo4j', database: 'neo4j' });
  });
});

describe('useNeo4j', () => {
  let server: UsedNeo4j | undefined;
  beforeAll(async () => {
    server = await useNeo4j();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('gives a server that answers RETURN 1 on its database with its credentials', async () => {
    const driver = neo4j.driver(server!.uri, neo4j.auth.basic(server!.username, server!.password));
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: server!.database });
      expect((records[0]?.get('one') as { toNumber(): number }).toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  });

  it('uses the global setup server when there is one', () => {
    const shared = inject('neo4j');
    if (shared && !process.env.NEO4J_URI) expect(server!.uri).toBe(shared.uri);
    else expect(shared).toBeUndefined();
  });
});
