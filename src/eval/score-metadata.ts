import { outletFromName } from '../load/find-outlet.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import type { LoadedArticle } from '../types.ts';
import type { Prf } from './eval-types.ts';
import { prf } from './prf.ts';

/** A page's metadata as an annotator read it (tests/fixtures/metadata/*.json). */
export interface MetadataGold {
  path: string;
  title: string;
  outlet: string | null;
  date: string | null;
  reporters: string[];
  editors: string[];
  originalOutlet: string | null;
}

export interface MetadataScore {
  pages: number;
  title: number;
  outlet: number;
  date: number;
  originalOutlet: number;
  /** Reporters and editors together, each name matched in its role. */
  people: Prf;
  /** Per page, what differed. */
  misses: { path: string; field: string; expected: unknown; found: unknown }[];
}

/** Names compare in simplified script, without spaces; outlets through the outlet table's canonical names. */
const nameKey = (n: string): string => normalizeText(n).replace(/\s+/g, '');
const outletKey = (n: string | null | undefined): string | null => (n ? outletFromName(n) ?? nameKey(n) : null);
const titleKey = (t: string): string => normalizeText(t).replace(/\s+/g, '').replace(/[(（](?:组?图|视频)[)）]$/, '');

/** Scores loaded articles against hand-checked metadata; `found` is in gold order, undefined where a page failed. */
export function scoreMetadata(gold: readonly MetadataGold[], found: readonly (LoadedArticle | undefined)[]): MetadataScore {
  const misses: MetadataScore['misses'] = [];
  let title = 0, outlet = 0, date = 0, original = 0, tp = 0, fp = 0, fn = 0;
  gold.forEach((g, i) => {
    const a = found[i];
    const check = (field: string, expected: unknown, got: unknown, same: boolean): number => {
      if (!same) misses.push({ path: g.path, field, expected, found: got });
      return same ? 1 : 0;
    };
    title += check('title', g.title, a?.title, a !== undefined && titleKey(a.title) === titleKey(g.title));
    outlet += check('outlet', g.outlet, a?.outlet, outletKey(a?.outlet) === outletKey(g.outlet));
    date += check('date', g.date, a?.date, (a?.date?.slice(0, 10) ?? null) === g.date);
    original += check('originalOutlet', g.originalOutlet, a?.originalOutlet, outletKey(a?.originalOutlet) === outletKey(g.originalOutlet));
    for (const role of ['reporters', 'editors'] as const) {
      const want = new Set(g[role].map(nameKey));
      const got = new Set((a?.[role] ?? []).map(nameKey));
      const hit = [...got].filter((n) => want.has(n)).length;
      tp += hit;
      fp += got.size - hit;
      fn += want.size - hit;
      if (hit !== want.size || hit !== got.size) misses.push({ path: g.path, field: role, expected: g[role], found: a?.[role] });
    }
  });
  return { pages: gold.length, title, outlet, date, originalOutlet: original, people: prf(tp, fp, fn), misses };
}
