import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZhkgError } from '../errors.ts';

/** The cluster file (built by scripts/ner/build-char-clusters.ts from unlabelled text; see data/README.md). */
export const CHAR_CLUSTERS_PATH = fileURLToPath(new URL('../../data/char-clusters.tsv', import.meta.url));

/** By feature code (see `featureCode`): a character's fine and coarse cluster, 1-based; 0 for one not listed. */
export interface CharClusters {
  readonly fine: Uint16Array;
  readonly coarse: Uint16Array;
}

/** Parses the cluster file: a `char<TAB>fine<TAB>coarse` header, then one character a line with two cluster numbers. */
export function parseCharClusters(text: string, origin = CHAR_CLUSTERS_PATH): CharClusters {
  const lines = text.split('\n');
  if (lines[0]?.replace(/\r$/, '') !== 'char\tfine\tcoarse') throw new ZhkgError('E_LEXICON_INVALID', `parseCharClusters: ${origin}: the header must be "char<TAB>fine<TAB>coarse"`, { file: origin });
  const fine = new Uint16Array(0x10000);
  const coarse = new Uint16Array(0x10000);
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!.replace(/\r$/, '');
    if (!line) continue;
    const [c, f, g, extra] = line.split('\t');
    if (extra !== undefined || c?.length !== 1 || !/^[1-9]\d{0,3}$/.test(f ?? '') || !/^[1-9]\d{0,3}$/.test(g ?? '')) {
      throw new ZhkgError('E_LEXICON_INVALID', `parseCharClusters: ${origin} line ${k + 1}: expected a character and two cluster numbers from 1`, { file: origin });
    }
    fine[c.charCodeAt(0)] = Number(f);
    coarse[c.charCodeAt(0)] = Number(g);
  }
  return { fine, coarse };
}

let cached: CharClusters | undefined;

/** The committed clusters, read once per process. */
export function loadCharClusters(): CharClusters {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(CHAR_CLUSTERS_PATH, 'utf8');
    } catch (e) {
      throw new ZhkgError('E_LEXICON_INVALID', `loadCharClusters: cannot read ${CHAR_CLUSTERS_PATH}`, { file: CHAR_CLUSTERS_PATH, cause: e });
    }
    cached = parseCharClusters(text);
  }
  return cached;
}
