export type { LexiconEntry } from './lexicon-entry.ts';
export { parseLexicon, LEXICON_HEADER } from './parse-lexicon.ts';
export { mergeLexicons, type Lexicon, type LexiconSource } from './merge-lexicons.ts';
export { loadLexicon, BUILTIN_LEXICON_PATH } from './load-lexicon.ts';
export { surfaceKeys } from './surface-keys.ts';
