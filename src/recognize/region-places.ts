import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZhkgError } from '../errors.ts';
import type { Doc } from '../types.ts';
import { tokenIndex } from '../segment/token-index.ts';
import { mayBeSurface, surfaceFilter, type SurfaceFilter } from '../lexicon/surface-filter.ts';

/**
 * Hong Kong, Macau and Taiwan places by name (data/hk-mo-tw-places.tsv): districts, new towns and areas, parishes,
 * counties and cities, each with the region it lies in. The mainland gazetteer (cn-admin-divisions) lists these
 * regions' divisions by official name only (大埔区); the news names them by their short and area names (大埔, 将军澳,
 * 九龙塘, 苗栗, 氹仔), which neither the lexicon nor the tagger finds.
 */
export const REGIONS = ['香港', '澳门', '台湾'] as const;
export type Region = (typeof REGIONS)[number];

/** How a row is licensed: `-` the region named anywhere in the article; `near` its name right before, or 区议会 after. */
export type RegionPlaceCue = '-' | 'near';

export interface RegionPlace {
  readonly region: Region;
  readonly kind: string;
  readonly name: string;
  readonly cue: RegionPlaceCue;
}

export const REGION_PLACES_PATH = fileURLToPath(new URL('../../data/hk-mo-tw-places.tsv', import.meta.url));

/**
 * Parses the table: a `region<TAB>kind<TAB>name<TAB>cue` header, then one place a line; blank and `#` lines are
 * skipped. Throws E_LEXICON_INVALID (with the line) on a bad line or a name listed twice.
 */
export function parseRegionPlaces(text: string, origin = REGION_PLACES_PATH): RegionPlace[] {
  const lines = text.split('\n');
  if (lines[0]?.replace(/\r$/, '') !== 'region\tkind\tname\tcue') throw new ZhkgError('E_LEXICON_INVALID', `parseRegionPlaces: ${origin}: the header must be "region<TAB>kind<TAB>name<TAB>cue"`, { file: origin });
  const out: RegionPlace[] = [];
  const seen = new Set<string>();
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const [region, kind, name, cue, extra] = line.split('\t');
    if (extra !== undefined || !kind || !name || !/^[\u4e00-\u9fff]{2,8}$/.test(name) || !(REGIONS as readonly string[]).includes(region!) || (cue !== '-' && cue !== 'near') || seen.has(name)) {
      throw new ZhkgError('E_LEXICON_INVALID', `parseRegionPlaces: ${origin} line ${k + 1}: expected "region<TAB>kind<TAB>name<TAB>cue" with a region of ${REGIONS.join(', ')}, a Chinese name listed once and a cue of - or near`, { file: origin });
    }
    seen.add(name);
    out.push({ region: region as Region, kind, name, cue });
  }
  return out;
}

let cached: Map<string, RegionPlace> | undefined;
let cachedFilter: SurfaceFilter | undefined;

/** The committed table by name, read once per process. */
export function regionPlaces(): ReadonlyMap<string, RegionPlace> {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(REGION_PLACES_PATH, 'utf8');
    } catch (e) {
      throw new ZhkgError('E_LEXICON_INVALID', `regionPlaces: cannot read ${REGION_PLACES_PATH}`, { file: REGION_PLACES_PATH, cause: e });
    }
    cached = new Map(parseRegionPlaces(text).map((p) => [p.name, p]));
  }
  return cached;
}

/** The prefilter of the committed table's names (see surface-filter.ts). */
function regionPlaceFilter(): SurfaceFilter {
  return (cachedFilter ??= surfaceFilter(regionPlaces().keys()));
}

// Where an article is about a region: its name or a usual word for its government or people.
const REGION_IN_TEXT: Record<Region, RegExp> = {
  香港: /香港|港府|港人|本港/,
  澳门: /澳门/,
  台湾: /台湾|中华民国/,
};
// After a district's name, the district's council or constituency (东区区议会, 南区选区).
const DISTRICT_AFTER = ['区议会', '区议员', '选区'];
const MAX_NAME = 8;

/** A place of the table found in the text: its span and row. */
export interface RegionPlaceMatch {
  readonly start: number;
  readonly end: number;
  readonly place: RegionPlace;
}

/**
 * The table's places in a document: a name spanning whole tokens (将军/澳 is one name, 上水平 holds none) or
 * ending where a district council or constituency follows, the
 * longest at each start, where the article names the place's region; a `near` row only with its region's name right
 * before it (香港东区) or its district council or constituency after it (东区区议会).
 */
export function findRegionPlaces(doc: Doc): RegionPlaceMatch[] {
  const table = regionPlaces();
  const filter = regionPlaceFilter();
  const { norm, tokens } = doc;
  const named = new Map<Region, boolean>();
  const regionNamed = (r: Region) => named.get(r) ?? (named.set(r, REGION_IN_TEXT[r].test(norm)), named.get(r)!);
  const { endingAt } = tokenIndex(tokens);
  const out: RegionPlaceMatch[] = [];
  let covered = 0;
  for (const t of tokens) {
    if (t.start < covered) continue;
    let best: RegionPlaceMatch | undefined;
    for (let end = Math.min(norm.length, t.start + MAX_NAME); end >= t.start + 2; end--) {
      // 东区区议会 is cut 东/区区/议会: a district council or constituency after the name ends it, token or not.
      // Most spans are no name of the table: two table reads say so before any slice or regular expression.
      if (!mayBeSurface(filter, norm, t.start, end)) continue;
      const council = DISTRICT_AFTER.some((w) => norm.startsWith(w, end));
      if (!endingAt[end] && !council) continue;
      const place = table.get(norm.slice(t.start, end));
      if (!place || !regionNamed(place.region)) continue;
      if (place.cue === 'near' && !council && !norm.slice(0, t.start).endsWith(place.region)) continue;
      best = { start: t.start, end, place };
      break;
    }
    if (best) {
      out.push(best);
      covered = best.end;
    }
  }
  return out;
}
