import type { ArticleResult } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { readArticle } from '../load/read-article.ts';
import { analyzeArticle, recognizeOptions } from './analyze-article.ts';
import { compactResult } from './compact-result.ts';
import { toFailure, type FileFailure } from './file-failure.ts';

export interface FileOutcome {
  result?: ArticleResult;
  failure?: FileFailure;
  /** Characters of document text analysed. */
  chars: number;
}

/** load → analyse for one file; a bad file becomes a failure, never an exception. */
export async function analyzeFile(file: string, lexicon: Lexicon, options: { maxBytes?: number; keepResults?: boolean; tagger?: boolean }): Promise<FileOutcome> {
  try {
    const article = await readArticle(file, { maxBytes: options.maxBytes });
    const result = analyzeArticle(article, lexicon, undefined, recognizeOptions(options.tagger));
    return { result: options.keepResults ? result : compactResult(result), chars: result.doc.text.length };
  } catch (e) {
    return { failure: toFailure(e, file), chars: 0 };
  }
}
