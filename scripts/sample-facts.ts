/**
 * Draws a reproducible random sample of facts from a graph.json for judging by hand, without the rule that made
 * them: one evidence sentence per fact, the two entities with their types, the relation type.
 *
 *   npx tsx scripts/sample-facts.ts --graph out/graph.json --n 100 --extra CONTROLS=20,LEADS=20 --seed 1 > sample.json
 *
 * The sample is drawn over the ontology's relations (not MENTIONS, PUBLISHED_BY, WRITTEN_BY, EDITED_BY). --extra
 * adds that many more facts of a type, drawn from those not already in the sample, so each type a target names
 * has enough facts to estimate its own precision. --exclude-gold <dir> (repeatable) leaves out every evidence sentence
 * from the articles a gold folder names (the held-out sets), so no judged error pattern comes from a held-out
 * article; a fact whose only evidence is there is not drawn.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/graph/seeded-random.ts';
import { excludeArticles, type SampleGraph } from '../src/eval/exclude-articles.ts';

const META = new Set(['MENTIONS', 'PUBLISHED_BY', 'WRITTEN_BY', 'EDITED_BY']);

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function args(name: string): string[] {
  return process.argv.flatMap((a, i) => (a === `--${name}` && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('npx tsx scripts/sample-facts.ts [--graph out/graph.json] [--n 100] [--extra TYPE=K,...] [--seed 1] [--exclude-gold DIR ...]\n');
  process.exit(0);
}


const graphPath = arg('graph', 'out/graph.json')!;
if (!existsSync(graphPath)) {
  process.stderr.write(`sample-facts: no graph at ${graphPath} (build one with npm run ingest, or pass --graph)\n`);
  process.exit(2);
}
const graph = JSON.parse(readFileSync(graphPath, 'utf8')) as SampleGraph;
/** Article paths (relative to a corpus root) named by the gold files of the --exclude-gold folders. */
const excludedPaths = args('exclude-gold').flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { article: string }).article));
graph.edges = excludeArticles(graph, excludedPaths);
const n = Number(arg('n', '100'));
const rand = seededRandom(Number(arg('seed', '1')));
const extra = new Map((arg('extra', '') ?? '').split(',').filter(Boolean).map((s) => { const [t, k] = s.split('='); return [t!, Number(k)] as const; }));
const nodes = new Map(graph.nodes.map((x) => [x.key, x.attributes]));
const facts = graph.edges.filter((e) => !META.has(e.attributes.type) && (e.attributes.evidence?.length ?? 0) > 0);

function shuffle<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j]!, a[i]!]; }
  return a;
}

const picked = shuffle(facts).slice(0, n);
const inSample = new Set(picked.map((e) => e.key));
for (const [type, k] of extra) picked.push(...shuffle(facts.filter((e) => e.attributes.type === type && !inSample.has(e.key))).slice(0, k));

const out = picked.map((e, i) => {
  const ev = e.attributes.evidence!;
  const one = ev[Math.floor(rand() * ev.length)]!;
  const s = nodes.get(e.source)!;
  const o = nodes.get(e.target)!;
  return { id: i + 1, key: e.key, relation: e.attributes.type, subject: `${s.name} (${s.type})`, object: `${o.name} (${o.type})`, modality: one.modality ?? 'asserted', article: one.article, sentence: one.field ? `[metadata ${one.field}] ${one.sentence}` : one.sentence };
});
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
