import type { Doc, Mention } from '../types.ts';
import { looksLikeChineseName } from './surnames.ts';
import { isGeneric } from './generic-words.ts';
import { ROLE_WORDS } from './role-words.ts';
import { sentenceAt } from './sentence-at.ts';
import { wordTag } from '../segment/word-shape.ts';

/**
 * People named where a profile or an appointment names them, with no title right before the name for the role
 * rules to see: a name opening the sentence before a comma, in a sentence that gives a post (柯明远，青禾科技董事长);
 * a name opening its clause before a verb of taking a post and a title in that clause (柯明远任青禾科技董事长); a
 * name after a title set off by a space or a colon (董事长：柯明远). The name must be shaped like a Chinese name and
 * not be one dictionary word. The shapes are data with invented examples.
 */
export interface ProfilePersonRow {
  id: string;
  /** Group 1 is the name; the match must start at a clause boundary (checked by the code). */
  pattern: RegExp;
  /** The sentence after the name must hold a title (柯明远，1968年生 alone says nothing of a post). */
  titleAfter: boolean;
  positive: ReadonlyArray<readonly [string, string]>;
  negative: ReadonlyArray<readonly [string, string]>;
}

const NAME = '([\\u4e00-\\u9fff]{2,3})';
const TITLES = ROLE_WORDS.join('|');
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
// Function words and adverbs that open a clause as a name would (曾先后担任, 尤其是，): never in a given name here.
const NOT_IN_GIVEN_NAME = /[的了是在与将对也前后把被从而但却就都说称两人等们间及和或个些所其先已又再均亦仍]/;

export const PROFILE_PERSON_ROWS: readonly ProfilePersonRow[] = [
  {
    id: 'person-profile-opening',
    pattern: new RegExp(`^[—\\-\\s]*${NAME}[，,]`),
    titleAfter: true,
    positive: [['柯明远，青禾科技股份有限公司董事长，高级工程师。', '柯明远']],
    negative: [['经济学家，青禾科技股份有限公司董事长也来了。', '经济学家'], ['尤其是，青禾科技股份有限公司董事长也来了。', '尤其是']],
  },
  {
    id: 'person-takes-post',
    pattern: new RegExp(`^${NAME}(?:同志)?(?:出任|担任|当选为|当选|任)`),
    titleAfter: true,
    positive: [['会议决定，柯明远同志任青禾职业技术学院院长。', '柯明远'], ['会上，柯明远当选为青禾科技董事长。', '柯明远']],
    negative: [['2016年3月，新校区出任务的车辆增加了。', '新校区'], ['他生于1958年，曾先后担任青禾银行行长等职务。', '曾先后']],
  },
  {
    id: 'person-after-title-gap',
    pattern: new RegExp(`^(?:${TITLES})(?:[：:]|\\s+)${NAME}(?![\\u4e00-\\u9fff])`),
    titleAfter: false,
    positive: [['青禾科技股份有限公司董事长：柯明远', '柯明远'], ['青禾证券 党委书记、董事长 柯明远', '柯明远']],
    negative: [['青禾科技股份有限公司董事长：暂缺', '暂缺']],
  },
];

// Where a clause starts: the sentence start, or after a clause mark.
const CLAUSE_START = /[，,；;：:。！？!?\s]/;
const TITLE_IN = new RegExp(TITLES);
const STICKY = PROFILE_PERSON_ROWS.filter((r) => r.id !== 'person-after-title-gap').map((r) => ({ row: r, re: new RegExp(r.pattern.source.slice(1), 'y') }));
const GAP = PROFILE_PERSON_ROWS.find((r) => r.id === 'person-after-title-gap')!;
const GAP_ALL = new RegExp(GAP.pattern.source.slice(1), 'g');

/** `occupied` marks the text other recognisers took; nothing found overlaps it. */
export function profilePeople(doc: Doc, occupied: Uint8Array): Mention[] {
  const out: Mention[] = [];
  const taken = occupied.slice();
  const { norm } = doc;
  for (const sentence of doc.sentences) {
    const text = norm.slice(sentence.start, sentence.end);
    for (let i = 0; i < text.length; i++) {
      if (i > 0 && !CLAUSE_START.test(text[i - 1]!)) continue;
      for (const { row, re } of STICKY) {
        // A profile opens the sentence (or follows a heading's colon: 小档案：柯明远，…).
        if (row.id === 'person-profile-opening' && i > 0 && text[i - 1] !== '：') continue;
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m) continue;
        if (row.titleAfter && !TITLE_IN.test(text.slice(i + m[0].length))) continue;
        push(doc, taken, out, sentence.start + i + m[0].indexOf(m[1]!), m[1]!, row.id);
      }
    }
    // Titles set off from the name by a colon or a space (董事长：柯明远).
    for (const m of text.matchAll(GAP_ALL)) push(doc, taken, out, sentence.start + m.index! + m[0].length - m[1]!.length, m[1]!, GAP.id);
  }
  return out;
}

function push(doc: Doc, taken: Uint8Array, out: Mention[], start: number, name: string, rule: string): void {
  // (The cue is strong: a name whose given name is a word (柯/明远) still counts; one dictionary word does not.)
  const tag = wordTag(name);
  if (!looksLikeChineseName(name) || NOT_IN_GIVEN_NAME.test(name.slice(1)) || isGeneric(name) || (tag !== undefined && !NAME_TAGS.has(tag))) return;
  for (let i = start; i < start + name.length; i++) if (taken[i]) return;
  taken.fill(1, start, start + name.length);
  out.push({ start, end: start + name.length, text: doc.text.slice(start, start + name.length), norm: name, type: 'Person', source: 'discovery', rule, sentence: sentenceAt(doc.sentences, start) });
}
