/**
 * Incremental runs: the wall time of `zhkg ingest` (a fresh process each time, as a user runs it) over a copy of the
 * corpora, first with an empty cache, then again with nothing changed, then with 1% more pages, then one without
 * the cache for reference. Targets (issue 13): a rerun with nothing changed ≤ 20% of the first run; with 1% new
 * pages ≤ 25%. The graphs of the cached runs are compared with a clean run's, byte for byte.
 *
 *   npm run bench:incremental [-- --corpus DIR ... --keep]
 *
 * Corpora: --corpus (repeatable), else ../shared/corpus/banned-news-2018 and ../shared/corpus/news-2019-2022;
 * none present → SKIPPED, exit 0.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listInputs } from '../src/load/list-inputs.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { corpus: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false } } });
const corpora = (values.corpus ?? ['../shared/corpus/banned-news-2018', '../shared/corpus/news-2019-2022'].map((c) => resolve(ROOT, c))).filter((c) => existsSync(c));
if (corpora.length === 0) {
  console.log('incremental bench: SKIPPED, no corpus (../shared/corpus or --corpus)');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'zhkg-incremental-'));
const input = join(work, 'in');
const aside = join(work, 'aside');
mkdirSync(aside);
for (const c of corpora) cpSync(c, join(input, basename(c)), { recursive: true });
// 1% of the pages, every 100th in path order, are held back for the third run.
const files = listInputs([input]).files.sort();
const held = files.filter((_, i) => i % 100 === 50);
for (const f of held) {
  const to = join(aside, relative(input, f));
  mkdirSync(join(to, '..'), { recursive: true });
  renameSync(f, to);
}

function run(label: string, out: string, extra: string[] = []): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/zhkg.mjs'), 'ingest', input, '--out', out, '--format', 'json', '--quiet', ...extra], { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - started;
  const cache = /cache: (\d+) pages unchanged.*?, (\d+) analysed/.exec(r.stdout);
  console.log(`${label.padEnd(34)} ${(ms / 1000).toFixed(1).padStart(6)} s${cache ? `  (from cache ${cache[1]}, analysed ${cache[2]})` : ''}`);
  return ms;
}

console.log(`incremental bench: ${files.length} pages from ${corpora.map((c) => basename(c)).join(', ')}; ${held.length} held back`);
const out = join(work, 'out');
const first = run('first run, empty cache', out);
const same = run('rerun, nothing changed', out);
for (const f of held) {
  const from = join(aside, relative(input, f));
  renameSync(from, f);
}
const more = run(`rerun, ${held.length} new pages (1%)`, out);
const clean = run('clean run of the same pages, no cache', join(work, 'clean'), ['--no-cache']);
const identical = readFileSync(join(out, 'graph.json'), 'utf8') === readFileSync(join(work, 'clean', 'graph.json'), 'utf8');
console.log(`rerun / first: ${(same / first).toFixed(2)} (target ≤ 0.20); with 1% new: ${(more / first).toFixed(2)} (target ≤ 0.25); no cache: ${(clean / first).toFixed(2)}`);
console.log(`graph of the incremental run ${identical ? 'is byte-identical to' : 'DIFFERS from'} the clean run's`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept: ${work}`);
process.exitCode = identical ? 0 : 1;
