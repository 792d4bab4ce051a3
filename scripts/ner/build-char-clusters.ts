/**
 * Builds data/char-clusters.tsv, the name tagger's distributional character clusters, from unlabelled text:
 *   npx tsx scripts/ner/build-char-clusters.ts [--fine 256] [--coarse 32] [--iterations 25] [--seed 7] [--out FILE]
 * The text: the sentences of the tagger's training files (CLUENER2020 train.jsonl, People's Daily example.dev, read
 * as plain text, their labels ignored), DuIE 2.0's and FinRE's sentences from ../shared/nlp-data/re, and the words
 * of jieba's dictionary (each word once, as a short text). Never the evaluation files. Each character seen three
 * times or more is a vector of its left and right neighbours (the 1,500 commonest characters, a sentence boundary,
 * anything else), square roots of their shares (Hellinger), unit length; spherical k-means, seeded k-means++
 * starts, puts them into `--fine` and, separately, `--coarse` clusters. Deterministic: same text, same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeText } from '../../src/normalize/normalize-text.ts';
import { featureCode } from '../../src/ner/char-class.ts';
import { CHAR_CLUSTERS_PATH } from '../../src/ner/char-clusters.ts';
import { mulberry32 } from '../../src/ner/train-perceptron.ts';
import { FILES, NER_DATA, parseDataset, REPO } from './ner-data.ts';

const { values } = parseArgs({
  options: {
    fine: { type: 'string', default: '256' },
    coarse: { type: 'string', default: '32' },
    iterations: { type: 'string', default: '25' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string' },
  },
});
const RE_DATA = resolve(NER_DATA, '../re');
const texts: string[] = [];
for (const [which, file] of [['cluener', FILES.cluenerTrain], ['peoples-daily', FILES.pdTrain]] as const) {
  texts.push(...parseDataset(which, readFileSync(join(NER_DATA, file), 'utf8'), file).map((s) => s.text));
}
for (const line of readFileSync(join(RE_DATA, 'duie2/train_data_5000.json'), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
for (const line of readFileSync(join(RE_DATA, 'finre/valid.txt'), 'utf8').split('\n')) {
  const sentence = line.split('\t')[3];
  if (sentence) texts.push(sentence.replace(/<N>/g, '0'));
}
const sentences = texts.length;
const dict = join(REPO, 'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const word = line.split(' ')[0];
  if (word && /^[\u4e00-\u9fff]{2,}$/.test(word)) texts.push(word);
}

// Character codes as the tagger sees them (normalised, digits collapsed, Latin lower case); blanks cut the text.
const seqs = texts.map((t) => Array.from(normalizeText(t), (c) => featureCode(c.charCodeAt(0))));
const count = new Map<number, number>();
for (const s of seqs) for (const c of s) if (c > 32 && c !== 0x3000) count.set(c, (count.get(c) ?? 0) + 1);
const byCount = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
const vocab = byCount.filter(([, n]) => n >= 3).map(([c]) => c);
const CONTEXTS = 1500;
const ctxIndex = new Map<number, number>(byCount.slice(0, CONTEXTS).map(([c], k) => [c, k]));
const BOUND = CONTEXTS;
const OTHER = CONTEXTS + 1;
const half = CONTEXTS + 2;
const rowOf = new Map<number, number>(vocab.map((c, k) => [c, k]));
const ctx = vocab.map(() => new Map<number, number>());
const isBlank = (c: number | undefined) => c === undefined || c <= 32 || c === 0x3000;
for (const s of seqs) {
  for (let i = 0; i < s.length; i++) {
    const r = rowOf.get(s[i]!);
    if (r === undefined) continue;
    const m = ctx[r]!;
    const l = s[i - 1];
    const n = s[i + 1];
    const lk = isBlank(l) ? BOUND : (ctxIndex.get(l!) ?? OTHER);
    const rk = half + (isBlank(n) ? BOUND : (ctxIndex.get(n!) ?? OTHER));
    m.set(lk, (m.get(lk) ?? 0) + 1);
    m.set(rk, (m.get(rk) ?? 0) + 1);
  }
}
// Sparse unit vectors: keys sorted, Hellinger values.
const points = ctx.map((m) => {
  const keys = Int32Array.from([...m.keys()].sort((a, b) => a - b));
  const total = [...m.values()].reduce((a, b) => a + b, 0) / 2;
  const vals = Float64Array.from(keys, (k) => Math.sqrt(m.get(k)! / total));
  const norm = Math.sqrt(vals.reduce((a, v) => a + v * v, 0));
  for (let k = 0; k < vals.length; k++) vals[k]! /= norm;
  return { keys, vals };
});
const dim = 2 * half;

function kmeans(k: number, iterations: number, seed: number): Int32Array {
  const random = mulberry32(seed);
  const cent = Array.from({ length: k }, () => new Float64Array(dim));
  const dot = (p: (typeof points)[number], c: Float64Array) => {
    let s = 0;
    for (let j = 0; j < p.keys.length; j++) s += p.vals[j]! * c[p.keys[j]!]!;
    return s;
  };
  const setTo = (c: Float64Array, p: (typeof points)[number]) => {
    c.fill(0);
    for (let j = 0; j < p.keys.length; j++) c[p.keys[j]!] = p.vals[j]!;
  };
  // k-means++ with distance 1 - cosine.
  const dist = new Float64Array(points.length).fill(Infinity);
  setTo(cent[0]!, points[Math.floor(random() * points.length)]!);
  for (let c = 1; c < k; c++) {
    let sum = 0;
    for (let i = 0; i < points.length; i++) {
      dist[i] = Math.min(dist[i]!, Math.max(0, 1 - dot(points[i]!, cent[c - 1]!)));
      sum += dist[i]!;
    }
    let r = random() * sum;
    let pick = points.length - 1;
    for (let i = 0; i < points.length; i++) {
      r -= dist[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    setTo(cent[c]!, points[pick]!);
  }
  const assign = new Int32Array(points.length);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < points.length; i++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const s = dot(points[i]!, cent[c]!);
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assign[i] !== arg) moved++;
      assign[i] = arg;
    }
    for (const c of cent) c.fill(0);
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      const c = cent[assign[i]!]!;
      for (let j = 0; j < p.keys.length; j++) c[p.keys[j]!]! += p.vals[j]!;
    }
    for (const c of cent) {
      let n = 0;
      for (let j = 0; j < dim; j++) n += c[j]! * c[j]!;
      n = Math.sqrt(n) || 1;
      for (let j = 0; j < dim; j++) c[j]! /= n;
    }
    console.log(`build-char-clusters: k=${k} iteration ${it + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return assign;
}

const seed = Number(values.seed);
const fine = kmeans(Number(values.fine), Number(values.iterations), seed);
const coarse = kmeans(Number(values.coarse), Number(values.iterations), seed + 1);
const out = values.out ?? CHAR_CLUSTERS_PATH;
const order = vocab.map((c, k) => [c, k] as const).sort((a, b) => a[0] - b[0]);
const lines = ['char\tfine\tcoarse', ...order.map(([c, k]) => `${String.fromCharCode(c)}\t${fine[k]! + 1}\t${coarse[k]! + 1}`)];
writeFileSync(out, lines.join('\n') + '\n');
console.log(`build-char-clusters: ${vocab.length} characters from ${sentences} sentences and ${texts.length - sentences} dictionary words → ${relative(REPO, out)}`);
