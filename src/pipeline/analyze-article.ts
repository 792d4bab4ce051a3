import type { ArticleResult, Doc, Fact, LoadedArticle, ResolvedEntity } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { documentText, prepareDoc } from './prepare-doc.ts';
import { DEFAULT_MAX_CHUNK_CHARS, needsParts, splitArticle } from './split-article.ts';
import { DEFAULT_RECOGNIZE_OPTIONS, recognizeMentions, type RecognizeOptions } from '../recognize/recognize-mentions.ts';
import { DEFAULT_TAGGER_OPTIONS } from '../recognize/tagger-mentions.ts';
import { resolveEntities } from '../resolve/resolve-entities.ts';
import { coreference } from '../resolve/coreference.ts';
import { extractRelations } from '../extract/extract-relations.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { ensureUserWords } from './user-words.ts';
import { entityKey } from '../graph/graph-keys.ts';

/**
 * The NLP stages over one article, in order: segment, recognise, resolve, extract. Pure but for the segmenter's
 * dictionary. A very long article, or one with an over-long paragraph, is analysed in parts (bounded memory and
 * time) and the parts' results are merged with their offsets shifted into the whole document text; relations never
 * cross a part, as they never cross a sentence.
 */
export function analyzeArticle(article: LoadedArticle, lexicon: Lexicon, maxChunkChars = DEFAULT_MAX_CHUNK_CHARS, recognize: RecognizeOptions = DEFAULT_RECOGNIZE_OPTIONS): ArticleResult {
  ensureUserWords(lexicon);
  const text = documentText(article);
  if (!needsParts(article, text, maxChunkChars)) return analyzeDoc(prepareDoc(article, text), lexicon, recognize);
  const byKey = new Map<string, ResolvedEntity>();
  const facts: Fact[] = [];
  const warnings: string[] = [];
  let sentences = 0;
  for (const { part, offset } of splitArticle(article, maxChunkChars)) {
    const r = analyzeDoc(prepareDoc(part), lexicon, recognize);
    for (const e of r.entities) {
      const mentions = e.mentions.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset, sentence: m.sentence + sentences }));
      const seen = byKey.get(e.key);
      if (seen) {
        seen.mentions.push(...mentions);
        seen.aliases = [...new Set([...seen.aliases, ...e.aliases])].sort();
      } else byKey.set(e.key, { ...e, mentions });
    }
    for (const f of r.facts) facts.push({ ...f, evidence: { ...f.evidence, start: f.evidence.start + offset, end: f.evidence.end + offset } });
    warnings.push(...r.warnings);
    sentences += r.doc.sentences.length;
  }
  const doc: Doc = { article, text, norm: '', sentences: [], tokens: [] };
  return { doc, entities: [...byKey.values()], facts, warnings: [...new Set(warnings)] };
}

export function analyzeDoc(doc: Doc, lexicon: Lexicon, recognize: RecognizeOptions = DEFAULT_RECOGNIZE_OPTIONS): ArticleResult {
  const warnings: string[] = [];
  const recognized = recognizeMentions(doc, lexicon, recognize);
  const { entities, mentions } = resolveEntities(doc, recognized, lexicon);
  const corefs = coreference(doc, mentions);
  const outletKey = findOutletKey(doc.article.outlet, entities, lexicon);
  const originalKey = findOutletKey(doc.article.originalOutlet, entities, lexicon);
  const outlet = doc.article.outlet;
  const publisher = outlet && !outletKey ? publisherEntity(outlet, lexicon) : undefined;
  const facts = extractRelations({ doc, entities, mentions, corefs, outletKey, originalKey, ...(publisher ? { publisherKey: publisher.key } : {}) });
  if (entities.length === 0) warnings.push(`${doc.article.source}: no entities found`);
  return { doc, entities, facts, warnings, ...(publisher ? { publisher } : {}) };
}

/** Recognition options for a pipeline switch: the name tagger on (its default options), off, or the default. */
export function recognizeOptions(tagger: boolean | undefined): RecognizeOptions {
  return tagger === undefined ? DEFAULT_RECOGNIZE_OPTIONS : { ...DEFAULT_RECOGNIZE_OPTIONS, tagger: tagger ? DEFAULT_TAGGER_OPTIONS : false };
}

function findOutletKey(outlet: string | undefined, entities: ArticleResult['entities'], lexicon: Lexicon): string | undefined {
  if (!outlet) return undefined;
  const norm = normalizeText(outlet);
  const entry = lexicon.bySurface.get(norm);
  const found = entities.find((e) => (entry ? e.key === entry.id : e.name === norm || e.aliases.includes(norm)));
  return found?.key;
}

/** The node of an outlet the text does not name: its lexicon entry when it has one, else a discovered MediaOutlet. */
function publisherEntity(outlet: string, lexicon: Lexicon): ResolvedEntity {
  const name = normalizeText(outlet);
  const entry = lexicon.bySurface.get(name);
  if (entry) return { key: entry.id, type: entry.type, name: entry.name, ...(entry.nameEn ? { nameEn: entry.nameEn } : {}), aliases: [], mentions: [] };
  return { key: entityKey('MediaOutlet', name), type: 'MediaOutlet', name, aliases: [], mentions: [] };
}
