import type { Doc, EntityType, Mention, Token } from '../types.ts';
import { orgSuffixType } from './org-suffixes.ts';
import { isGeneric, KIND_WORDS } from './generic-words.ts';
import { sentenceAt } from './sentence-at.ts';
import { tokenStartingAt } from '../segment/token-index.ts';
import { wordTag } from '../segment/word-shape.ts';
import { LEGAL_FORMS } from './registered-names.ts';

/**
 * Organisations listed back to back (a schedule of public bodies, a table of companies): when the page separates
 * the items (spaces, 、, table bars), the separators bound each name, so an item that ends in an organisation
 * suffix is a name as a whole, plain words (消费者委员会) and 及/与 (考试及评核局) included. Two neighbouring items
 * must both end in a suffix, so a lone phrase in running text is never taken. An item holding two legal forms
 * (甲电灯有限公司乙汽车有限公司: a table cell that lost its break) is cut after each legal form, which always ends a
 * name.
 */
export const LIST_ITEM_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['附表机构：消费者委员会 职业训练局 青州考试及评核局', '消费者委员会'],
    ['附表机构：消费者委员会 职业训练局 青州考试及评核局', '青州考试及评核局'],
    ['名单包括：青州电灯有限公司白鹭汽车(1933)有限公司、青州渡轮有限公司', '白鹭汽车(1933)有限公司'],
    ['名单包括：青州电灯有限公司白鹭汽车(1933)有限公司、青州渡轮有限公司', '青州电灯有限公司'],
    ['| 果菜统营处 | 远帆建造业议会 |', '果菜统营处'],
    ['附表机构：职业训练局 选举管理委员会 消费者委员会', '选举管理委员会'],
  ],
  negative: [
    ['他批评消费者委员会、职业训练局的做法', '他批评消费者委员会'],
    ['批评消费者委员会、职业训练局的人很多', '批评消费者委员会'],
    ['目标：完善产业布局 优化区域格局', '优化区域格局'],
    ['今天的委员会 会议取消了', '今天的委员会'],
    ['这个委员会、那个局都没有回应', '这个委员会'],
    ['消费者委员会昨日发表报告', '消费者委员会'],
  ],
};

// What separates the items of a list on a page; a clause comma does not (running text is no list).
const LIST_GAP = /^[\s、|｜]+$/;
const CUT = /[\s、|｜，,；;：:。！？!?“”"「」『』《》【】]+/g;
const ITEM = /^[\u4e00-\u9fff]{2,}(?:[（(][\u4e00-\u9fff0-9]{1,8}[)）][\u4e00-\u9fff]*)?$/;
// Characters no listed name holds: particles, pronouns, the clause's verbs of saying.
const NOT_IN_NAME = /[的了是在将也把被从而但却就都说称讲曾已未即则这那其该各些么们他她它我你]/;
const NOT_FIRST_POS = new Set(['r', 'p', 'd', 'c', 'u', 'uj', 'm', 'q', 't', 'f']);
// Endings too common to name a body in running text (结局, 布局, 好处) that do name one as a listed item.
const LISTED_ENDINGS: ReadonlyArray<readonly [string, EntityType]> = [['局', 'GovernmentBody'], ['署', 'GovernmentBody'], ['处', 'GovernmentBody'], ['中心', 'Organization']];
const COMMON_TAGS = new Set(['n', 'v', 'vn', 'a', 'an', 'd', 'l', 'i']);
const MIN_NAME = 4;
const MAX_NAME = 24;

interface Item {
  start: number;
  end: number;
  /** The text up to the next item, when a list separator is all that stands between them. */
  listedNext: boolean;
  /** A list separator, not a clause's punctuation or the start of the text, opens the item. */
  listedPrev: boolean;
}

export function listItemNames(doc: Doc): Mention[] {
  const { norm } = doc;
  const items: Item[] = [];
  let from = 0;
  let listedPrev = false;
  for (const m of norm.matchAll(CUT)) {
    if (m.index! > from) items.push({ start: from, end: m.index!, listedNext: LIST_GAP.test(m[0]), listedPrev });
    from = m.index! + m[0].length;
    listedPrev = LIST_GAP.test(m[0]);
  }
  if (from < norm.length) items.push({ start: from, end: norm.length, listedNext: false, listedPrev });
  const endsOrg = items.map((it) => listedType(norm.slice(it.start, it.end)) !== undefined);
  const out: Mention[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const listed = (i > 0 && items[i - 1]!.listedNext && endsOrg[i - 1]) || (it.listedNext && endsOrg[i + 1]);
    if (!endsOrg[i] || !listed) continue;
    for (const [start, end] of legalFormParts(norm, it.start, it.end)) {
      const name = norm.slice(start, end);
      if (!isListedName(doc.tokens, name, start, start > it.start || it.listedPrev)) continue;
      out.push({ start, end, text: doc.text.slice(start, end), norm: name, type: listedType(name)!, source: 'discovery', rule: 'list-item', sentence: sentenceAt(doc.sentences, start) });
    }
  }
  return out;
}

/** [start, end) of each name in an item, cut after every legal form but the last. */
function legalFormParts(norm: string, start: number, end: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = start;
  for (let at = from; at < end; at++) {
    const form = LEGAL_FORMS.find((f) => norm.startsWith(f, at));
    if (!form) continue;
    const cut = at + form.length;
    if (cut < end && cut - from > form.length + 1 && end - cut > form.length) {
      parts.push([from, cut]);
      from = cut;
    }
    at = cut - 1;
  }
  parts.push([from, end]);
  return parts;
}

function isListedName(tokens: readonly Token[], name: string, start: number, opensList: boolean): boolean {
  if (name.length < MIN_NAME || name.length > MAX_NAME || !ITEM.test(name) || NOT_IN_NAME.test(name)) return false;
  if (!listedType(name) || isGeneric(name) || KIND_WORDS.has(name)) return false;
  const first = tokenStartingAt(tokens, start);
  // An item that does not start on a word boundary, or starts with a pronoun or a particle, is text, not a name; a
  // verb may open a name (选举管理委员会) only where a list separator, not a clause, comes before it.
  return first !== undefined && !NOT_FIRST_POS.has(first.pos) && (first.pos !== 'v' || (opensList && orgSuffixType(name, true) !== undefined));
}

/** The type a listed item's ending implies: a strong organisation suffix, or one of the endings only lists allow. */
function listedType(name: string): EntityType | undefined {
  const strong = orgSuffixType(name, true)?.type;
  if (strong) return strong;
  // 布局, 格局, 好处: a one-character ending that closes an ordinary word names nothing.
  const ending = LISTED_ENDINGS.find(([e]) => name.endsWith(e) && name.length > e.length);
  if (!ending || (ending[0].length === 1 && COMMON_TAGS.has(wordTag(name.slice(-2)) ?? ''))) return undefined;
  return ending[1];
}
