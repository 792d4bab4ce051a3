import type { EntityType } from '../types.ts';
import { isGeneric } from './generic-words.ts';
import { roleAtEnd, roleRow } from './role-words.ts';
import { looksLikeChineseName } from './surnames.ts';
import { isTransliteration } from './transliteration.ts';
import { wordTag } from '../segment/word-shape.ts';
import { divisionNamed } from '../ner/admin-divisions.ts';
import { orgSuffixType } from './org-suffixes.ts';

/**
 * Why a name the tagger found is not kept, as data: each filter has an id, a test on the candidate's normalised
 * surface and type, and its own examples (`rejects` it must refuse, `keeps` it must let through); one table-driven
 * test runs them all. The tagger's margin and length limits are options of `taggerMentions`.
 */
export interface TaggerFilter {
  id: string;
  reject: (norm: string, type: EntityType, context: TaggerContext) => boolean;
  rejects: ReadonlyArray<TaggerExample>;
  keeps: ReadonlyArray<TaggerExample>;
}

/** The normalised text just before and after a candidate (up to 20 characters each, within the document). */
export interface TaggerContext {
  before: string;
  after: string;
}

/** An example: name, type, and optionally the text before and after it. */
export type TaggerExample = readonly [name: string, type: EntityType, before?: string, after?: string];

const DIGITS_AND_DATE = /^[0-9.,%年月日号时分秒点前后多余个万亿千百十〇零一二三四五六七八九两第]+$/;
const TIME_WORDS = /^(?:[上下本今明去前后]|[0-9一二三四五六七八九十]+)(?:年|月|周|星期|季度|天)/;
const PUNCT = /[，。、；：！？“”‘’（）《》【】,;:!?()"<>/_=&@#]/;
const CHINESE = /[\u4e00-\u9fff]/;
const NAME_DOT = /[·•・]/g;
const ORGANISATION_TYPES: ReadonlySet<EntityType> = new Set(['Company', 'GovernmentBody', 'Organization', 'MediaOutlet', 'PoliticalParty']);
// What is left of 子公司, 关联公司, 该委员会, 上该委员会 when the ending is taken off: a word that relates or points.
const RELATIONAL_STEM = /^(?:[上下在对向与和及由从被将把为]?[该本此其这那各某]|子|母|分|总|关联|下属|附属|旗下|合资|外资|国有|民营|上市|相关|有关|其他|其它|多家|一家|两家|这家|那家|各家)$/;

/** A division of China by its full name of three characters or more (景山街道, 屯门区), or a short form (汶川). */
// What only says which kind of zone or district a place is (高新区, 经济技术开发区, 新区, 城区).
const ZONE_KIND = /^(?:国家级?)?(?:高新|高新技术|高新技术产业|经济|经济技术|工业|产业|保税|自贸|综合保税|出口加工|新|老|城|市|郊|开发|示范)?(?:开发区|园区|产业园|区)$/;

// The words of a road's or a junction's name after the place it is named for.
const ROAD_WORD_AFTER = /^(?:[东西南北中]?路(?![况线费透演段])|大道|大街|枢纽|立交|高架|隧道|互通|收费站|服务区)/;

function isDivision(name: string): boolean {
  const found = divisionNamed(name);
  return found !== undefined && (found.form === 'short' || name.length >= 3);
}

export const TAGGER_FILTERS: readonly TaggerFilter[] = [
  // Latin text in Chinese news is mostly glosses, links and page furniture; the tagger was trained on Chinese.
  { id: 'no-chinese', reject: (n) => !CHINESE.test(n), rejects: [['hkcnews', 'Organization'], ['Brian Kennedy', 'Person']], keeps: [['TNG金融科技集团', 'Company']] },
  { id: 'generic-word', reject: (n) => isGeneric(n), rejects: [['消息人士', 'Person'], ['监管机构', 'GovernmentBody']], keeps: [['恒大集团', 'Company']] },
  { id: 'title-alone', reject: (n) => roleRow(n) !== undefined, rejects: [['董事长', 'Person'], ['发言人', 'Person']], keeps: [['董明珠', 'Person']] },
  // 彭总裁, 王部长: a surname and a title name nobody.
  { id: 'ends-with-title', reject: (n, t) => t === 'Person' && roleAtEnd(n) !== undefined, rejects: [['彭总裁', 'Person']], keeps: [['彭博', 'Person']] },
  { id: 'number-or-date', reject: (n) => DIGITS_AND_DATE.test(n) || TIME_WORDS.test(n), rejects: [['2019年', 'Organization'], ['三月', 'Person'], ['上周五', 'Person']], keeps: [['360公司', 'Company'], ['三一重工', 'Company']] },
  { id: 'punctuation-inside', reject: (n) => PUNCT.test(n), rejects: [['北京，上海', 'Location'], ['news_forward', 'Organization']], keeps: [['比尔·盖茨', 'Person']] },
  // A person is a Chinese name (surname + given name) or a transliteration (霍华德, 比尔·盖茨).
  {
    id: 'person-shape',
    reject: (n, t) => t === 'Person' && !(looksLikeChineseName(n) || isTransliteration(n.replace(NAME_DOT, ''))),
    rejects: [['北京大学', 'Person'], ['ABC', 'Person']],
    keeps: [['李克强', 'Person'], ['霍华德', 'Person'], ['比尔·盖茨', 'Person']],
  },
  // The segmenter's dictionary keeps 安全法, 付清, 金字塔 whole as "names" (nr) and 穆斯林 as nz: words it knows are
  // words, and the famous names it knows are in the lexicon. A new person's name is new to it (x) or cut in pieces.
  {
    id: 'person-dictionary-word',
    reject: (n, t) => t === 'Person' && (wordTag(n) ?? 'x') !== 'x',
    rejects: [['安全法', 'Person'], ['金字塔', 'Person'], ['穆斯林', 'Person']],
    keeps: [['王剑', 'Person'], ['陈奎德', 'Person'], ['梅南德斯', 'Person']],
  },
  // 甘尼则已逃离, 刘建涉黑: a clause's 则 (whereas) or 涉 (involved in) glued to the end of a name is no part of it.
  {
    id: 'person-glued-particle',
    reject: (n, t) => t === 'Person' && n.length >= 3 && /[则涉]$/.test(n),
    rejects: [['刘建则', 'Person', '总经理', '表示反对'], ['马西尼则', 'Person', '总统', '已离开']],
    keeps: [['王则柯', 'Person'], ['马西尼', 'Person']],
  },
  // 《全球马格尼茨基法案》: a name inside a title's brackets is part of the title (a law, a book, a film).
  {
    id: 'inside-title',
    reject: (_n, _t, c) => c.before.lastIndexOf('《') > c.before.lastIndexOf('》') && c.after.indexOf('》') >= 0 && (c.after.indexOf('《') < 0 || c.after.indexOf('》') < c.after.indexOf('《')),
    rejects: [['马格尼茨基', 'Person', '依据《全球', '法案》对']],
    keeps: [['马格尼茨基', 'Person', '律师', '死于狱中'], ['王剑', 'Person', '《南方周末》记者', '报道']],
  },
  // 马格尼茨基法案, 诺贝尔奖, 马克思主义: a name right before a law's, prize's or doctrine's word names that thing.
  {
    id: 'eponym',
    reject: (_n, t, c) => t === 'Person' && /^(?:法案|条约|协定|奖|主义|定律|效应|法(?![\u4e00-\u9fff]))/.test(c.after),
    rejects: [['马格尼茨基', 'Person', '根据《全球', '法案》'], ['诺贝尔', 'Person', '获得', '奖']],
    keeps: [['王剑', 'Person', '记者', '报道'], ['王剑', 'Person', '', '法官表示']],
  },
  // 吴掌控的安邦, 张严对记者表示: a surname before a verb the dictionary knows, or before a given name that ends on a
  // preposition, is a surname and the next words, not a name.
  {
    id: 'surname-then-verb',
    reject: (n, t) => t === 'Person' && n.length === 3 && looksLikeChineseName(n) && (/^(?:v|vd|vn|j)$/.test(wordTag(n.slice(1)) ?? '') || /[对向和与跟把被给从]$/.test(n)),
    rejects: [['吴掌控', 'Person'], ['张严对', 'Person']],
    keeps: [['陈奎德', 'Person'], ['王剑锋', 'Person']],
  },
  // 黎曾嫖娼, 全由新设: a surname and an adverb or preposition (曾 once, 由 by) are a surname and the next words.
  {
    id: 'given-name-adverb',
    reject: (n, t) => t === 'Person' && n.length === 2 && looksLikeChineseName(n) && /[曾因由已将亦仍还则即又也都就再]$/.test(n),
    rejects: [['黎曾', 'Person'], ['全由', 'Person']],
    keeps: [['黎智', 'Person'], ['王剑', 'Person']],
  },
  // 张姓男子, 陈姓女子: a surname and 姓 (surnamed) say whose family, not who.
  {
    id: 'person-surnamed',
    reject: (n, t) => t === 'Person' && n.length <= 3 && n.endsWith('姓'),
    rejects: [['张姓', 'Person', '一名', '男子'], ['欧阳姓', 'Person', '', '女子']],
    keeps: [['张星', 'Person'], ['姓张', 'Location']],
  },
  // 最长“连庄”纪录: a word alone in quotation marks is a term being quoted, not a person.
  {
    id: 'quoted-alone',
    reject: (_n, t, c) => t === 'Person' && /[“"「『]$/.test(c.before) && /^[”"」』]/.test(c.after),
    rejects: [['连庄', 'Person', '全球最长“', '”纪录']],
    keeps: [['王剑', 'Person', '记者', '报道']],
  },
  // 华东, 非洲大陆, 东区: the places the tagger finds cost as much precision as they add recall, except China's
  // administrative divisions (data/cn-admin-divisions.tsv): towns, districts and counties, the kind the rules miss.
  {
    id: 'place-not-division',
    reject: (n, t) => t === 'Location' && !isDivision(n),
    rejects: [['华东', 'Location'], ['非洲大陆', 'Location'], ['东区', 'Location'], ['黄牛飞', 'Location']],
    keeps: [['屯门', 'Location'], ['景山街道', 'Location'], ['汶川', 'Location'], ['王剑', 'Person']],
  },
  // 西湖东路, 黄埔大道, 江宁枢纽: a district's short name before a road's or a junction's word names the road, not
  // the district (roads and junctions are named after places; the gold marks neither).
  {
    id: 'place-in-road-name',
    reject: (_n, t, c) => t === 'Location' && ROAD_WORD_AFTER.test(c.after),
    rejects: [['西湖', 'Location', '沿着', '东路行驶'], ['黄埔', 'Location', '驶入', '大道后'], ['江宁', 'Location', '途经', '枢纽'], ['鼓楼', 'Location', '穿过', '隧道']],
    keeps: [['西湖', 'Location', '杭州', '的企业'], ['黄埔', 'Location', '广州', '区'], ['江宁', 'Location', '南京', '路况良好']],
  },
  // 高新区, 开发区, 新区: a kind of zone that many cities have is named by its city (成都高新区); alone it names none,
  // though the gazetteer lists such zones under their city's name.
  {
    id: 'place-kind-only',
    reject: (n, t) => t === 'Location' && ZONE_KIND.test(n),
    rejects: [['高新区', 'Location'], ['经济开发区', 'Location'], ['新区', 'Location'], ['保税区', 'Location']],
    keeps: [['浦东新区', 'Location'], ['中关村', 'Location'], ['朝阳区', 'Location']],
  },
  // 子公司, 关联公司, 该委员会: an organisation's ending after a word that only relates or points names no one body.
  {
    id: 'relational-organisation',
    reject: (n, t) => {
      if (!ORGANISATION_TYPES.has(t)) return false;
      const ending = orgSuffixType(n);
      return ending !== undefined && RELATIONAL_STEM.test(n.slice(0, n.length - ending.suffix.length));
    },
    rejects: [['子公司', 'Company'], ['关联公司', 'Company'], ['上该委员会', 'GovernmentBody'], ['这家公司', 'Company']],
    keeps: [['本田公司', 'Company'], ['甲乙委员会', 'GovernmentBody'], ['长安福特', 'Company'], ['子虚', 'Person']],
  },
];

/** The id of the first filter that refuses the candidate, or undefined when all let it through. */
export function taggerFilterRejecting(norm: string, type: EntityType, context: TaggerContext): string | undefined {
  for (const f of TAGGER_FILTERS) if (f.reject(norm, type, context)) return f.id;
  return undefined;
}
