/**
 * Memory at scale: the corpora multiplied into N copies with new article ids (bench/replicate-page.ts), then one
 * default `zhkg ingest` (a fresh process, as a user runs it) over them. Prints pages, articles read, peak RSS of the
 * whole process (workers included, from process.resourceUsage at exit), CPU time and wall time. Target (issue 13):
 * 20,000 pages ≤ 1.5 GB.
 *
 *   npm run bench:replicate -- [--replicate 5] [--corpus DIR ...] [--keep] [-- extra ingest options]
 *
 * Corpora: --corpus (repeatable), else ../shared/corpus/banned-news-2018 and ../shared/corpus/news-2019-2022;
 * none present → SKIPPED, exit 0. The copies are written under the system temp folder and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listInputs } from '../src/load/list-inputs.ts';
import { replicatePage } from './replicate-page.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { replicate: { type: 'string', default: '5' }, corpus: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false } },
});
const copies = Number(values.replicate);
if (!Number.isInteger(copies) || copies < 1 || copies > 10) throw new RangeError(`replicate bench: --replicate ${values.replicate} is not 1–10`);
const corpora = (values.corpus ?? ['../shared/corpus/banned-news-2018', '../shared/corpus/news-2019-2022'].map((c) => resolve(ROOT, c))).filter((c) => existsSync(c));
if (corpora.length === 0) {
  console.log('replicate bench: SKIPPED, no corpus (../shared/corpus or --corpus)');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'zhkg-replicate-'));
const input = join(work, 'in');
let pages = 0;
for (const corpus of corpora) {
  for (const file of listInputs([corpus]).files) {
    const bytes = readFileSync(file);
    // Pages are UTF-8 or other encodings; latin1 maps bytes to code points one to one, so only ASCII digits change.
    const text = bytes.toString('latin1');
    for (let k = 0; k < copies; k++) {
      const to = join(input, `copy${k}`, basename(corpus), relative(corpus, file));
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, Buffer.from(replicatePage(text, k), 'latin1'));
      pages++;
    }
  }
}

const probe = join(work, 'probe.json');
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
const r = spawnSync(
  process.execPath,
  ['--import', join(ROOT, 'bench/max-rss-probe.mjs'), join(ROOT, 'bin/zhkg.mjs'), 'ingest', input, '--out', join(work, 'out'), '--quiet', '--json', ...positionals],
  { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ZHKG_PROBE_OUT: probe }, maxBuffer: 1 << 30 },
);
if (r.status !== 0 || !existsSync(probe)) {
  console.error(r.stderr);
  throw new Error(`replicate bench: zhkg ingest exited with ${r.status}`);
}
const report = JSON.parse(r.stdout) as { articlesRead: number; duplicates: unknown[]; failures: unknown[] };
const p = JSON.parse(readFileSync(probe, 'utf8')) as { maxRssKb: number; userMs: number; systemMs: number; wallMs: number };
console.log(`replicate bench: ${copies} copies of ${corpora.map((c) => basename(c)).join(', ')} = ${pages} pages; zhkg ingest ${positionals.join(' ')}`.trim());
console.log(`  articles read ${report.articlesRead} (duplicates ${report.duplicates.length}, failures ${report.failures.length})`);
console.log(`  peak RSS ${(p.maxRssKb / 1024).toFixed(0)} MB (target ≤ 1,536 MB for 20,000 pages)`);
console.log(`  CPU ${((p.userMs + p.systemMs) / 1000).toFixed(1)} s (user ${(p.userMs / 1000).toFixed(1)}, sys ${(p.systemMs / 1000).toFixed(1)}), wall ${(p.wallMs / 1000).toFixed(1)} s; load average before: ${load}, after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept: ${work}`);
