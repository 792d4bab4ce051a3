import { normalizeText } from '../normalize/normalize-text.ts';
import { tokenize } from '../segment/tokenize.ts';
import type { NerWord } from './ner-features.ts';
import { sentenceWords } from './sentence-words.ts';

/**
 * A bare sentence (a dataset's, not a document's) as the tagger sees it in the pipeline: normalised (same length,
 * so offsets hold) and cut by the segmenter. The caller puts the lexicon's words into the segmenter first
 * (`ensureUserWords`), as the pipeline does.
 */
export function prepareSentence(text: string): { norm: string; words: NerWord[] } {
  const norm = normalizeText(text);
  return { norm, words: sentenceWords(tokenize(norm), 0, norm.length) };
}
