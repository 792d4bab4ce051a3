import type { Doc, Mention } from '../types.ts';
import { looksLikeChineseName } from './surnames.ts';
import { wordTag } from '../segment/word-shape.ts';
import { tokenIndex } from '../segment/token-index.ts';
import { sentenceAt } from './sentence-at.ts';

/**
 * Lists of people with a year note after a name (获奖者：甲乙丙(2016年)、丁戊(2017年)): a list item that a year in
 * brackets follows is a person where it is name-shaped, whole words, and an item of a list (after ：, 、, a comma or
 * the sentence's start, before the next item or the clause's end). The segmenter rarely knows such names, and no
 * title or verb of saying stands by them; the rest of the list is read by the coordinated-people rule, which runs
 * over such notes.
 */
export const NOTED_PEOPLE_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['历届得主：常望舒(2015年)、韩沐阳(2016年)。', '常望舒'],
    ['历届得主：常望舒(2015年)、韩沐阳(2016年)。', '韩沐阳'],
    ['首届获奖人为费景澄（2012年当选），次年为柏知远。', '费景澄'],
  ],
  negative: [
    // A place or a word before the note: no name shape, or a dictionary word.
    ['公司搬到了上海(2016年)。', '上海'],
    ['名单：发展(2016年)、改革(2017年)。', '发展'],
    // Not a list item: a verb or preposition opens the name's place in the clause.
    ['他继王文斌(2010年当选)之后当选。', '王文斌'],
  ],
};

const YEAR_NOTE = /^[(（](?:1[89]|20)\d{2}年[^()（）、，,。]{0,6}[)）]/;
const ITEM_OPEN = /^(?:[：:、，,；;\s]|)$/;
const ITEM_CLOSE = /^(?:[、，,；;。！？\s]|$)/;

export function notedPeople(doc: Doc): Mention[] {
  const { norm, text, tokens } = doc;
  const { startingAt, endingAt } = tokenIndex(tokens);
  const out: Mention[] = [];
  for (let at = norm.indexOf('年'); at >= 0; at = norm.indexOf('年', at + 1)) {
    // The note opens five characters before 年: (2016年.
    const open = at - 5;
    if (open < 2 || !YEAR_NOTE.test(norm.slice(open, open + 14))) continue;
    const note = YEAR_NOTE.exec(norm.slice(open, open + 14))![0];
    if (!ITEM_CLOSE.test(norm.slice(open + note.length, open + note.length + 1))) continue;
    for (const len of [3, 4, 2]) {
      const start = open - len;
      if (start < 0) continue;
      const name = norm.slice(start, open);
      if (!looksLikeChineseName(name) || !startingAt[start] || !endingAt[open]) continue;
      if (!ITEM_OPEN.test(norm.slice(Math.max(0, start - 1), start)) && !sentenceStartsAt(doc, start)) continue;
      const whole = wordTag(name);
      if (whole !== undefined && whole !== 'x' && !whole.startsWith('nr')) continue;
      out.push({ start, end: open, text: text.slice(start, open), norm: name, type: 'Person', source: 'discovery', rule: 'person-noted', sentence: sentenceAt(doc.sentences, start) });
      break;
    }
  }
  return out;
}

function sentenceStartsAt(doc: Doc, at: number): boolean {
  return at === 0 || doc.sentences.some((s) => s.start === at);
}
