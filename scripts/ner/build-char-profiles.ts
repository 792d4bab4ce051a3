/**
 * Builds data/char-profiles.tsv, the name tagger's per-character profiles, from jieba's dictionary (the one the
 * segmenter loads, node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8: 349k words with POS tags):
 *   npx tsx scripts/ner/build-char-profiles.ts [--dict FILE] [--out data/char-profiles.tsv]
 * For every Han character and each proper-name tag group (person nr/nrfg, transliterated name nrt, place ns,
 * organisation nt, other proper noun nz): how large a share of the dictionary words containing the character are of
 * that group with the character first (B), inside (M) or last (E), each share cut into a level 0–3. Unlabelled
 * data: no name of any evaluation set is read. Deterministic: the same dictionary gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CHAR_PROFILE_GROUPS, CHAR_PROFILES_PATH, profileLevel } from '../../src/ner/char-profiles.ts';
import { REPO } from './ner-data.ts';

const { values } = parseArgs({ options: { dict: { type: 'string' }, out: { type: 'string' } } });
const dict = values.dict ?? join(REPO, 'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');
const out = values.out ?? CHAR_PROFILES_PATH;
const HAN = /^[\u4e00-\u9fff]+$/;
const groupOf = new Map<string, number>();
CHAR_PROFILE_GROUPS.forEach((g, k) => g.tags.forEach((t) => groupOf.set(t, k)));

// Per character: total words, and per group × place (B, M, E) the words of that group.
const total = new Map<string, number>();
const counts = new Map<string, Int32Array>();
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const [word, , tag] = line.trim().split(' ');
  if (!word || !tag || !HAN.test(word)) continue;
  const g = groupOf.get(tag);
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    total.set(c, (total.get(c) ?? 0) + 1);
    if (g === undefined || word.length === 1) continue;
    const place = i === 0 ? 0 : i === word.length - 1 ? 2 : 1;
    let a = counts.get(c);
    if (!a) counts.set(c, (a = new Int32Array(CHAR_PROFILE_GROUPS.length * 3)));
    a[g * 3 + place]! += 1;
  }
}
const lines = [['char', ...CHAR_PROFILE_GROUPS.map((g) => g.name)].join('\t')];
const chars = [...total.keys()].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
let kept = 0;
for (const c of chars) {
  const n = total.get(c)!;
  const a = counts.get(c);
  if (!a) continue;
  const cols = CHAR_PROFILE_GROUPS.map((_, g) => [0, 1, 2].map((p) => profileLevel(a[g * 3 + p]!, n)).join(''));
  if (cols.every((s) => s === '000')) continue;
  lines.push([c, ...cols].join('\t'));
  kept++;
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`build-char-profiles: ${kept} characters of ${chars.length} → ${relative(REPO, out)}`);
