// The one place nodejieba is imported. Its dictionary loads once per process.
import nodejieba from 'nodejieba';

export interface TaggedWord {
  word: string;
  tag: string;
}

const inserted = new Set<string>();

/** POS tags (jieba's ICTCLAS-style tag set) given to user words by entity type. */
export function tagWords(text: string): TaggedWord[] {
  return nodejieba.tag(text);
}

/** Adds words to the segmenter's dictionary so they stay single tokens. Idempotent. */
export function addWords(words: Iterable<readonly [word: string, tag: string]>): number {
  let added = 0;
  for (const [word, tag] of words) {
    if (inserted.has(word)) continue;
    inserted.add(word);
    nodejieba.insertWord(word, tag);
    added++;
  }
  return added;
}
