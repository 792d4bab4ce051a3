import type { ArticleResult, Mention } from '../types.ts';

// What the graph needs of a compacted mention is only that it exists (mention counts); its surface text is
// kept once per entity among the aliases.
const COMPACTED: Mention = Object.freeze({ start: 0, end: 0, text: '', norm: '', type: 'Person', source: 'lexicon', sentence: -1 }) as Mention;

/**
 * A copy that does not keep the whole article text alive (substrings may point into their parent string). V8 copies
 * substrings and concatenations shorter than 13 characters anyway, and most names are, so those need no copy.
 */
function detached(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

/**
 * Drops what the graph does not need (the text, tokens, sentences, paragraphs, per-mention objects) so that a
 * batch of thousands of articles is held in bounded memory; surface forms become aliases, evidence keeps its own
 * sentence text.
 */
export function compactResult(result: ArticleResult): ArticleResult {
  const article = { ...result.doc.article, paragraphs: [], captions: [], hints: [] };
  return {
    doc: { article, text: '', norm: '', sentences: [], tokens: [] },
    entities: result.entities.map((e) => {
      const surfaces = new Set(e.aliases);
      for (const m of e.mentions) if (m.text !== e.name) surfaces.add(m.text);
      return { ...e, aliases: [...surfaces].map(detached).sort(), mentions: e.mentions.map(() => COMPACTED) };
    }),
    facts: result.facts,
    warnings: [],
    ...(result.publisher ? { publisher: result.publisher } : {}),
  };
}
