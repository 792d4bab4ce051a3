import type { Doc, EntityType, Mention } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { loadNerModel } from '../ner/load-ner-model.ts';
import { nameGazetteer } from '../ner/name-gazetteer.ts';
import { ENTITY_TYPE_OF, NER_LABELS } from '../ner/ner-labels.ts';
import { sentenceWords } from '../ner/sentence-words.ts';
import { tagSentence } from '../ner/tag-sentence.ts';
import { orgSuffixType } from './org-suffixes.ts';
import { taggerFilterRejecting } from './tagger-filters.ts';
import { tokenIndex } from '../segment/token-index.ts';
import { surnameClass } from './surnames.ts';
import { isTransliterationCode } from './transliteration.ts';
import { divisionNamed, divisionsShortened } from '../ner/admin-divisions.ts';
import { entityKey } from '../graph/graph-keys.ts';

export interface TaggerOptions {
  /**
   * Least margin a span needs on every character: the best path's score over the best path's with O there, in the
   * model's units (the committed model's margins run from 0 to a few hundred).
   */
  minMargin: number;
  /** Least length in characters. */
  minLength: number;
  /** Only spans that start where a segmenter word starts and end where one ends. */
  alignToWords: boolean;
  /** Words of context each side of a candidate word that the tagger reads. */
  windowWords: number;
  /**
   * The types kept (after typing by label and ending). People, places and organisations by default; places only
   * when they are China's administrative divisions, and organisations not after a relational word (子公司), see
   * tagger-filters.ts: unfiltered, the places and organisations the tagger adds cost as much precision as they gain
   * recall (华东, 非洲大陆; 关联公司).
   */
  types: ReadonlySet<EntityType>;
}

export const DEFAULT_TAGGER_OPTIONS: TaggerOptions = {
  minMargin: 50,
  minLength: 2,
  alignToWords: true,
  windowWords: 2,
  types: new Set<EntityType>(['Person', 'Location', 'Company', 'GovernmentBody', 'Organization']),
};

// Segmenter tags of words that may be (part of) a person's or place's name; unknown words are tagged x.
const NAME_LIKE_POS = new Set(['x', 'nr', 'nrt', 'nrfg', 'ns']);

/**
 * Names the trained tagger finds where no other source found a mention (`occupied` marks those characters): the
 * third source after the lexicon and the rules. Each is typed by its label, or by its organisation ending where
 * the label is an organisation's or the ending is strict (…公司 is a company whatever the label says), and passes
 * the filters of tagger-filters.ts. Rule 'tagger', source 'discovery'.
 *
 * The tagger reads only windows of a few words around free name-like words (unknown to the segmenter, or tagged as
 * a name or place), not whole documents: most text is already covered or plainly no name, and tagging costs
 * microseconds per character. A span touching a window's edge inside a sentence is dropped (its context was cut).
 */
export function taggerMentions(doc: Doc, lexicon: Lexicon, occupied: Uint8Array, opts: TaggerOptions = DEFAULT_TAGGER_OPTIONS): Mention[] {
  // Only people wanted: a person's name starts with a surname or a transliteration syllable (see person-shape).
  const peopleOnly = opts.types.size === 1 && opts.types.has('Person');
  const windows = candidateWindows(doc, occupied, opts.windowWords, peopleOnly);
  if (windows.length === 0) return [];
  const model = loadNerModel();
  const gazetteer = nameGazetteer(lexicon);
  const out: Mention[] = [];
  const { tokens, norm, sentences } = doc;
  const { startingAt, endingAt } = tokenIndex(tokens);
  for (const w of windows) {
    const ws = tokens[w.first]!.start;
    const we = tokens[w.last]!.end;
    const sentence = sentences[w.sentence]!;
    const words = sentenceWords(tokens, ws, we, w.first);
    for (const span of tagSentence(model, gazetteer, norm.slice(ws, we), words)) {
      const start = ws + span.start;
      const end = ws + span.end;
      if ((start === ws && ws > sentence.start) || (end === we && we < sentence.end)) continue;
      if (end - start < opts.minLength || span.margin < opts.minMargin || !free(occupied, start, end)) continue;
      // The lexicon decides where its names are (a known name inside a longer word is not meant).
      const name = norm.slice(start, end);
      if (lexicon.bySurface.has(name) || (opts.alignToWords && !(startingAt[start] && endingAt[end]))) continue;
      const type = typeOf(NER_LABELS[span.label]!, name);
      if (!type || !opts.types.has(type)) continue;
      if (taggerFilterRejecting(name, type, { before: norm.slice(Math.max(0, start - 20), start), after: norm.slice(end, end + 20) })) continue;
      const full = type === 'Location' ? fullDivisionName(name, norm) : undefined;
      out.push({ start, end, text: doc.text.slice(start, end), norm: name, type, source: 'discovery', rule: 'tagger', sentence: sentence.index, ...(full ? { key: entityKey('Location', full) } : {}) });
    }
  }
  return out;
}

/**
 * Token ranges [first, last] of a sentence around free name-like words, `around` words each side, merged. With
 * `peopleOnly`, only words that start with a surname or transliteration character count.
 */
function candidateWindows(doc: Doc, occupied: Uint8Array, around: number, peopleOnly: boolean): Array<{ first: number; last: number; sentence: number }> {
  const out: Array<{ first: number; last: number; sentence: number }> = [];
  const { tokens, sentences, norm } = doc;
  let s = 0;
  let sentenceFirst = 0; // index of the sentence's first token
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (s < sentences.length && t.start >= sentences[s]!.end) {
      while (s < sentences.length && t.start >= sentences[s]!.end) s++;
      sentenceFirst = k;
    }
    if (s >= sentences.length) break;
    // Cheap tests first: the POS tag is a dictionary lookup.
    const c = norm.charCodeAt(t.start);
    if (occupied[t.start] || c < 0x4e00 || c > 0x9fff || (peopleOnly && surnameClass(c) === 0 && !isTransliterationCode(c)) || !NAME_LIKE_POS.has(t.pos)) continue;
    let last = k;
    const end = sentences[s]!.end;
    while (last + 1 < tokens.length && last - k < around && tokens[last + 1]!.end <= end) last++;
    const first = Math.max(sentenceFirst, k - around);
    const prev = out[out.length - 1];
    if (prev && prev.sentence === s && first <= prev.last + 1) prev.last = Math.max(prev.last, last);
    else out.push({ first, last, sentence: s });
  }
  return out;
}

/**
 * 平镇 in a page that also writes 平镇区: a division's short form is the division the page names in full (one node,
 * not two), the first of its full names the page contains.
 */
function fullDivisionName(name: string, text: string): string | undefined {
  if (divisionNamed(name)?.form !== 'short') return undefined;
  return divisionsShortened(name).find((full) => text.includes(full));
}

function typeOf(label: (typeof NER_LABELS)[number], name: string): EntityType | undefined {
  const given = ENTITY_TYPE_OF[label];
  const ending = orgSuffixType(name, label === 'PER' || label === 'LOC');
  if (!ending) return given;
  // A person or place whose name ends like an organisation is one only by a strict ending (…公司, not …中心).
  return ending.type;
}

function free(occupied: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (occupied[i]) return false;
  return true;
}
