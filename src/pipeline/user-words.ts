import type { EntityType } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { addWords } from '../segment/jieba.ts';
import { ROLE_TABLE } from '../recognize/role-table.ts';

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
  addWords(words);
}
