import type { Doc } from '../types.ts';
import type { Anchor } from './extract-relations.ts';

/**
 * Each sentence of the document with the anchors that lie wholly inside it, in order; `anchors` must be sorted by
 * start. One pass over both lists.
 */
export function* sentenceAnchors(doc: Doc, anchors: readonly Anchor[]): Generator<{ sentence: Doc['sentences'][number]; inSentence: Anchor[] }> {
  let k = 0;
  for (const sentence of doc.sentences) {
    while (k < anchors.length && anchors[k]!.start < sentence.start) k++;
    const inSentence: Anchor[] = [];
    for (let j = k; j < anchors.length && anchors[j]!.end <= sentence.end; j++) inSentence.push(anchors[j]!);
    yield { sentence, inSentence };
  }
}
