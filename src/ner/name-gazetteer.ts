import type { EntityType } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { ORG_SUFFIXES } from '../recognize/org-suffixes.ts';
import { labelOfType, NER_LABELS } from './ner-labels.ts';
import { divisionShortForm, loadAdminDivisions, type AdminDivision } from './admin-divisions.ts';
import { mayStartSurface, surfaceFilter, type SurfaceFilter } from '../lexicon/surface-filter.ts';

/**
 * The lexicon's Chinese names and the organisation endings, as per-character classes for the name tagger: which
 * known name (by label) covers a character and where in it, and which organisation ending does.
 */
export interface NameGazetteer {
  /** Surface → class: 1 + label index, or 1 + NER_LABELS.length for a product. */
  readonly names: ReadonlyMap<string, number>;
  /** By UTF-16 code: the longest name starting with that character (0: none). */
  readonly longestFrom: Uint8Array;
  /** By UTF-16 code: 1 when some name ends with that character. */
  readonly endsWith: Uint8Array;
  /** Which (first, second) character pairs may start a name: most positions are ruled out without a lookup. */
  readonly starts: SurfaceFilter;
}

const MAX_NAME = 20;
const PRODUCT_CLASS = 1 + NER_LABELS.length;
/** Classes of administrative divisions: a county or higher by its full name, a township, a county or higher by its short form. */
export const ADMIN_CLASS = { division: PRODUCT_CLASS + 1, township: PRODUCT_CLASS + 2, short: PRODUCT_CLASS + 3 } as const;

/** Gazetteer entries of administrative divisions: full names, and short forms of county level and higher. */
export function divisionEntries(divisions: readonly AdminDivision[]): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [];
  for (const d of divisions) out.push([d.name, d.level === 'township' ? ADMIN_CLASS.township : ADMIN_CLASS.division]);
  for (const d of divisions) {
    const short = d.level === 'township' ? undefined : divisionShortForm(d.name);
    if (short) out.push([short, ADMIN_CLASS.short]);
  }
  return out;
}

function nameClass(type: EntityType): number {
  const label = labelOfType(type);
  return label === undefined ? PRODUCT_CLASS : 1 + NER_LABELS.indexOf(label);
}

const built = new WeakMap<Lexicon, NameGazetteer>();

/**
 * The gazetteer of a lexicon and China's administrative divisions (data/cn-admin-divisions.tsv), built once per
 * lexicon object. A lexicon name wins over a division of the same surface.
 */
export function nameGazetteer(lexicon: Lexicon): NameGazetteer {
  let g = built.get(lexicon);
  if (!g) {
    g = buildGazetteer(
      lexicon.entries.flatMap((e) => [e.name, ...e.aliases].map((s) => [s, e.type] as const)),
      divisionEntries(loadAdminDivisions()),
    );
    built.set(lexicon, g);
  }
  return g;
}

/**
 * A gazetteer of (surface, type) pairs, then of (surface, class) pairs (`ADMIN_CLASS`); only surfaces of 2 to 20
 * characters with a Chinese character count, and the first pair of a surface.
 */
export function buildGazetteer(pairs: Iterable<readonly [string, EntityType]>, classed: Iterable<readonly [string, number]> = []): NameGazetteer {
  const names = new Map<string, number>();
  const longestFrom = new Uint8Array(0x10000);
  const endsWith = new Uint8Array(0x10000);
  const all = function* (): Generator<readonly [string, number]> {
    for (const [surface, type] of pairs) yield [surface, nameClass(type)];
    yield* classed;
  };
  for (const [surface, cls] of all()) {
    if (surface.length < 2 || surface.length > MAX_NAME || !/[\u4e00-\u9fff]/.test(surface) || names.has(surface)) continue;
    names.set(surface, cls);
    const first = surface.charCodeAt(0);
    if (surface.length > longestFrom[first]!) longestFrom[first] = surface.length;
    endsWith[surface.charCodeAt(surface.length - 1)] = 1;
  }
  return { names, longestFrom, endsWith, starts: surfaceFilter(names.keys()) };
}

/**
 * Per character of `text`: 0 outside a known name, else class * 4 + part (0 begin, 1 inside, 2 end, 3 single).
 * Matches are longest-first, earliest-start, never overlapping.
 */
export function markNames(g: NameGazetteer, text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; ) {
    let max = g.longestFrom[text.charCodeAt(i)]!;
    if (max > text.length - i) max = text.length - i;
    if (max >= 2 && !mayStartSurface(g.starts, text, i)) max = 0;
    let found = 0;
    let cls = 0;
    for (let len = max; len >= 2; len--) {
      if (g.endsWith[text.charCodeAt(i + len - 1)] !== 1) continue;
      const c = g.names.get(text.slice(i, i + len));
      if (c !== undefined) {
        found = len;
        cls = c;
        break;
      }
    }
    if (found === 0) {
      i++;
      continue;
    }
    out[i] = cls * 4;
    for (let k = i + 1; k < i + found - 1; k++) out[k] = cls * 4 + 1;
    out[i + found - 1] = cls * 4 + 2;
    i += found;
  }
  return out;
}

// Organisation endings by the code of their last character, longest first; classes as for names (no product).
const SUFFIXES_BY_LAST = new Map<number, Array<{ suffix: string; cls: number }>>();
for (const [suffix, type] of ORG_SUFFIXES) {
  const code = suffix.charCodeAt(suffix.length - 1);
  (SUFFIXES_BY_LAST.get(code) ?? SUFFIXES_BY_LAST.set(code, []).get(code)!).push({ suffix, cls: nameClass(type) });
}

/**
 * Per character of `text`: 0 outside an organisation ending, else class * 4 + min(distance from the ending's last
 * character, 3). Where endings overlap, the later (and then longer) one wins.
 */
export function markSuffixes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const candidates = SUFFIXES_BY_LAST.get(text.charCodeAt(j));
    if (!candidates) continue;
    for (const { suffix, cls } of candidates) {
      const start = j + 1 - suffix.length;
      if (start < 0 || !text.startsWith(suffix, start)) continue;
      for (let k = start; k <= j; k++) out[k] = cls * 4 + Math.min(j - k, 3);
      break;
    }
  }
  return out;
}
