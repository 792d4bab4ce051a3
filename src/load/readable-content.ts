import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ReadableContent {
  title?: string;
  /** The main content as HTML. */
  html: string;
  byline?: string;
  publishedTime?: string;
}

/** Mozilla Readability over a linkedom document: the main content of an unknown HTML page, or undefined. */
export function readableContent(html: string): ReadableContent | undefined {
  const { document } = parseHTML(html);
  // Readability wants a full Document; linkedom's is close enough for its DOM walk.
  const result = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!result?.content) return undefined;
  return {
    title: result.title ?? undefined,
    html: result.content,
    byline: result.byline ?? undefined,
    publishedTime: result.publishedTime ?? undefined,
  };
}
