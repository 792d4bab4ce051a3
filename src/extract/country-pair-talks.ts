import type { Doc, Fact } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { makeFact } from './make-fact.ts';

/**
 * Two parties' one-character abbreviations joined before a word for talks (中美贸易谈判, 美中谈判, 台日对话, 中英谈判):
 * the two are negotiating. Each abbreviation stands for the entity of the lexicon id in this table, and a fact is
 * drawn only when the article names that entity (as 中国, 美国 …) somewhere: the abbreviation alone makes no entity.
 */
export const PARTY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  中: 'china', 美: 'united-states', 日: 'japan', 韩: 'south-korea', 朝: 'north-korea', 英: 'united-kingdom', 法: 'france',
  德: 'germany', 俄: 'russia', 台: 'taiwan', 欧: 'eu', 加: 'canada', 澳: 'australia', 印: 'india',
};

const PARTY = `[${Object.keys(PARTY_ABBREVIATIONS).join('')}]`;
// The pair, what the talks are about or which round, then the talks word. (其中美国, 参加中美: a character of a word
// before is no abbreviation; 中美洲, 中欧投资协定 are other words.)
const TALKS = new RegExp(`(?<![其之参增追更施添附平舞电])(${PARTY})(${PARTY})(?:两国|双方)?(?:之间的?)?(?:经贸|贸易|高层|外长|首脑|领导人|元首|新一轮|第[一二三四五六七八九十\\d]+轮)?(?<cue>谈判|磋商|会谈|对话|会晤|协商)`, 'g');

/** NEGOTIATES_WITH between the two parties a 中美谈判-style compound names, when the article names both. */
export function countryPairTalkFacts(doc: Doc, anchors: readonly Anchor[]): Fact[] {
  const named = new Set(anchors.map((a) => a.key));
  const facts: Fact[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.norm.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(TALKS)) {
      const [first, second] = [PARTY_ABBREVIATIONS[m[1]!]!, PARTY_ABBREVIATIONS[m[2]!]!];
      if (first === second || !named.has(first) || !named.has(second)) continue;
      const at = sentence.start + m.index!;
      // (Not inside a name: 中美商会 is an organisation, whatever follows it.)
      if (anchors.some((a) => a.start <= at && a.end > at)) continue;
      facts.push(makeFact(doc, sentence, { key: first }, { key: second }, 'NEGOTIATES_WITH', { id: 'negotiates-party-pair', confidence: 0.6 }, m[0], at, at + m[0].length));
    }
  }
  return facts;
}
