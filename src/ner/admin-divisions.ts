import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZhkgError } from '../errors.ts';

/** The levels of China's administrative divisions, from the top: 省级, 地级, 县级, 乡级. */
export const ADMIN_LEVELS = ['province', 'prefecture', 'county', 'township'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** A division's name (the full official form, 东城区, 景山街道) and its level. */
export interface AdminDivision {
  readonly name: string;
  readonly level: AdminLevel;
}

/** The gazetteer file (built by scripts/ner/build-admin-divisions.ts; source and licence beside it). */
export const ADMIN_DIVISIONS_PATH = fileURLToPath(new URL('../../data/cn-admin-divisions.tsv', import.meta.url));

/**
 * Parses the gazetteer: a `level<TAB>name` header, then one division a line; blank and `#` lines are skipped. A
 * name is listed once, under its highest level. Throws E_LEXICON_INVALID (with the line) on a bad line.
 */
export function parseAdminDivisions(text: string, origin = ADMIN_DIVISIONS_PATH): AdminDivision[] {
  const lines = text.split('\n');
  if (lines[0]?.replace(/\r$/, '') !== 'level\tname') throw new ZhkgError('E_LEXICON_INVALID', `parseAdminDivisions: ${origin}: the header must be "level<TAB>name"`, { file: origin });
  const out: AdminDivision[] = [];
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const [level, name, extra] = line.split('\t');
    if (extra !== undefined || !name || !(ADMIN_LEVELS as readonly string[]).includes(level!)) {
      throw new ZhkgError('E_LEXICON_INVALID', `parseAdminDivisions: ${origin} line ${k + 1}: expected "level<TAB>name" with a level of ${ADMIN_LEVELS.join(', ')}`, { file: origin });
    }
    out.push({ level: level as AdminLevel, name });
  }
  return out;
}

let cached: AdminDivision[] | undefined;

/** The committed gazetteer, read once per process. */
export function loadAdminDivisions(): AdminDivision[] {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(ADMIN_DIVISIONS_PATH, 'utf8');
    } catch (e) {
      throw new ZhkgError('E_LEXICON_INVALID', `loadAdminDivisions: cannot read ${ADMIN_DIVISIONS_PATH}`, { file: ADMIN_DIVISIONS_PATH, cause: e });
    }
    cached = parseAdminDivisions(text);
  }
  return cached;
}

// Endings of county-level and higher divisions that a short form drops (朝阳区 → 朝阳), longest first. A short form
// keeps at least two characters. Autonomous areas have none here: 新疆维吾尔自治区 is 新疆, not 新疆维吾尔, and the
// usual short forms of the large ones are in the lexicon.
const DIVISION_ENDINGS = ['特别行政区', '地区', '林区', '特区', '省', '市', '县', '区', '盟', '旗'];
const AUTONOMOUS = /自治[区州县旗]$/;

/** The short form of a county-level or higher division's name, or undefined when none of at least two characters. */
export function divisionShortForm(name: string): string | undefined {
  if (AUTONOMOUS.test(name)) return undefined;
  for (const ending of DIVISION_ENDINGS) {
    if (name.endsWith(ending) && name.length - ending.length >= 2) return name.slice(0, name.length - ending.length);
  }
  return undefined;
}

/** How a surface names a division: by its full name (and the division's level), or by a short form. */
export type DivisionMatch = { form: 'full'; level: AdminLevel } | { form: 'short' };

let index: Map<string, DivisionMatch> | undefined;
let fullByShort: Map<string, string[]> | undefined;

/** The full names of the divisions whose short form is `short` (汶川 → 汶川县), in the gazetteer's order. */
export function divisionsShortened(short: string): readonly string[] {
  if (!fullByShort) {
    const built = new Map<string, string[]>();
    for (const d of loadAdminDivisions()) {
      const s = d.level === 'township' ? undefined : divisionShortForm(d.name);
      if (s) (built.get(s) ?? built.set(s, []).get(s)!).push(d.name);
    }
    fullByShort = built;
  }
  return fullByShort.get(short) ?? [];
}

/**
 * Whether a surface is a division's full name or the short form of a county-level or higher division's name
 * (汶川 for 汶川县), from the committed gazetteer; a full name wins over a short form.
 */
export function divisionNamed(surface: string): DivisionMatch | undefined {
  if (!index) {
    const built = new Map<string, DivisionMatch>();
    const divisions = loadAdminDivisions();
    for (const d of divisions) built.set(d.name, { form: 'full', level: d.level });
    for (const d of divisions) {
      const short = d.level === 'township' ? undefined : divisionShortForm(d.name);
      if (short && !built.has(short)) built.set(short, { form: 'short' });
    }
    index = built;
  }
  return index.get(surface);
}
