import type { EntityType } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { addWords } from '../segment/jieba.ts';

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

/** Puts every Chinese lexicon name and alias into the segmenter's dictionary, so known names stay one token. */
export function ensureUserWords(lexicon: Lexicon): void {
  if (done.has(lexicon)) return;
  done.add(lexicon);
  const words: Array<[string, string]> = [];
  for (const e of lexicon.entries) {
    for (const surface of [e.name, ...e.aliases]) {
      if (/[\u4e00-\u9fff]/.test(surface) && !/\s/.test(surface)) words.push([surface, POS_BY_TYPE[e.type]]);
    }
  }
  addWords(words);
}
