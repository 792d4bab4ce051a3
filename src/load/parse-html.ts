import { load, type CheerioAPI } from 'cheerio';

/** Parses an HTML document or fragment with htmlparser2 (fast and forgiving; unknown tags such as <ok> are kept). */
export function parseHtml(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true } });
}
