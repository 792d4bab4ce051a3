import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZhkgError } from '../errors.ts';

/**
 * The proper-name tag groups of jieba's dictionary a character's profile is made of (see
 * scripts/ner/build-char-profiles.ts): person, transliterated name, place, organisation, other proper noun.
 */
export const CHAR_PROFILE_GROUPS = [
  { name: 'person', tags: ['nr', 'nrfg'] },
  { name: 'foreign', tags: ['nrt'] },
  { name: 'place', tags: ['ns'] },
  { name: 'org', tags: ['nt'] },
  { name: 'proper', tags: ['nz'] },
] as const;

/** The profile file (built by scripts/ner/build-char-profiles.ts from jieba's dictionary). */
export const CHAR_PROFILES_PATH = fileURLToPath(new URL('../../data/char-profiles.tsv', import.meta.url));

/** A share `count / total` cut into a level: 0 under 2 %, 1 under 10 %, 2 under 30 %, 3 from 30 %. */
export function profileLevel(count: number, total: number): number {
  if (total === 0 || count === 0) return 0;
  const share = count / total;
  return share < 0.02 ? 0 : share < 0.1 ? 1 : share < 0.3 ? 2 : 3;
}

/**
 * Per group, by UTF-16 code: the character's profile code, 1 + levelB * 16 + levelM * 4 + levelE (0 for a character
 * the file does not list).
 */
export type CharProfiles = readonly Uint8Array[];

/** Parses the profile file: a `char<TAB>person<TAB>…` header, then a character and three level digits per group. */
export function parseCharProfiles(text: string, origin = CHAR_PROFILES_PATH): CharProfiles {
  const lines = text.split('\n');
  const header = ['char', ...CHAR_PROFILE_GROUPS.map((g) => g.name)].join('\t');
  if (lines[0]?.replace(/\r$/, '') !== header) throw new ZhkgError('E_LEXICON_INVALID', `parseCharProfiles: ${origin}: the header must be "${header}"`, { file: origin });
  const out = CHAR_PROFILE_GROUPS.map(() => new Uint8Array(0x10000));
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!.replace(/\r$/, '');
    if (!line) continue;
    const cols = line.split('\t');
    if (cols.length !== CHAR_PROFILE_GROUPS.length + 1 || cols[0]!.length !== 1 || cols.slice(1).some((c) => !/^[0-3]{3}$/.test(c))) {
      throw new ZhkgError('E_LEXICON_INVALID', `parseCharProfiles: ${origin} line ${k + 1}: expected a character and ${CHAR_PROFILE_GROUPS.length} level triples (0–3)`, { file: origin });
    }
    const code = cols[0]!.charCodeAt(0);
    for (let g = 0; g < CHAR_PROFILE_GROUPS.length; g++) {
      const [b, m, e] = [...cols[g + 1]!].map(Number);
      out[g]![code] = 1 + b! * 16 + m! * 4 + e!;
    }
  }
  return out;
}

let cached: CharProfiles | undefined;

/** The committed profiles, read once per process. */
export function loadCharProfiles(): CharProfiles {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(CHAR_PROFILES_PATH, 'utf8');
    } catch (e) {
      throw new ZhkgError('E_LEXICON_INVALID', `loadCharProfiles: cannot read ${CHAR_PROFILES_PATH}`, { file: CHAR_PROFILES_PATH, cause: e });
    }
    cached = parseCharProfiles(text);
  }
  return cached;
}

/**
 * Per character of `text`, padded two places each side (like the tagger's window arrays): 1 + the profile group in
 * which the character is most often part of a name (the highest sum of its three levels; the first group on a
 * tie), 0 for none.
 */
export function dominantProfiles(text: string, profiles: CharProfiles): Int32Array {
  const out = new Int32Array(text.length + 4);
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    let best = 0;
    let arg = 0;
    for (let g = 0; g < profiles.length; g++) {
      const v = profiles[g]![ch]!;
      if (v === 0) continue;
      const sum = ((v - 1) >> 4) + (((v - 1) >> 2) & 3) + ((v - 1) & 3);
      if (sum > best) {
        best = sum;
        arg = g + 1;
      }
    }
    out[i + 2] = arg;
  }
  return out;
}
