import type { Doc, LoadedArticle } from '../types.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { splitSentences } from '../segment/split-sentences.ts';
import { tokenize } from '../segment/tokenize.ts';

/**
 * The document text every offset refers to: title, paragraphs, captions, one per line, then credit lines
 * for bylines the body does not show (责任编辑：林妍), so that every fact about a person has a sentence.
 */
export function documentText(article: LoadedArticle): string {
  const blocks = [article.title, ...article.paragraphs, ...article.captions].filter((b) => b.trim() !== '');
  const body = blocks.join('\n');
  const credits: string[] = [];
  const missingReporters = article.reporters.filter((r) => !body.includes(r));
  if (missingReporters.length > 0) credits.push(`${article.outlet ?? ''}记者：${missingReporters.join('、')}`);
  const missingEditors = article.editors.filter((r) => !body.includes(r));
  if (missingEditors.length > 0) credits.push(`${article.outlet ?? ''}责任编辑：${missingEditors.join('、')}`);
  return [body, ...credits].join('\n');
}

/** load → normalise → segment: the Doc that recognition works on. */
export function prepareDoc(article: LoadedArticle, text = documentText(article)): Doc {
  const norm = normalizeText(text);
  return { article, text, norm, sentences: splitSentences(norm), tokens: tokenize(norm) };
}
