import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startNeo4j } from '../../../src/neo4j/server/index.ts';

/** What an integration test needs to reach Neo4j; serialisable, so globalSetup can `provide` it. */
export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
  httpUrl: string;
  /** 'env' = NEO4J_URI points at a server we do not own; 'local' = we started it. */
  source: 'env' | 'local';
  /** Set for 'local': the server's pid, so an exit hook can still stop it. */
  pid?: number;
}

export interface OwnedNeo4j extends Neo4jConnection {
  close(): Promise<void>;
}

export const HOW_TO_GET_NEO4J =
  'Integration tests need Neo4j. Either point them at a running server with NEO4J_URI, NEO4J_USERNAME, ' +
  'NEO4J_PASSWORD (and NEO4J_DATABASE), e.g. after `docker compose up -d --wait`; or install Java 17 and ' +
  'Maven (`apt-get install openjdk-17-jre-headless maven`) so the tests can start one from Maven Central jars ' +
  '(`npx tsx scripts/neo4j/neo4j.ts provision` fetches them ahead of time).';

/** The server named by NEO4J_URI, if any (never started or stopped by us). */
export function neo4jFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConnection | undefined {
  const uri = env.NEO4J_URI;
  if (!uri) return undefined;
  let httpUrl = env.NEO4J_HTTP_URL;
  if (!httpUrl) {
    const host = new URL(uri.replace(/^[a-z+]+:/, 'http:')).hostname;
    httpUrl = `http://${host}:7474`;
  }
  return {
    uri,
    username: env.NEO4J_USERNAME || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || 'neo4j',
    httpUrl,
    source: 'env',
  };
}

/**
 * Starts a throw-away server: free ports, a temp instance folder (conf, data, logs), the jars
 * shared from the cache (ZHKG_NEO4J_HOME or ./.neo4j), a random password (or the one given). close() stops it and
 * deletes the folder.
 */
export async function startLocalNeo4j(options: { password?: string } = {}): Promise<OwnedNeo4j> {
  const instanceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhkg-neo4j-'));
  try {
    const server = await startNeo4j({
      instanceDir,
      boltPort: 0,
      httpPort: 0,
      password: options.password ?? `test-${randomBytes(12).toString('hex')}`,
      heap: '512m',
      pageCache: '128m',
    });
    return {
      uri: server.uri,
      username: server.username,
      password: server.password,
      database: 'neo4j',
      httpUrl: server.httpUrl,
      source: 'local',
      pid: server.pid,
      close: async () => {
        await server.stop();
        await fs.rm(instanceDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fs.rm(instanceDir, { recursive: true, force: true }).catch(() => {});
    throw new Error(`${HOW_TO_GET_NEO4J}\nStarting a local server failed: ${(error as Error).message}`, { cause: error });
  }
}

/** NEO4J_URI's server when set, otherwise a local one we own. */
export async function acquireNeo4j(): Promise<OwnedNeo4j> {
  const external = neo4jFromEnv();
  if (external) return { ...external, close: async () => {} };
  return startLocalNeo4j();
}
