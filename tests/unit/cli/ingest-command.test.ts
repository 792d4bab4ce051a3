import { describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli.ts';
import { defaultCacheDir } from '../../../src/cli/ingest-command.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';
import { tempDirs } from '../../fixtures/temp-dirs.ts';

const tempDir = tempDirs();

function captureIo(env: NodeJS.ProcessEnv = {}): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env, tty: false };
}

function batch(): { dir: string; out: string } {
  const dir = tempDir('zhkg-cli-');
  writeFileSync(join(dir, 'good.txt'), '央行约谈蚂蚁集团\n\n中国人民银行周三约谈了马云旗下的蚂蚁集团。');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'latin.txt'), 'Only English text here, nothing in Chinese.');
  return { dir, out: join(dir, 'out') };
}

describe('zhkg ingest', () => {
  it('writes the three graph files, reports bad files by name and exits 1 when any failed', async () => {
    const { dir, out } = batch();
    const io = captureIo();
    const code = await main(['ingest', dir, join(dir, 'missing.txt'), '--out', out], io);
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['graph.cypher', 'graph.graphml', 'graph.json']);
    const summary = io.stdout.join('\n');
    expect(summary).toMatch(/articles read: 1, failed: 3/);
    expect(summary).toMatch(/E_INPUT_EMPTY .*empty\.txt/);
    expect(summary).toMatch(/E_INPUT_NO_CHINESE .*latin\.txt/);
    expect(summary).toMatch(/E_INPUT_MISSING .*missing\.txt/);
    // Each failure is also reported on its own line as it happens.
    expect(io.stderr.some((l) => /E_INPUT_EMPTY .*empty\.txt/.test(l))).toBe(true);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(graph.nodes.some((n: { key: string }) => n.key === 'ant-group')).toBe(true);
    expect(readdirSync(out).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('keeps a result cache beside --out, so a rerun analyses nothing unchanged; --no-cache keeps none', async () => {
    const { dir, out } = batch();
    const good = join(dir, 'good.txt');
    const first = captureIo();
    expect(await main(['ingest', good, '--out', out, '--format', 'json'], first)).toBe(0);
    expect(first.stdout.join('\n')).toMatch(/cache: 0 pages unchanged since an earlier run \(not analysed again\), 1 analysed/);
    expect(existsSync(join(dir, '.out.zhkg-cache'))).toBe(true);
    const second = captureIo();
    expect(await main(['ingest', good, '--out', out, '--format', 'json'], second)).toBe(0);
    expect(second.stdout.join('\n')).toMatch(/cache: 1 pages unchanged since an earlier run \(not analysed again\), 0 analysed/);
    const other = join(dir, 'other');
    const none = captureIo();
    expect(await main(['ingest', good, '--out', other, '--format', 'json', '--no-cache'], none)).toBe(0);
    expect(none.stdout.join('\n')).not.toMatch(/cache:/);
    expect(existsSync(join(dir, '.other.zhkg-cache'))).toBe(false);
    const chosen = join(dir, 'my-cache');
    expect(await main(['ingest', good, '--out', other, '--format', 'json', '--cache', chosen], captureIo())).toBe(0);
    expect(readdirSync(chosen).length).toBeGreaterThan(0);
  });

  it('exits 0 for a clean batch and honours --format', async () => {
    const { dir, out } = batch();
    const io = captureIo();
    expect(await main(['ingest', join(dir, 'good.txt'), '--out', out, '--format', 'json'], io)).toBe(0);
    expect(readdirSync(out)).toEqual(['graph.json']);
  });

  it('writes graph.html, graph.gexf, nodes.csv and edges.csv with --format html,gexf,csv and lists them', async () => {
    const { dir, out } = batch();
    const io = captureIo();
    expect(await main(['ingest', join(dir, 'good.txt'), '--out', out, '--format', 'html,gexf,csv'], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'graph.gexf', 'graph.html', 'nodes.csv']);
    expect(io.stdout.join('\n')).toMatch(/wrote: .*graph\.html, .*graph\.gexf, .*nodes\.csv, .*edges\.csv/);
  });

  it('prints the report as JSON with --json', async () => {
    const { dir, out } = batch();
    const io = captureIo();
    await main(['ingest', join(dir, 'good.txt'), '--out', out, '--json'], io);
    const report = JSON.parse(io.stdout.join('\n'));
    expect(report.articlesRead).toBe(1);
    expect(report.relationsByType.REGULATES).toBe(1);
  });

  it('documents every option in --help', async () => {
    const io = captureIo();
    expect(await main(['ingest', '--help'], io)).toBe(0);
    for (const option of ['--out', '--format', '--lexicon', '--max-bytes', '--jobs', '--file-timeout', '--neo4j', '--no-neo4j', '--batch-size', '--json', '--quiet']) {
      expect(io.stdout.join('\n')).toContain(option);
    }
  });

  it('rejects unknown options and formats with a usage error (exit 2)', async () => {
    expect(await main(['ingest', '--bogus'], captureIo())).toBe(2);
    const io = captureIo();
    expect(await main(['ingest', 'seeds', '--format', 'pdf'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/E_USAGE .*pdf.*\(json, graphml, cypher, html, gexf, csv\)/);
  });

  it('still writes the files, names the URI and never prints the password when Neo4j is unreachable', async () => {
    const { dir, out } = batch();
    const io = captureIo({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'hunter2-very-secret' });
    const code = await main(['ingest', join(dir, 'good.txt'), '--out', out], io);
    expect(code).toBe(1);
    expect(existsSync(join(out, 'graph.json'))).toBe(true);
    const all = [...io.stdout, ...io.stderr].join('\n');
    expect(all).toContain('bolt://127.0.0.1:1');
    expect(all).not.toContain('hunter2-very-secret');
  }, 60_000);

  it('fails fast with a clear message when Neo4j is asked for without a password', async () => {
    const io = captureIo({});
    expect(await main(['ingest', 'seeds', '--neo4j', '--out', join(tempDir('zhkg-cli-'), 'out')], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/NEO4J_PASSWORD/);
  });
});

describe('zhkg ingest: all or nothing', () => {
  it('writes nothing when no article was read: the previous graph.json stays byte-identical and the exit code is 1', async () => {
    const { dir, out } = batch();
    expect(await main(['ingest', join(dir, 'good.txt'), '--out', out], captureIo())).toBe(0);
    const before = readFileSync(join(out, 'graph.json'));
    const io = captureIo();
    const code = await main(['ingest', join(dir, 'mistyped.txt'), join(dir, 'empty.txt'), '--out', out], io);
    expect(code).toBe(1);
    expect(readFileSync(join(out, 'graph.json'))).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['graph.cypher', 'graph.graphml', 'graph.json']);
    expect(readdirSync(dir).filter((f) => f.startsWith('.') && f !== '.out.zhkg-cache')).toEqual([]);
    expect(io.stderr.join('\n')).toMatch(/no article was read, so nothing was written/);
    expect(io.stdout.join('\n')).toMatch(/articles read: 0, failed: 2/);
  });

  it('fails with E_WRITE naming the folder before any analysis when --out cannot be written', async () => {
    const { dir } = batch();
    // Under a regular file: not writable even for root, which chmod would not stop.
    const out = join(dir, 'good.txt', 'out');
    const io = captureIo();
    expect(await main(['ingest', join(dir, 'good.txt'), '--out', out], io)).toBe(1);
    const stderr = io.stderr.join('\n');
    expect(stderr).toMatch(/^E_WRITE .*good\.txt\/out/m);
    // No progress line and no report: the analysis never started.
    expect(stderr).not.toMatch(/\[1\/1\]/);
    expect(io.stdout).toEqual([]);
  });

  it('still prints the report and tries Neo4j when writing the files fails', async () => {
    vi.resetModules();
    vi.doMock('../../../src/write/write-outputs.ts', async (importOriginal) => {
      const { ZhkgError } = await import('../../../src/errors.ts');
      return {
        ...(await importOriginal<object>()),
        writeOutputs: async () => {
          throw new ZhkgError('E_WRITE', 'output folder "out": cannot write graph.cypher (ENOSPC); nothing was replaced');
        },
      };
    });
    try {
      const { main: freshMain } = await import('../../../src/cli.ts');
      const { dir, out } = batch();
      const io = captureIo({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'pw-not-printed' });
      expect(await freshMain(['ingest', join(dir, 'good.txt'), '--out', out], io)).toBe(1);
      expect(io.stdout.join('\n')).toMatch(/articles read: 1/);
      const stderr = io.stderr.join('\n');
      expect(stderr).toMatch(/E_WRITE .*ENOSPC/);
      expect(stderr).toMatch(/neo4j: .*bolt:\/\/127\.0\.0\.1:1.*the graph files were not written/);
    } finally {
      vi.doUnmock('../../../src/write/write-outputs.ts');
      vi.resetModules();
    }
  }, 60_000);
});

describe('zhkg ingest: messages', () => {
  it('reports missing paths on stderr, with or without --quiet', async () => {
    const { dir, out } = batch();
    for (const extra of [[], ['--quiet'], ['--json']]) {
      const io = captureIo();
      await main(['ingest', join(dir, 'good.txt'), join(dir, 'missing.txt'), '--out', out, ...extra], io);
      expect(io.stderr.filter((l) => /^E_INPUT_MISSING .*missing\.txt/.test(l)), extra.join(' ')).toHaveLength(1);
    }
  });

  it('keeps an error about a file whose name holds a newline on one line', async () => {
    const { dir, out } = batch();
    writeFileSync(join(dir, 'bad\nname.txt'), '');
    const io = captureIo();
    await main(['ingest', dir, '--out', out], io);
    const lines = [...io.stdout, ...io.stderr].flatMap((l) => l.split('\n'));
    expect(lines.some((l) => /E_INPUT_EMPTY .*bad\\nname\.txt/.test(l))).toBe(true);
    expect(lines.some((l) => /^name\.txt/.test(l))).toBe(false);
  });
});

describe('zhkg', () => {
  it('prints usage without a command (exit 2) and for --help (exit 0); unknown commands exit 2', async () => {
    expect(await main([], captureIo())).toBe(2);
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/zhkg ingest/);
    expect(await main(['frobnicate'], captureIo())).toBe(2);
  });
});

describe('the README’s first screen', () => {
  it('shows exactly the summary that ingesting seeds/ prints', async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const block = /What `npm run ingest` prints for the seed article:\n\n```\n([\s\S]*?)```/.exec(readme)![1]!.trim().split('\n');
    const out = join(tempDir('zhkg-readme-'), 'out');
    const io = captureIo();
    const seeds = new URL('../../../seeds/', import.meta.url).pathname;
    expect(await main(['ingest', seeds, '--out', out], io)).toBe(0);
    // The default cache is beside --out, inside the temporary folder removed after the tests.
    expect(existsSync(defaultCacheDir(out))).toBe(true);
    const printed = io.stdout.join('\n').split('\n');
    for (const line of block.filter((l) => !l.startsWith('wrote:'))) expect(printed).toContain(line);
  });
});
