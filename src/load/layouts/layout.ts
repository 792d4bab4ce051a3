import type { LoadedArticle } from '../../types.ts';

/** What a layout module reads from a page; load-article adds id, source, format and hash, and fills gaps. */
export type ParsedPage = Omit<LoadedArticle, 'id' | 'source' | 'format' | 'contentHash'>;

/** Facts about the input that are not in its text. */
export interface LoadOptions {
  /**
   * The year the file was saved; lets a dateline with month, day and weekday but no year (`路透8月31日 -`, `周五`)
   * find its year. Without it such a date stays unknown.
   */
  referenceYear?: number;
}

export interface Layout {
  /** The `format` recorded on the article. */
  name: string;
  matches(text: string, source: string): boolean;
  parse(text: string, source: string, options?: LoadOptions): ParsedPage;
}
