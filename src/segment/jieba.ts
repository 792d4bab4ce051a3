// The one place nodejieba is imported. Its dictionary loads once per process.
import nodejieba from 'nodejieba';

export interface TaggedWord {
  word: string;
  tag: string;
}

const inserted = new Map<string, string>(); // word → tag
// By UTF-16 code: the first and last characters of added words, so most words are ruled out by two table reads.
const addedFirst = new Uint8Array(0x10000);
const addedLast = new Uint8Array(0x10000);
const listeners: Array<() => void> = [];

/** Called whenever the dictionary changes, so caches of how words segment can be dropped. */
export function onDictionaryChange(listener: () => void): void {
  listeners.push(listener);
}

/** Words with POS tags (jieba's ICTCLAS-style tag set). */
export function tagWords(text: string): TaggedWord[] {
  return nodejieba.tag(text);
}

/** The words of a text, cut exactly as `tagWords` cuts them (the mixed segmenter, HMM on for unknown words). */
export function cutWords(text: string): string[] {
  return nodejieba.cut(text, true);
}

const posCache = new Map<string, string>();

/**
 * The POS tag jieba gives `word` in any text: its tagger looks each word up in the dictionary (tag there) and
 * otherwise tags by shape — no ASCII: x, digits only: m, letters: eng. Context-free, so cached per word;
 * cutting and looking up is much faster than tagging whole texts.
 */
export function wordPos(word: string): string {
  let pos = posCache.get(word);
  if (pos === undefined) {
    const tagged = nodejieba.tag(word);
    pos = tagged.length === 1 && tagged[0]!.word === word ? tagged[0]!.tag : shapeTag(word);
    if (posCache.size > 500_000) posCache.clear();
    posCache.set(word, pos);
  }
  return pos;
}

function shapeTag(word: string): string {
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      ascii++;
      if (c >= 48 && c <= 57) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

/** True when `word` was added to the dictionary by `addWords` (a lexicon name). */
export function isAddedWord(word: string): boolean {
  return inserted.has(word);
}

/** True when some added word starts with the character of this code. */
export function mayStartAddedWord(code: number): boolean {
  return addedFirst[code] === 1;
}

/** True when some added word ends with the character of this code. */
export function mayEndAddedWord(code: number): boolean {
  return addedLast[code] === 1;
}

/** The tag a word was added with by `addWords`, if it was. */
export function addedWordTag(word: string): string | undefined {
  return inserted.get(word);
}

/** Adds words to the segmenter's dictionary so they stay single tokens. Idempotent. */
export function addWords(words: Iterable<readonly [word: string, tag: string]>): number {
  let added = 0;
  for (const [word, tag] of words) {
    if (inserted.has(word)) continue;
    inserted.set(word, tag);
    addedFirst[word.charCodeAt(0)] = 1;
    addedLast[word.charCodeAt(word.length - 1)] = 1;
    nodejieba.insertWord(word, tag);
    added++;
  }
  if (added > 0) {
    posCache.clear();
    for (const l of listeners) l();
  }
  return added;
}
