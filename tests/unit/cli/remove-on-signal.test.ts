import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Anything a run leaves while it writes: the staging/old folders beside --out, or an in-place writer's *.tmp. */
const TEMPORARY = /zhkg-(new|old)-|\.tmp$/;

function temporaries(dir: string, out: string): string[] {
  const list = (d: string): string[] => {
    try {
      return readdirSync(d);
    } catch {
      return [];
    }
  };
  return [...list(dir), ...list(out)].filter((n) => TEMPORARY.test(n));
}

const RUNNERS: [string, string[], NodeJS.Signals][] = [
  // npm run ingest: npx → tsx → a node child, which tsx kills with SIGKILL when it is busy.
  ['npx tsx src/cli.ts', ['npx', 'tsx', 'src/cli.ts'], 'SIGINT'],
  ['npx tsx src/cli.ts', ['npx', 'tsx', 'src/cli.ts'], 'SIGTERM'],
  // The installed `zhkg` command: one process, whose own handlers clean up.
  ['node bin/zhkg.mjs', ['node', 'bin/zhkg.mjs'], 'SIGINT'],
];

describe.each(RUNNERS)('zhkg ingest run as %s, interrupted by %s', (_name, command, signal) => {
  it('leaves no temporary files and the previous outputs as they were', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhkg-signal-'));
    roots.push(dir);
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    for (let i = 0; i < 40; i++) {
      writeFileSync(join(inputs, `a${i}.txt`), `标题${i}\n\n中国人民银行周三约谈了马云旗下的蚂蚁集团。第${i}段：国务院总理在北京会见了德国总理。`);
    }
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'graph.json'), '{"previous": true}\n');
    // detached: the child leads its own process group, so the signal reaches npx, tsx and the node process tsx
    // spawns, as Ctrl-C in a terminal does.
    const child = spawn(command[0]!, [...command.slice(1), 'ingest', inputs, '--out', out, '--no-neo4j', '--quiet'], {
      cwd: repo,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NEO4J_URI: '' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, sig) => resolve({ code, signal: sig })),
    );
    let sent = false;
    // Signal as soon as a temporary file shows: the moment a run that writes in place would leave one behind.
    const poll = setInterval(() => {
      if (!sent && temporaries(dir, out).length > 0) {
        sent = true;
        process.kill(-child.pid!, signal);
      }
    }, 5);
    const result = await exited;
    clearInterval(poll);
    // Wait for the whole group (tsx's node child may outlive npx by a moment).
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(-child.pid!, 0);
        await new Promise((r) => setTimeout(r, 50));
      } catch {
        break;
      }
    }
    expect(sent, `no temporary file appeared; stderr: ${stderr}`).toBe(true);
    expect(result.code === 0).toBe(false);
    // tsx kills a busy child with SIGKILL 60 ms after relaying the signal; then the clean-up is the janitor's,
    // which runs as soon as the process is gone. Give it a generous moment.
    for (let i = 0; i < 100 && temporaries(dir, out).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(temporaries(dir, out)).toEqual([]);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe('{"previous": true}\n');
  }, 60_000);
});
