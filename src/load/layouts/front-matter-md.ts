import { fieldText, splitFrontMatter } from '../front-matter.ts';
import { markdownBlocks } from '../markdown-blocks.ts';
import { outletFromPath } from '../find-outlet.ts';
import { pageFromClues } from '../page-metadata.ts';
import type { Layout, ParsedPage } from './layout.ts';

/** A web-archive capture (`https://web.archive.org/web/2019…/https://site/…`) stands for the page it captured. */
export function unwrapArchiveUrl(url: string | undefined): string | undefined {
  const m = url ? /^https?:\/\/(?:web\.)?archive\.org\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/i.exec(url) : null;
  return m ? m[1] : url;
}

function parseFrontMatterPage(text: string, source: string): ParsedPage {
  const fm = splitFrontMatter(text);
  if (!fm) throw new Error('frontMatterMd: no front matter');
  const { data } = fm;
  const blocks = markdownBlocks(fm.body);
  const title = fieldText(data, 'title', 'headline') ?? blocks.paragraphs[0] ?? '';
  // The body repeats the title as its `# heading`.
  const paragraphs = blocks.paragraphs[0] === title ? blocks.paragraphs.slice(1) : blocks.paragraphs;
  const url = unwrapArchiveUrl(fieldText(data, 'original_url', 'canonical_url', 'canonical', 'source_url', 'link', 'permalink', 'url'));
  const authors = [fieldText(data, 'author', 'authors', 'byline', 'writer')].filter((a): a is string => a !== undefined);
  const page = pageFromClues({
    title,
    paragraphs,
    captions: blocks.captions,
    url,
    dates: [fieldText(data, 'date', 'published', 'pubDate', 'publish_date', 'datePublished', 'created')],
    authors,
    siteNames: [fieldText(data, 'source', 'publisher', 'site', 'site_name', 'outlet')],
    context: fm.body,
    pathOutlet: outletFromPath(source),
  });
  return page;
}

/** Markdown with a YAML front-matter block (Jekyll and Hugo posts, archive exports): fields first, then the text. */
export const frontMatterMd: Layout = {
  name: 'front-matter-md',
  matches(text) {
    return /^\ufeff?---[ \t]*\r?\n/.test(text) && splitFrontMatter(text) !== undefined;
  },
  parse: parseFrontMatterPage,
};
