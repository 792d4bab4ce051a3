/** How many page lines above the article text are its header (source, date, author), below the headline. */
const HEADER_LINES = 10;

/**
 * The page lines between the headline and the first line of the article text: where portals print the source
 * (`来源：澎湃新闻网`) when the article element leaves it out. None when the text's start is not found.
 */
export function headerLines(pageLines: readonly string[], body: readonly string[], headline: string | undefined): string[] {
  const first = body.find((p) => p.length >= 20);
  const end = first === undefined ? -1 : pageLines.indexOf(first);
  if (end <= 0) return [];
  const top = headline === undefined ? -1 : pageLines.lastIndexOf(headline, end);
  return pageLines.slice(Math.max(top + 1, end - HEADER_LINES), end).filter((l) => l.length <= 40);
}
