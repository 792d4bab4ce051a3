import type { EntityType } from '../types.ts';

/** One known entity of the bilingual lexicon: one line of a lexicon TSV file. */
export interface LexiconEntry {
  /** Stable lowercase ASCII kebab-case id; it is the graph node key, so it never changes. */
  id: string;
  type: EntityType;
  /** Canonical name: simplified Chinese, the fullest usual form (Latin only when there is no Chinese name). */
  name: string;
  /** The usual English name, when known. */
  nameEn?: string;
  /** Other surface forms (simplified Chinese and Latin), without the name, without duplicates. */
  aliases: string[];
}
