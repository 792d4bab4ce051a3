import { onDictionaryChange, tagWords } from './jieba.ts';

const NAME_TAGS = new Set(['x', 'nr', 'nrfg', 'nrt']);

/**
 * How the segmenter's dictionary sees a word on its own: `unknown` when it is not a dictionary word
 * (jieba tags out-of-vocabulary words `x`, or splits them into single characters) — most names are;
 * `name` when the dictionary has it with a name tag (nr) — famous names, but also many ordinary words
 * the dictionary mistags (荣誉, 顾客), so callers trust `name` only with other evidence;
 * `word` for every other dictionary word (周五, 上市).
 */
export function wordShape(word: string): 'unknown' | 'name' | 'word' {
  let shape = shapeCache.get(word);
  if (shape === undefined) {
    shape = computeShape(word);
    if (shapeCache.size > 200_000) shapeCache.clear();
    shapeCache.set(word, shape);
  }
  return shape;
}

// The dictionary never changes for a word once it is in use, so shapes are cached per process.
const shapeCache = new Map<string, 'unknown' | 'name' | 'word'>();
const tagCache = new Map<string, string | undefined>();
onDictionaryChange(() => {
  shapeCache.clear();
  tagCache.clear();
});

function computeShape(word: string): 'unknown' | 'name' | 'word' {
  const tagged = tagWords(word);
  if (tagged.length === 1) {
    const t = tagged[0]!;
    if (t.tag === 'x' || t.tag === 'eng') return 'unknown';
    return NAME_TAGS.has(t.tag) ? 'name' : 'word';
  }
  // Split: a name only if no piece of two or more characters is an ordinary word.
  return tagged.every((t) => t.word.length === 1 || NAME_TAGS.has(t.tag)) ? 'unknown' : 'word';
}

/** The segmenter's tag for a word it keeps whole, or undefined when it splits it. */
export function wordTag(word: string): string | undefined {
  if (tagCache.has(word)) return tagCache.get(word);
  const tagged = tagWords(word);
  const tag = tagged.length === 1 ? tagged[0]!.tag : undefined;
  if (tagCache.size > 200_000) tagCache.clear();
  tagCache.set(word, tag);
  return tag;
}
