import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';

function captureIo(env: NodeJS.ProcessEnv = {}): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env, tty: false };
}

describe('zhkg load', () => {
  it('says in --help that --cypher is 17-38x slower than loading graph.json', async () => {
    const io = captureIo();
    expect(await main(['load', '--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/--cypher[\s\S]*17-38x slower than loading graph\.json/);
  });

  it('refuses an http:// NEO4J_URI as a connection error before reading anything', async () => {
    const io = captureIo({ NEO4J_URI: 'http://127.0.0.1:7474', NEO4J_PASSWORD: 'pw-not-printed' });
    expect(await main(['load', 'no-such-graph.json'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/^E_NEO4J_CONNECT .*bolt:\/\/.*7687/m);
  });
});
