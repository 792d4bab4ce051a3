import type { Doc, EntityType, Mention, Token } from '../types.ts';
import { orgSuffixType } from './org-suffixes.ts';
import { isGeneric } from './generic-words.ts';
import { isCountry } from './countries.ts';
import { isOrgDescriptor } from './org-descriptors.ts';
import { looksLikeChineseName } from './surnames.ts';
import { sentenceAt } from './sentence-at.ts';
import { roleAtEnd, roleKind } from './role-words.ts';
import { FUNCTION_WORD_POS, HAN_RUN } from '../segment/pos-classes.ts';

/**
 * An organisation nobody listed, named by the head's title after it and the head's name after that
 * (翠羽视界董事长何立民, 青禾小学校长林海燕): a head of a named body writes the body right before the title. The name
 * before the title must hold a proper word or end in an organisation ending, so that a description
 * (公司董事长, 上市公司董事长, 时任董事长) names nothing. The titles are data: each row says what kind of body it heads.
 */
export interface TitledOrgRow {
  id: string;
  titles: readonly string[];
  /** The body's type when its name has no organisation ending to say it. */
  type: EntityType;
  /** Invented sentences, each with the name the row must find… */
  positive: ReadonlyArray<readonly [string, string]>;
  /** …or must not find. */
  negative: ReadonlyArray<readonly [string, string]>;
}

export const TITLED_ORG_ROWS: readonly TitledOrgRow[] = [
  {
    id: 'titled-org-company',
    titles: ['董事长', '董事局主席', '总裁', '首席执行官', '总经理', '创始人', '联合创始人', '创办人'],
    type: 'Company',
    positive: [
      ['2015年5月 蓝鲸缇雅集团董事长罗慧珊女士出席了仪式。', '蓝鲸缇雅集团'],
      ['据悉，翠羽视界董事长何立民表示，今年将扩大生产。', '翠羽视界'],
      ['会上，对金洲慈航董事长朱要文提出了批评。', '金洲慈航'],
    ],
    negative: [
      ['上市公司董事长邵文涛表示欢迎。', '上市公司'],
      ['时任董事长邵文涛没有回应。', '时任'],
      ['这家民企董事长邵文涛说，订单减少了。', '民企'],
      ['上海总经理邵文涛说，订单减少了。', '上海'],
      ['议员兼翠羽保险集团行政总裁邵文涛反对。', '议员兼翠羽保险集团'],
    ],
  },
  {
    id: 'titled-org-school',
    titles: ['校长', '院长'],
    type: 'Organization',
    positive: [['退休教师找到青禾小学校长林海燕，建议开设国学课。', '青禾小学']],
    negative: [['他后来当上了新任校长林海燕的助手。', '新任']],
  },
];

const ROW_OF_TITLE = new Map<string, TitledOrgRow>();
for (const row of TITLED_ORG_ROWS) for (const t of row.titles) ROW_OF_TITLE.set(t, row);
// The segmenter glues a school's ending to the title (小学校长, 大学校长): the ending belongs to the name.
const GLUED_ENDING = /^(大学|小学|中学|学院)(校长|院长)$/;
// Titles a head holds together with the first (董事长兼CEO, 董事长、总经理).
const CHAINED_TITLE = /^(?:(?:兼|、)(?:CEO|总裁|首席执行官|总经理|党委书记|创始人))?/;
const PROPER_POS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'nt', 'ns', 'x', 'j']);
const STOP_POS = new Set([...FUNCTION_WORD_POS, 't']);
const FUNCTION_CHARS = /[的了是在与和及对将把被从而但就都以其该这那些给让为前后]/;
// Words that qualify the title, not name the body (时任董事长, 新任校长).
const QUALIFIERS = new Set(['时任', '现任', '新任', '首任', '原任', '前任', '代理', '署理', '名誉', '荣誉', '执行', '常务', '副']);
const GLUED_FUNCTION = /^[对向与和据在从被把将给由兼][\u4e00-\u9fff]{2,}$/;
const MAX_NAME = 10;
const MAX_WORDS = 4;

export function titledOrgNames(doc: Doc): Mention[] {
  const out: Mention[] = [];
  const { tokens, norm } = doc;
  for (let k = 1; k < tokens.length; k++) {
    const title = tokens[k]!;
    const glued = GLUED_ENDING.exec(title.text);
    const row = ROW_OF_TITLE.get(glued ? glued[2]! : title.text);
    if (!row || !headNameAfter(norm, title.end)) continue;
    // 行政总裁: the whole role word ends the name, not only the token that is the row's title.
    const role = glued ? undefined : roleAtEnd(norm, title.end, Math.max(0, title.end - 8));
    const nameEnd = glued ? title.start + glued[1]!.length : title.end - Math.max(role?.length ?? 0, title.text.length);
    let j = k;
    while (j > 0 && tokens[j - 1]!.start >= nameEnd) j--;
    if (j < k && tokens[j]!.start !== nameEnd) continue;
    const titleAt = j;
    let chars = glued ? glued[1]!.length : 0;
    while (j > 0 && titleAt - j < MAX_WORDS && namePart(tokens[j - 1]!) && tokens[j - 1]!.end === tokens[j]!.start && chars + tokens[j - 1]!.text.length <= MAX_NAME) {
      j--;
      chars += tokens[j]!.text.length;
    }
    // 对金洲/慈航: a preposition the segmenter glued to the first word is no part of the name.
    const glue = tokens[j - 1];
    const glueFirst = !!glue && glue.pos === 'x' && glue.end === tokens[j]!.start && GLUED_FUNCTION.test(glue.text) && chars + glue.text.length - 1 <= MAX_NAME;
    if (glueFirst) j--;
    if (j === titleAt) continue;
    const first = tokens[j]!;
    const start = glueFirst ? first.start + 1 : first.start;
    const name = norm.slice(start, nameEnd);
    if (name.length < 3 || !HAN_RUN.test(name) || isGeneric(name) || isOrgDescriptor(name) || isCountry(name)) continue;
    const words = tokens.slice(j, titleAt);
    const suffix = orgSuffixType(name, true);
    // A proper word other than a place (上海总经理 heads a unit), or an organisation ending.
    if (!words.some((w) => PROPER_POS.has(w.pos) && w.pos !== 'ns') && !suffix) continue;
    out.push({ start, end: nameEnd, text: doc.text.slice(start, nameEnd), norm: name, type: suffix?.type ?? row.type, source: 'discovery', rule: row.id, sentence: sentenceAt(doc.sentences, start) });
  }
  return out;
}

/** A word that may stand inside the name: Han characters, no function word, no verb, no title or qualifier of one. */
function namePart(t: Token): boolean {
  return HAN_RUN.test(t.text) && !STOP_POS.has(t.pos) && !t.pos.startsWith('v') && !FUNCTION_CHARS.test(t.text) && !QUALIFIERS.has(t.text) && !roleKind(t.text) && !(t.pos === 'x' && GLUED_FUNCTION.test(t.text));
}

/** Right after the title (and a title chained to it), a person's name: two to four Han characters shaped like one. */
function headNameAfter(norm: string, at: number): boolean {
  const chained = CHAINED_TITLE.exec(norm.slice(at, at + 8))![0].length;
  const rest = norm.slice(at + chained, at + chained + 4);
  for (let len = 4; len >= 2; len--) if (looksLikeChineseName(rest.slice(0, len))) return true;
  return false;
}
