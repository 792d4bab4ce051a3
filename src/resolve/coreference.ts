import type { Doc, EntityType, Mention } from '../types.ts';
import { entityKeyOf } from './entity-key.ts';
import { roleAtStart } from '../recognize/role-words.ts';

/** A place in the text that refers to an entity without naming it (该公司, 其, 它们). */
export interface CorefAnchor {
  start: number;
  end: number;
  key: string;
  type: EntityType;
  trigger: string;
}

const ORG: EntityType[] = ['Company', 'Organization', 'GovernmentBody', 'MediaOutlet', 'PoliticalParty'];
const NOUN_TYPES: Record<string, EntityType[]> = {
  公司: ['Company'], 集团: ['Company'], 企业: ['Company'], 巨头: ['Company'], 银行: ['Company', 'GovernmentBody'],
  机构: ORG, 平台: ['Product', 'Company'], 网站: ['Product', 'Company', 'MediaOutlet'], 媒体: ['MediaOutlet'],
  报纸: ['MediaOutlet'], 大学: ['Organization'], 校: ['Organization'], 学校: ['Organization'], 部门: ['GovernmentBody'], 应用: ['Product'], 产品: ['Product'],
  // 该行 (the bank), 该局, 该院: a body by the last character of its kind.
  行: ['Company', 'GovernmentBody'], 局: ['GovernmentBody'], 署: ['GovernmentBody'], 委: ['GovernmentBody'], 院: ['Organization', 'GovernmentBody'],
};
// 该校 is a school, not any organisation: the antecedent's name must say so.
const NOUN_NAMES: Record<string, RegExp> = {
  大学: /(?:大学|学院|分校)$/, 校: /(?:大学|学院|分校|学校|中学|小学)$/, 学校: /(?:大学|学院|分校|学校|中学|小学)$/,
  行: /(?:银行|央行|人行)$/, 局: /局$/, 署: /署$/, 委: /(?:委|委员会)$/, 院: /院$/,
};
// (该行业, 该局势, 该院校 and 此外 are other words: the one-character kinds stand alone, right after 该.)
const NOMINAL = /(?:该|这家|此|这个|那家|这间)(?:([\u4e00-\u9fff]{0,6}?)(公司|集团|企业|巨头|银行|机构|平台|网站|媒体|报纸|大学|学校|校|部门|应用|产品)|()(?<=该)(行|局|署|委|院)(?![业为动政李列情势面长校子线人员]))/g;
// A bare 集团/公司/企业 standing alone (after a non-letter, a tense marker or a copula), not the end of a name.
// Starting with the literal: a pattern that starts with a lookbehind is tried at every offset of the text.
const BARE_COMPANY = /(集团|公司|企业)(?<=(?:^|[^\u4e00-\u9fffA-Za-z]|现任|时任|新任|前任|原|前|由|任|是)(?:集团|公司|企业))/g;
// Words that qualify a title without being one (联席董事总经理, 财务董事, 常务副总裁); tense markers as in role-relation.
const TITLE_QUALIFIER = /^(?:联席|副|常务|执行|财务|首席|高级|资深|前任|现任|时任|新任|原|前)/;
const CHAIN_JOIN = /^[、兼]/;
// 据X资料，公司2002年起营运: a bare 公司/集团 opening a clause before a time or an adverb is the clause's subject, the
// company just named (not 公司法, 公司债, 集团军: a noun after it makes another word).
const CLAUSE_COMPANY = /(公司|集团)(?<=(?:^|[。，；！？\n])(?:公司|集团))(?=\d|(?:于|在|将|已|曾|也|还|并|又|则|亦|目前|现已|今年|去年|早在|随后|此前|近日|日前)(?![\u4e00-\u9fff]?[法债])|(?:表示|称|指出|回应|声明))/g;
// 天津普林披露，公司第三大股东X增持 / 本公司全资子公司Y / 上述公司控股股东Z: a bare company word that opens a clause
// before a stake holder, a subsidiary or a stake verb is the company named just before it. Not 上市公司, 子公司, 一家公司,
// 日本公司, 资本公司 (a letter before it makes another word) nor 公司法 (a noun after it).
const HELD_COMPANY = /(本公司|上述公司|公司|集团)(?<=(?:^|[。，；！？：:,;\n])(?:本|上述)?(?:公司|集团))(?=的?(?:已|将|拟|再度|再次|成功|近日|日前|今日|分别)*(?:第[一二三四五六七八九十\d]{1,3}大股东|控股股东|大股东|股东(?!大会|会)|实际控制人|实控人|全资子公司|控股子公司|全资附属公司|附属公司|子公司|孙公司|母公司|旗下|下属|持有|增持|减持|竞得|受让|认购|出资|拟收购|收购|将收购|已完成收购|计划收购))/g;
// 其 as a pronoun, not inside 其他/其它/其中/其实/尤其/极其/及其/与其/其余/其次.
const QI = /(?<![尤极及与])其(?![他它中实余次间后])/g;
const IT = /(?<!其)(?:它们|它)/g;
const HE = /(?<![其])[他她](?![们人])/g;
const WINDOW = 160; // characters to look back for an antecedent

/** Resolves nominal and pronominal references to the nearest preceding compatible entity mention. */
export function coreference(doc: Doc, mentions: readonly Mention[]): CorefAnchor[] {
  const out: CorefAnchor[] = [];
  const add = (start: number, end: number, types: readonly EntityType[] | null, exclude: readonly EntityType[] = [], name?: RegExp) => {
    const ante = antecedent(doc, mentions, start, types, exclude, name);
    if (ante) out.push({ start, end, key: entityKeyOf(ante), type: ante.type, trigger: doc.norm.slice(start, end) });
  };
  for (const m of doc.norm.matchAll(NOMINAL)) {
    const kind = m[2] ?? m[4]!;
    add(m.index!, m.index! + m[0].length, NOUN_TYPES[kind]!, [], NOUN_NAMES[kind]);
  }
  // 由现任集团首席执行官张勇接任, 企业副总裁李四: a bare 集团/公司/企业 before a title is the company the story is about.
  for (const m of doc.norm.matchAll(BARE_COMPANY)) if (titledHolder(doc.norm, mentions, m.index! + m[1]!.length)) add(m.index!, m.index! + m[1]!.length, ['Company']);
  for (const m of doc.norm.matchAll(CLAUSE_COMPANY)) add(m.index!, m.index! + m[1]!.length, ['Company']);
  for (const m of doc.norm.matchAll(HELD_COMPANY)) {
    const start = m.index!;
    const end = start + m[1]!.length;
    const ante = antecedent(doc, mentions, start, ['Company'], []);
    if (ante && soleCompany(doc, mentions, start, entityKeyOf(ante)) && !out.some((a) => a.start === start)) out.push({ start, end, key: entityKeyOf(ante), type: ante.type, trigger: doc.norm.slice(start, end) });
  }
  for (const m of doc.norm.matchAll(QI)) add(m.index!, m.index! + 1, null, ['Location']);
  for (const m of doc.norm.matchAll(IT)) add(m.index!, m.index! + m[0].length, null, ['Location', 'Person']);
  for (const m of doc.norm.matchAll(HE)) add(m.index!, m.index! + 1, ['Person']);
  // A reference inside a mention (其 in a name) is not a reference.
  return out.filter((a) => !mentions.some((m) => a.start < m.end && m.start < a.end)).sort((a, b) => a.start - b.start);
}

/**
 * Whether a chain of titles from the role table follows `at` and a named person right after it (集团联席董事总经理X,
 * 集团财务董事兼副董事总经理Y): then the bare company word before it is that person's employer. A title alone
 * (公司负责人表示, 企业老板们) may speak of any company, and a word that only starts like one (公司主管部门) is none.
 */
function titledHolder(text: string, mentions: readonly Mention[], at: number): boolean {
  let titled = false;
  for (let guard = 0; guard < 6; guard++) {
    const rest = text.slice(at, at + 16);
    const role = roleAtStart(rest);
    if (role) {
      titled = true;
      at += role.length;
      const join = CHAIN_JOIN.exec(text.slice(at, at + 1));
      if (!join) break;
      at += join[0].length;
      continue;
    }
    const qualifier = TITLE_QUALIFIER.exec(rest);
    if (!qualifier) break;
    at += qualifier[0].length;
  }
  while (text[at] === ' ') at++;
  return titled && mentions.some((m) => m.type === 'Person' && m.start === at);
}

const SENTENCE_END = /[。！？!?\n]/;

/**
 * Whether `key` is the only company named in the sentence of `at` (before it) and the sentence before: a bare 公司
 * with two companies in reach (A公告，B将…，公司股东…) is left unresolved rather than guessed.
 */
function soleCompany(doc: Doc, mentions: readonly Mention[], at: number, key: string): boolean {
  let from = at;
  for (let seen = 0; from > 0; from--) {
    if (SENTENCE_END.test(doc.norm[from - 1]!) && ++seen === 2) break;
  }
  return mentions.every((m) => m.type !== 'Company' || m.nested || m.end > at || m.start < from || entityKeyOf(m) === key);
}

// 网秦在纽交所上市，林宇任该公司董事长: the exchange a company lists on is a venue, not what 该公司 refers to.
const VENUE_BEFORE = /[在于登陆]$/;
const VENUE_AFTER = /^(?:上市|挂牌|交易|IPO|首次公开募股)/;

const MEMBER_AFTER = /^(?:学员|员工|成员|职员|雇员|会员|用户|信徒|教徒|党员|学生|球员)/;
const DATELINE_AFTER = /^[^】]{0,14}(?:讯|日)】/;
const CREDITED_BEFORE = /(?:记者|编辑|撰稿|撰文|编译)[：:]?$/;
const CREDIT_AFTER = /^(?:综合|编译|整理)?(?:报导|报道|编译|撰稿|采访|拍摄|摄)?[)）\s]/;
const SIGNED_BEFORE = /(?:——|—|--)\s*$/;
const SIGNED_AFTER = /^\s*(?:[【\[\n]|$)/;
const REPORTING_AFTER = /^[》”」]?[^，。,]{0,6}?(?:报导|报道|引述|援引|称|说|指出|披露)/;

function antecedent(doc: Doc, mentions: readonly Mention[], at: number, types: readonly EntityType[] | null, exclude: readonly EntityType[], name?: RegExp): Mention | undefined {
  for (let i = upperBound(mentions, at) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (at - m.end > WINDOW) return undefined;
    if (m.end > at) continue;
    if (exclude.includes(m.type)) continue;
    if (types && !types.includes(m.type)) continue;
    if (name && !name.test(m.norm)) continue;
    if (VENUE_BEFORE.test(doc.norm[m.start - 1] ?? '') && VENUE_AFTER.test(doc.norm.slice(m.end, m.end + 6))) continue;
    // （本台记者凌杉综合报导）由于美国考虑对其…: a byline's name is not what a pronoun in the story refers to.
    // (Nor is the outlet of a dateline, 【希望之声2020年9月7日】.)
    if (CREDITED_BEFORE.test(doc.norm.slice(Math.max(0, m.start - 6), m.start)) && CREDIT_AFTER.test(doc.norm.slice(m.end, m.end + 8))) continue;
    if (doc.norm[m.start - 1] === '【' && DATELINE_AFTER.test(doc.norm.slice(m.end, m.end + 16))) continue;
    // …更多行动还在后头。——秦鹏【美国制裁…对其…】: the signature of a quoted piece is not what the next item's
    // pronoun refers to.
    if (SIGNED_BEFORE.test(doc.norm.slice(Math.max(0, m.start - 3), m.start)) && SIGNED_AFTER.test(doc.norm.slice(m.end, m.end + 2))) continue;
    // 《华尔街日报》报导，海航准备出售其持有的股权: an outlet reporting the story is not what 其 refers to.
    if (!types && m.type === 'MediaOutlet' && REPORTING_AFTER.test(doc.norm.slice(m.end, m.end + 10))) continue;
    // 抓住一个法轮功学员，对其罚款: an organisation's member or user (学员, 员工, 用户) is the nearest referent, and
    // a person, not the organisation; 其 refers to no entity then (nor to one further back).
    if (ORG.includes(m.type) && MEMBER_AFTER.test(doc.norm.slice(m.end, m.end + 3))) return undefined;
    return m;
  }
  return undefined;
}

function upperBound(mentions: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
