import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: src/ and data/ below it hold everything that decides what a page's analysis gives. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What the analysis depends on besides the page: the code and data that ship with zhkg. Output writers and the CLI do not count. */
const PARTS = ['src/load', 'src/normalize', 'src/segment', 'src/recognize', 'src/ner', 'src/resolve', 'src/extract', 'src/lexicon', 'src/pipeline', 'src/types.ts', 'data'];

function files(path: string): string[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return [];
  if (st.isFile()) return [path];
  if (!st.isDirectory()) return [];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

let cached: string | undefined;

/**
 * A hash of the code and data the analysis runs on (src/ stages and data/), so that a cached result is used only
 * by the same version of zhkg: any change to a rule, a word table, the lexicon or the model gives a new fingerprint
 * and every page is analysed again. Computed once per process (about 2 MB read).
 */
export function codeFingerprint(root: string = ROOT): string {
  if (root === ROOT && cached) return cached;
  const h = createHash('sha256');
  for (const part of PARTS) {
    for (const file of files(join(root, part))) {
      h.update(relative(root, file));
      h.update('\0');
      h.update(readFileSync(file));
      h.update('\0');
    }
  }
  const digest = h.digest('hex');
  if (root === ROOT) cached = digest;
  return digest;
}

/**
 * The fingerprint of one run's analysis: the code, the extra lexicon files' contents and the options that change
 * results (`--max-bytes`, `--tagger`). Two runs with the same fingerprint analyse a page the same way.
 */
export function runFingerprint(options: { lexiconFiles: readonly string[]; maxBytes: number; tagger?: boolean }, root?: string): string {
  const h = createHash('sha256');
  h.update(codeFingerprint(root));
  h.update(`\0maxBytes=${options.maxBytes}\0tagger=${options.tagger !== false}\0`);
  for (const file of options.lexiconFiles) {
    h.update(file);
    h.update('\0');
    h.update(readFileSync(file));
    h.update('\0');
  }
  return h.digest('hex');
}
