import type { Doc, Mention } from '../types.ts';
import { isGeneric } from './generic-words.ts';
import { isCountry } from './countries.ts';
import { sentenceAt } from './sentence-at.ts';
import { tokenIndex, tokenStartingAt } from '../segment/token-index.ts';
import { FUNCTION_WORD_POS, HAN_RUN } from '../segment/pos-classes.ts';

/**
 * Companies listed with companies (万科、华夏、富力、保利; 房企有甲、乙、丙等): the items of a 、-list are of one kind,
 * so a list that holds two known companies, or that a company kind word introduces (房企有, 公司如, 企业包括) or
 * closes (等公司, 等在内的上市公司), makes its short unknown items companies too. A list holding a mention of
 * another kind (a place, a person) is a mixed list and gives nothing.
 */
export const COORDINATED_COMPANY_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['负债最高的有腾讯、百度、星河、鹿鸣等四家。', '星河'],
    ['负债最高的有腾讯、百度、星河、鹿鸣等四家。', '鹿鸣'],
    ['代表房企有翠岭、腾讯、鹿鸣等。', '翠岭'],
    ['还有二十家房企规模较小，如翠岭、鹿鸣、青禾等。', '青禾'],
    ['集团旗下有翠岭科创、鹿鸣光学等上市公司。', '鹿鸣光学'],
    ['包括百度、翠岭光学、鹿鸣电脑等在内的九家上市公司。', '翠岭光学'],
  ],
  negative: [
    // A list of places, or one mixing places in, is not a list of companies.
    ['房企在北京、上海、翠岭等城市拿地。', '翠岭'],
    ['腾讯、百度、北京、翠岭都在名单上。', '翠岭'],
    // No known company and no company kind: nothing says what the items are.
    ['会上讨论了翠岭、鹿鸣、青禾等问题。', '翠岭'],
    // Words that are no names, and pronouns, stay out even in a company list.
    ['房企有腾讯、百度、其他等。', '其他'],
    ['腾讯、百度、部分企业都受影响。', '部分企业'],
    // A company named clauses before the list is not what the list enumerates.
    ['该公司及其子公司从事欺诈活动，包括合谋、诈骗、洗钱等。', '合谋'],
  ],
};

// Words naming companies as a kind: before a list (房企有…, 公司包括…) or after it (…等公司).
const COMPANY_KINDS = ['房企', '房地产商', '开发商', '公司', '企业', '集团', '银行', '券商', '车企', '药企', '上市公司', '科技公司', '互联网公司', '厂商', '品牌'];
// What opens a list after its kind: 有, 如, 包括, 分别为, 例如, 像.
const OPENERS = /(?:有|如|包括|包含|分别为|分别是|例如|比如|像|：|:)$/;
// The kind in the opener's own clause (房企有, 上市公司包括), or counted in the clause before a "such as"
// (二十家房企规模较小，如…).
const KIND_BEFORE = new RegExp(`(?:${COMPANY_KINDS.join('|')})[^。！？；;，,]{0,8}$`);
const COUNTED_KIND_BEFORE = new RegExp(`(?:\\d+|[一二两三四五六七八九十百几多]+)[家间間](?:${COMPANY_KINDS.join('|')})[^。！？；;，,]{0,20}[，,](?:例如|比如|如)$`);
const KIND_AFTER = new RegExp(`^等(?:在内的)?(?:[一二两三四五六七八九十几多\\d]+[家间間个])?(?:${COMPANY_KINDS.join('|')})`);
const ITEM = /^[\u4e00-\u9fff]{2,5}$/;
const NOT_IN_NAME = /[的了是在将也把被从而但却就都说称讲曾已未即则这那其该各些么们他她它我你和与及或等]/;
const STOP_POS = new Set([...FUNCTION_WORD_POS, 't', 'f', 'v', 'vn', 'a']);
const MIN_KNOWN = 2;
// What may stand right before a list's first item: an opener's last character or a clause mark.
const ITEM_OPENS = /[有如括为是像：:，,；;。\s(（「“]/;

interface Item {
  start: number;
  end: number;
  mention?: Mention;
}

export function coordinatedCompanies(doc: Doc, mentions: readonly Mention[], occupied: Uint8Array): Mention[] {
  const { norm } = doc;
  if (!norm.includes('、')) return [];
  const byStart = new Map<number, Mention>();
  for (const m of mentions) if (!m.nested) byStart.set(m.start, m);
  const { startingAt, endingAt } = tokenIndex(doc.tokens);
  const out: Mention[] = [];
  for (const list of lists(norm)) {
    const items = list.map(([start, end]): Item => {
      const m = byStart.get(start);
      return m && m.end === end ? { start, end, mention: m } : { start, end };
    });
    if (items.some((it) => it.mention && it.mention.type !== 'Company')) continue;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const before = norm.slice(Math.max(0, first.start - 40), first.start);
    const kindBefore = (OPENERS.test(before) && KIND_BEFORE.test(before.replace(OPENERS, ''))) || COUNTED_KIND_BEFORE.test(before);
    const kindAfter = KIND_AFTER.test(norm.slice(last.end, last.end + 12));
    const known = items.filter((it) => it.mention).length;
    if (known < MIN_KNOWN && !kindBefore && !kindAfter) continue;
    for (const it of items) {
      // Separators bound the items; the first item may be glued to its opener by the segmenter (房企有甲).
      if (it.mention || (!startingAt[it.start] && !ITEM_OPENS.test(norm[it.start - 1] ?? '')) || !endingAt[it.end]) continue;
      if (!isFree(occupied, it.start, it.end) || !nameLike(doc, it.start, it.end)) continue;
      out.push({ start: it.start, end: it.end, text: doc.text.slice(it.start, it.end), norm: norm.slice(it.start, it.end), type: 'Company', source: 'discovery', rule: 'company-coordinated', sentence: sentenceAt(doc.sentences, it.start) });
    }
  }
  return out;
}

/**
 * The 、-lists of a text as item spans: an item between two 、 is whole; the first runs back to a list opener
 * (有, 如, 包括) or a clause mark, the last forward to 等 or a clause mark. Items are short runs of Han characters.
 */
function lists(norm: string): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let i = 0;
  while (i < norm.length) {
    const sep = norm.indexOf('、', i);
    if (sep < 0) break;
    // The item before the first 、: back to an opener or a clause mark, the shortest run that reaches one.
    let firstStart = -1;
    for (let len = 2; len <= 5 && sep - len >= 0; len++) {
      if (!HAN_RUN.test(norm.slice(sep - len, sep))) break;
      if (sep - len === 0 || ITEM_OPENS.test(norm[sep - len - 1]!)) {
        firstStart = sep - len;
        break;
      }
    }
    if (firstStart < 0) {
      i = sep + 1;
      continue;
    }
    const items: Array<[number, number]> = [[firstStart, sep]];
    let at = sep + 1;
    for (;;) {
      const rest = /^[\u4e00-\u9fff]{2,5}/.exec(norm.slice(at, at + 6));
      if (!rest) break;
      const end = at + rest[0].length;
      if (norm[end] === '、') {
        items.push([at, end]);
        at = end + 1;
        continue;
      }
      // The last item: before 等 or a clause mark (a longer run is some other phrase).
      const tail = /^[\u4e00-\u9fff]{2,5}?(?=等|[，,；;。！？\s)）」”]|$)/.exec(norm.slice(at, at + 7));
      if (tail) items.push([at, at + tail[0].length]);
      break;
    }
    if (items.length >= 2) out.push(items);
    i = at + 1;
  }
  return out;
}

function isFree(occupied: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (occupied[i]) return false;
  return true;
}

function nameLike(doc: Doc, start: number, end: number): boolean {
  const name = doc.norm.slice(start, end);
  if (!ITEM.test(name) || !HAN_RUN.test(name) || NOT_IN_NAME.test(name) || isGeneric(name) || isCountry(name)) return false;
  if (/(?:企业|公司|机构|部门|方面|城市|地区|国家)$/.test(name)) return false;
  // The segmenter cuts an unknown short name into single characters whose tags mean nothing (金/nr 地/uv); a word
  // of two or more characters tagged as a function word, a time or a verb is no name (其他, 目前).
  for (let at = start; at < end; ) {
    const t = tokenStartingAt(doc.tokens, at);
    if (!t) break;
    if (t.text.length >= 2 && STOP_POS.has(t.pos)) return false;
    at = t.end;
  }
  return true;
}
