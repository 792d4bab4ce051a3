// Preloaded (node --import) into a benchmarked process: at exit it writes the process's peak resident set size (all
// threads, workers included) and CPU time as JSON to the file named by ZHKG_PROBE_OUT.
import { writeFileSync } from 'node:fs';

const started = performance.now();
process.on('exit', () => {
  const out = process.env.ZHKG_PROBE_OUT;
  if (!out) return;
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  writeFileSync(out, JSON.stringify({ maxRssKb: maxRSS, userMs: userCPUTime / 1000, systemMs: systemCPUTime / 1000, wallMs: performance.now() - started }));
});
