import type { Doc, LoadedArticle } from '../types.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { splitSentences } from '../segment/split-sentences.ts';
import { tokenize } from '../segment/tokenize.ts';

/**
 * The document text every offset refers to: title, paragraphs, captions, one per line, then credit lines
 * for bylines the body does not show (责任编辑：林妍), so that every fact about a person has a sentence.
 */
export function documentText(article: LoadedArticle): string {
  const body = bodyText(article);
  const seen = normalizeText(body);
  const credits: string[] = [];
  const missingReporters = article.reporters.filter((r) => !body.includes(r) && !seen.includes(normalizeText(r)));
  // A repost's reporters wrote for the original outlet; its editors work for the host.
  if (missingReporters.length > 0) credits.push(`${article.originalOutlet ?? article.outlet ?? ''}记者：${missingReporters.join('、')}`);
  const missingEditors = article.editors.filter((r) => !body.includes(r) && !seen.includes(normalizeText(r)));
  if (missingEditors.length > 0) credits.push(`${article.outlet ?? ''}责任编辑：${missingEditors.join('、')}`);
  // The outlet a repost reprints, from metadata the text may not show: a line of its own, so that the repost's
  // CITES has a mention and a sentence. (The host needs none: PUBLISHED_BY is provenance, see ArticleResult.publisher.)
  if (article.originalOutlet && !seen.includes(article.originalOutlet)) {
    credits.push(`转载自${article.originalOutlet}`);
  }
  return [body, ...credits].join('\n');
}

/** What the page printed: title, paragraphs, captions, one per line. */
function bodyText(article: LoadedArticle): string {
  return [article.title, ...article.paragraphs, ...article.captions].filter((b) => b.trim() !== '').join('\n');
}

/** load → normalise → segment: the Doc that recognition works on. */
export function prepareDoc(article: LoadedArticle, text = documentText(article)): Doc {
  const norm = normalizeText(text);
  const doc: Doc = { article, text, norm, sentences: splitSentences(norm), tokens: tokenize(norm) };
  // The composed lines follow the body after a line break (see documentText).
  const body = bodyText(article);
  if (text.length > body.length && text.startsWith(body)) doc.composedFrom = body.length === 0 ? 0 : body.length + 1;
  return doc;
}
