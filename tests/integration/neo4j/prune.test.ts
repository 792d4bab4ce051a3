import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';
import { dumpDatabase } from '../../../src/neo4j/dump-database.ts';
import { clearDatabase, useTestDb } from './neo4j-test-db.ts';
import { runQuery } from '../../../src/neo4j/run-query.ts';
import { SIMPLIFIED } from '../../fixtures/nlp/twin-articles.ts';
import { tempDirs } from '../../fixtures/temp-dirs.ts';

const tempDir = tempDirs();

const db = useTestDb();

function io(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  const env = { NEO4J_URI: db.conn.uri, NEO4J_USERNAME: db.conn.username, NEO4J_PASSWORD: db.conn.password, NEO4J_DATABASE: db.conn.database };
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), env, tty: false };
}

describe('zhkg ingest --prune (README, "Incremental runs")', () => {
  it('retracts the articles whose files are gone: the database equals a clean load of the pages left', async () => {
    const dir = tempDir('zhkg-prune-');
    const archive = join(dir, 'archive');
    mkdirSync(archive);
    copyFileSync('seeds/000_b8188a9e28d94beb.txt', join(archive, 'seed.txt'));
    // Shares entities and facts with the seed (蚂蚁集团, 马云, 中国人民银行): its evidence must go, theirs stay.
    writeFileSync(join(archive, 'other.txt'), SIMPLIFIED);
    // Loaded from elsewhere: never pruned by a run over archive/.
    const elsewhere = join(dir, 'elsewhere.txt');
    writeFileSync(elsewhere, '苹果公司发布新手机\n\n苹果公司周二在加州发布了新款iPhone。苹果公司首席执行官库克介绍了新产品。');
    const out = join(dir, 'out');

    // Expected: a clean load of what is left.
    unlinkSync(join(archive, 'other.txt'));
    expect(await main(['ingest', elsewhere, '--out', join(dir, 'o1'), '--quiet', '--no-cache'], io())).toBe(0);
    expect(await main(['ingest', archive, '--out', join(dir, 'o2'), '--quiet', '--no-cache'], io())).toBe(0);
    const expected = await dumpDatabase(db.conn);

    await clearDatabase(db.conn);
    writeFileSync(join(archive, 'other.txt'), SIMPLIFIED);
    expect(await main(['ingest', elsewhere, '--out', join(dir, 'o1'), '--quiet'], io())).toBe(0);
    expect(await main(['ingest', archive, '--out', out, '--quiet'], io())).toBe(0);
    const both = await dumpDatabase(db.conn);
    expect(both).not.toEqual(expected);

    unlinkSync(join(archive, 'other.txt'));
    // Without --prune the gone article stays.
    expect(await main(['ingest', archive, '--out', out, '--quiet'], io())).toBe(0);
    const articles = async () => (await runQuery('MATCH (a:Article) RETURN a.source AS source ORDER BY source', {}, db.conn)).map((r) => String(r.source).replace(dir, ''));
    expect(await articles()).toEqual(['/archive/other.txt', '/archive/seed.txt', '/elsewhere.txt']);
    const pruning = io();
    expect(await main(['ingest', `${archive}/`, '--out', out, '--quiet', '--prune'], pruning)).toBe(0);
    expect(pruning.lines.join('\n')).toMatch(/pruned 1 articles whose files are gone/);
    expect(await articles()).toEqual(['/archive/seed.txt', '/elsewhere.txt']);
    expect(await dumpDatabase(db.conn)).toEqual(expected);
  }, 240_000);
});
