import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { startLocalNeo4j } from '../setup/local-neo4j.ts';

const run = promisify(execFile);

/**
 * A first start sets the initial password with neo4j-admin. On its command line the password shows in `ps` to every
 * user of the machine for the seconds the JVM needs; it must go through an argument file instead.
 */
describe('first start of a local server', () => {
  it('never shows the password in the process list, and the password (quotes, backslash, #, leading @) works', async () => {
    const marker = randomBytes(8).toString('hex');
    // Characters picocli's argument files treat specially, so the escaping is tested end to end.
    const password = `@pw "q" \\ #${marker} 密码`;
    const seen: string[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const { stdout } = await run('ps', ['-eo', 'args'], { maxBuffer: 16 * 1024 * 1024 });
        for (const line of stdout.split('\n')) if (line.includes(marker)) seen.push(line);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    let server: Awaited<ReturnType<typeof startLocalNeo4j>> | undefined;
    try {
      server = await startLocalNeo4j({ password });
    } finally {
      polling = false;
      await poll;
    }
    try {
      expect(seen).toEqual([]);
      const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password));
      try {
        const { records } = await driver.executeQuery('RETURN 1 AS one');
        expect((records[0]?.get('one') as { toNumber(): number }).toNumber()).toBe(1);
      } finally {
        await driver.close();
      }
    } finally {
      await server.close();
    }
  }, 300_000);
});
