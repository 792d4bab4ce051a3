import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../../../src/cli.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';
import { dumpDatabase } from '../../../src/neo4j/dump-database.ts';
import { clearDatabase, runSavedQuery, useTestDb } from './neo4j-test-db.ts';
import { tempDirs } from '../../fixtures/temp-dirs.ts';

const tempDir = tempDirs();

const db = useTestDb();

function io(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  const env = { NEO4J_URI: db.conn.uri, NEO4J_USERNAME: db.conn.username, NEO4J_PASSWORD: db.conn.password, NEO4J_DATABASE: db.conn.database };
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), env, tty: false };
}

describe('the CLI against a real Neo4j (README, "Loading")', () => {
  it('npm run ingest loads the seed when NEO4J_URI is set, and zhkg load of graph.json or graph.cypher gives the same database', async () => {
    const out = join(tempDir('zhkg-cli-neo4j-'), 'out');
    const ingestIo = io();
    expect(await main(['ingest', 'seeds', '--out', out, '--quiet'], ingestIo)).toBe(0);
    expect(ingestIo.lines.join('\n')).toMatch(/neo4j: loaded \d+ entities/);
    expect(ingestIo.lines.join('\n')).not.toContain(db.conn.password);
    const afterIngest = await dumpDatabase(db.conn);
    const [controller] = await runSavedQuery('who-controls', { name: '蚂蚁集团' }, db.conn);
    expect(controller).toMatchObject({ controller: '马云' });

    await clearDatabase(db.conn);
    expect(await main(['load', join(out, 'graph.json')], io())).toBe(0);
    expect(await dumpDatabase(db.conn)).toEqual(afterIngest);

    await clearDatabase(db.conn);
    expect(await main(['load', join(out, 'graph.cypher'), '--cypher'], io())).toBe(0);
    expect(await dumpDatabase(db.conn)).toEqual(afterIngest);

    // Loading again changes nothing.
    expect(await main(['load', join(out, 'graph.json')], io())).toBe(0);
    expect(await dumpDatabase(db.conn)).toEqual(afterIngest);
  }, 240_000);

  it('zhkg load rejects a file that is not a zhkg graph with E_GRAPH_INVALID', async () => {
    const bad = io();
    expect(await main(['load', 'package.json'], bad)).toBe(1);
    expect(bad.lines.join('\n')).toMatch(/E_GRAPH_INVALID/);
  });
});
