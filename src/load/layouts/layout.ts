import type { EntityHint } from '../../types.ts';

/** What a layout module reads from a page; load-article adds id, source, hash and fills gaps. */
export interface ParsedPage {
  title: string;
  outlet?: string;
  date?: string;
  url?: string;
  reporters: string[];
  editors: string[];
  paragraphs: string[];
  captions: string[];
  hints: EntityHint[];
}

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
