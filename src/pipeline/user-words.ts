import type { EntityType } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { addWords } from '../segment/jieba.ts';
import { ROLE_TABLE } from '../recognize/role-table.ts';
import { regionPlaces } from '../recognize/region-places.ts';

const POS_BY_TYPE: Record<EntityType, string> = {
  Person: 'nr',
  Location: 'ns',
  Company: 'nt',
  GovernmentBody: 'nt',
  MediaOutlet: 'nt',
  PoliticalParty: 'nt',
  Organization: 'nt',
  Product: 'nz',
};

const done = new WeakSet<Lexicon>();

/** Puts every Chinese lexicon name and alias, and the longer role titles, into the segmenter's dictionary. */
export function ensureUserWords(lexicon: Lexicon): void {
  if (done.has(lexicon)) return;
  done.add(lexicon);
  const words: Array<[string, string]> = [];
  for (const e of lexicon.entries) {
    for (const surface of [e.name, ...e.aliases]) {
      if (/[\u4e00-\u9fff]/.test(surface) && !/\s/.test(surface)) words.push([surface, POS_BY_TYPE[e.type]]);
    }
  }
  // Owners' and founders' titles stay one token too (实际控制人马云, not 实际控制/人马/云). (Not every title: a new
  // word changes how jieba cuts its neighbours, 中共总书记 and 国土安全部长 included.)
  for (const row of ROLE_TABLE) {
    if (row.relation === 'LEADS' || row.relation === 'WORKS_FOR') continue;
    for (const t of row.titles) if (t.length >= 4) words.push([t, 'n']);
  }
  // Hong Kong's, Macau's and Taiwan's places of three or more characters that need no cue stay one token
  // (将军澳都有, not 将军/澳都); shorter ones are left to the segmenter, which would cut 上水平 as 上水/平.
  for (const p of regionPlaces().values()) if (p.cue === '-' && p.name.length >= 3) words.push([p.name, 'ns']);
  addWords(words);
}
