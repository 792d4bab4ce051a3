// Scores the loader's metadata (title, outlet, date, reporters, editors, original outlet) against the hand-checked
// fixture tests/fixtures/metadata/news-2019-2022.json, and lists every miss.
// Usage: npx tsx scripts/score-metadata.ts [corpus folder, default ../shared/corpus/news-2019-2022] [--misses]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/load/read-article.ts';
import { scoreMetadata, type MetadataGold } from '../src/eval/score-metadata.ts';
import type { LoadedArticle } from '../src/types.ts';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/news-2019-2022';
if (!existsSync(root)) {
  console.log(`score-metadata: ${root} not present; skipped`);
  process.exit(0);
}
const fixture = JSON.parse(readFileSync('tests/fixtures/metadata/news-2019-2022.json', 'utf8')) as { pages: MetadataGold[] };
const found: (LoadedArticle | undefined)[] = [];
for (const page of fixture.pages) {
  try {
    found.push(await readArticle(join(root, page.path)));
  } catch (e) {
    console.log(`failed: ${page.path}: ${(e as Error).message}`);
    found.push(undefined);
  }
}
const s = scoreMetadata(fixture.pages, found);
const pct = (n: number) => `${((100 * n) / s.pages).toFixed(1)}%`;
console.log(`pages ${s.pages}: title ${pct(s.title)}, outlet ${pct(s.outlet)}, date ${pct(s.date)}, original outlet ${pct(s.originalOutlet)}`);
console.log(`reporters+editors: precision ${s.people.precision.toFixed(3)}, recall ${s.people.recall.toFixed(3)} (tp ${s.people.tp}, fp ${s.people.fp}, fn ${s.people.fn})`);
if (args.includes('--misses')) for (const m of s.misses) console.log(`  ${m.path} ${m.field}: expected ${JSON.stringify(m.expected)}, found ${JSON.stringify(m.found)}`);
