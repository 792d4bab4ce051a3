import type { ArticleResult, Doc, LoadedArticle } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { prepareDoc } from './prepare-doc.ts';
import { recognizeMentions } from '../recognize/recognize-mentions.ts';
import { resolveEntities } from '../resolve/resolve-entities.ts';
import { coreference } from '../resolve/coreference.ts';
import { extractRelations } from '../extract/extract-relations.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { ensureUserWords } from './user-words.ts';

/** The NLP stages over one article, in order: segment, recognise, resolve, extract. Pure but for the segmenter's dictionary. */
export function analyzeArticle(article: LoadedArticle, lexicon: Lexicon): ArticleResult {
  ensureUserWords(lexicon);
  const doc = prepareDoc(article);
  return analyzeDoc(doc, lexicon);
}

export function analyzeDoc(doc: Doc, lexicon: Lexicon): ArticleResult {
  const warnings: string[] = [];
  const recognized = recognizeMentions(doc, lexicon);
  const { entities, mentions } = resolveEntities(doc, recognized, lexicon);
  const corefs = coreference(doc, mentions);
  const outletKey = findOutletKey(doc, entities, lexicon);
  const facts = extractRelations({ doc, entities, mentions, corefs, outletKey });
  if (entities.length === 0) warnings.push(`${doc.article.source}: no entities found`);
  return { doc, entities, facts, warnings };
}

function findOutletKey(doc: Doc, entities: ArticleResult['entities'], lexicon: Lexicon): string | undefined {
  const outlet = doc.article.outlet;
  if (!outlet) return undefined;
  const norm = normalizeText(outlet);
  const entry = lexicon.bySurface.get(norm);
  const found = entities.find((e) => (entry ? e.key === entry.id : e.name === norm || e.aliases.includes(norm)));
  return found?.key;
}
