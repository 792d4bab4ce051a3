import type { Doc, EntityType, Mention, Token } from '../types.ts';
import { mayEndOrg, orgSuffixOfWord, orgSuffixType } from './org-suffixes.ts';
import { isOrgDescriptor, orgDescriptorPrefix, SUCH_AS } from './org-descriptors.ts';
import { looksLikeChineseName } from './surnames.ts';
import { COMPASS_PART, isGeneric, KIND_WORDS } from './generic-words.ts';
import { mayEndRole, roleAtEnd, roleAtStart } from './role-words.ts';
import { sentenceAt } from './sentence-at.ts';
import { wordShape, wordTag } from '../segment/word-shape.ts';
import { cutWords as cutPieces } from '../segment/jieba.ts';
import { isCountry } from './countries.ts';
import { runMatches } from './run-matches.ts';
import { startsToken, tokenEndingAt, tokenIndex } from '../segment/token-index.ts';
import { isTransliteration, isTransliterationCode } from './transliteration.ts';
import { FUNCTION_WORD_POS, HAN_RUN } from '../segment/pos-classes.ts';
import { HOLDER_TITLES, SHORT_NAME_SUFFIXES } from './company-short-name-rules.ts';
import { findRegionPlaces } from './region-places.ts';
import { divisionNamed } from '../ner/admin-divisions.ts';

interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  rule: string;
}

const CJK = HAN_RUN;
const LATIN_WORD = /^[A-Za-z][A-Za-z0-9&.'-]*$/;
// Function words and determiners never stand inside a name: 一家公司, 该公司, 成立了 …的公司.
const STOP_POS = new Set([...FUNCTION_WORD_POS, 'zg']);
const STOP_PARTS = new Set(['的', '和', '与', '及', '或', '等', '在', '是', '为', '对', '向', '了', '被', '将', '把', '从', '该', '这', '那', '其', '各', '本', '一家', '这家', '那家', '多家', '两家', '各家', '一些', '一个', '旗下', '国有', '私营', '民营', '外资', '大型', '中小', '主要', '其他', '其它', '相关', '有关', '全国', '全国性', '当地', '地方', '新', '前', '原', '成立', '创办', '组建', '收购', '包括', '称', '说', '表示', '告诉', '透露', '指出', '报导', '报道', '宣布', '批准', '监管', '经', '任', '就任', '担任', '出任', '曾任', '现任', '时任', '兼任', '升任', '历任', '曾经', '接任', '据', '由', '让', '令', '使', '给', '以', '计', '最大', '最', '第一', '第二', '第三', '两国', '各国', '多国', '该国', '本国', '他国', '驻', '突显', '显示', '高科技', '有', '抗议', '上市公司', '公司', '企业',
  // Speech verbs end a name read backwards from its suffix (Paul Rockwell证实公司已经…).
  '证实', '承认', '否认', '强调', '认为', '确认', '披露',
  // A verb and its complement the segmenter leaves unknown (告上法院, 诉至法院), and 当 (when: 当MSNBC电视台评论员…).
  '告上', '告到', '诉至', '送上', '当',
  // 议员兼立桥保险集团行政总裁: 兼 (also) joins two posts; the name starts after it.
  '兼',
  // X集团全资子公司Y矿业: a subsidiary word relates two names; the second starts after it.
  '子公司', '孙公司', '母公司', '附属公司']);
// After a place name alone, only these endings make a specific organisation (上海市政府, 北京大学, 天津轨道交通集团)
// rather than a description (美国公司, 中国科技企业).
// Institutions named for a field after their place (警察学院, 应用科技研究院): a verb of the field stays in the name.
const INSTITUTION_SUFFIXES = new Set(['大学', '学院', '研究院', '研究所', '协会', '学会', '研究会']);
const PLACE_ONLY_SUFFIXES = new Set(['学会', '研究会', '基金会', '联合会', '市委', '省委', '县委', '区委', '市政府', '省政府', '发改委', '纪委', '中央银行', '大学', '学院', '日报', '晚报', '时报', '早报', '电视台', '卫视', '政府', '人民政府', '法院', '检察院', '公安局', '公安厅', '警方', '银行', '交易所', '委员会', '议会', '研究院', '研究所', '商会', '协会', '证券交易所', '集团', '有限公司', '股份有限公司', '有限责任公司', '合伙企业', '总局', '管理局', '监管局']);
// Endings that name a place's body only with a word of what it does between (禹州市人民医院, not 上海医院;
// 北海市网络信息办公室, not 上海办公室, which is a company's office in a city).
const PLACE_DESCRIBED_SUFFIXES = new Set(['医院', '办公室']);
// An institution, then one of its departments (学院, 研究所, 系, 司, 处 …).
// (X集团全资子公司: the group's subsidiary, named or not, is not the group's name.)
const SUB_UNIT = /^(.{2,12}?(?:大学|科学院|社会科学院|总局|银行|集团|委员会|医院))((?:全资|控股)?(?:子公司|孙公司)|[\u4e00-\u9fff]{2,10}(?:学院|研究所|研究中心|学系|系|(?<!公)司|处|办公室|实验室))$/;
const REGISTERED = /(?:有限公司|有限责任公司|合伙企业)$/;
const MEDIA_TITLE = /^(.{2,12}(?:报|日报|时报|周刊|杂志|新闻|邮报|晚报|早报|商报))$/;
const SPEECH_AFTER = /^(?:表示|说|称|指出|认为|透露|强调|坦言|回应|介绍|告诉|写道|解释|补充|综合报导|综合报道|报导|报道|发表|证实|承认|否认|宣布|呼吁)/;
const SPEECH_FIRST = codeTable('表说称指认透强坦回介告写解补综报发证承否宣呼');
const PLACE_SUFFIX_CODES = codeTable('省市县区州镇乡村');
const PLACE_SUFFIX_END = /[省市县区州镇乡村]$/;
const PLACE_SUFFIX_ALONE = codeTable('省市县区州');
// Hoisted out of the per-token loops: a regular expression or array literal is a new object at every evaluation.
const NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg']);
const NAME_OR_LATIN_TAGS = new Set(['x', 'nr', 'nrfg', 'nrt', 'eng']);
const NOT_IN_NAME_RUN = /^[和及他她它长号等们]$/;
const SPEECH_START = /^[称说讲指认表等]/;
const CITED_BEFORE = /(?:据|根据|援引|引述)$/;
// Run-then-name patterns, matched through runMatches (see there): /([\u4e00-\u9fff]{1,6})([A-Z][a-z]+(?: [A-Z][a-z]+){1,3})/g
// and /([\u4e00-\u9fff·]{2,8})[（(]([A-Z][A-Za-z&.' -]{1,48})[)）]/g, with where their second part can start.
// A Latin name part, with the prefixes that carry a second capital (McDonald, O'Connor, DeSantis).
const LATIN_NAME_PART = String.raw`(?:Mc|Mac|O'|D'|De|Di|La|Le)?[A-Z][a-z]+`;
const ROLE_THEN_LATIN_NAME = new RegExp(String.raw`([\u4e00-\u9fff]{1,6}) ?(${LATIN_NAME_PART}(?: ${LATIN_NAME_PART}){1,3})(?![A-Za-z])`, 'y');
const PHOTO_CREDIT = new RegExp(String.raw`[(（](${LATIN_NAME_PART}(?: ${LATIN_NAME_PART}){1,2})\s*\/`, 'g');
const HAN_PHOTO_CREDIT = /[（(]([^（()）]{4,16}?)\s?(?:拍摄|摄)[)）]/g;
const LATIN_AFTER_CJK = /[\u4e00-\u9fff] ?[A-Z]/g;
const NAME_THEN_GLOSS = /([\u4e00-\u9fff·]{2,8})[（(]([A-Z][A-Za-z&.' -]{1,48})[)）]/y;
const GLOSS_OPEN = /[（(][A-Z]/g;
const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const isCjkOrDot = (c: number): boolean => isCjk(c) || c === 0xb7;
const NAME_DOTS = new Set(['·', '•', '・', '‧'].map((c) => c.charCodeAt(0)));

/** A lookup table by UTF-16 code of the given characters: no one-character string per test. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
// Characters that do not occur in personal names but glue onto them in running text (时的, 和前).
// Parts of speech of ordinary words (not names or places).
const COMMON_POS = new Set(['v', 'vn', 'n', 'a', 'an', 'ad', 'd']);
const OOV_PHRASE_CHARS = /[的了是在与及将对也把被从而但却就都以能会可要该其这那些么驻给让]/;
const FUNCTION_CHARS = /[的了是在与将对也前后把被从而但却就都说称讲曾已未所及即当则]/;
const LATIN_PERSON = new RegExp(String.raw`^${LATIN_NAME_PART}(?:[ -]${LATIN_NAME_PART}){1,3}$`);
const LATIN_ORG_WORD = /\b(?:Inc|Corp|Corporation|Co|Company|Group|Bank|Capital|Partners|Holdings|Ltd|LLC|Limited|Foundation|Institute|University|Association|Fund|Authority|Ministry|Agency|Commission|Council|Times|News|Post|Journal|Robotics|Technologies|Technology|Motors|Airlines|Securities|Research|Center|Centre|Games|Studios|Entertainment)\b/;

/** Entities that the lexicon does not know, found from organisation suffixes, roles, speech verbs, places and titles. */
export function discoverEntities(doc: Doc): Mention[] {
  const candidates = [
    ...discoverOrganisations(doc),
    ...discoverPeople(doc),
    ...discoverPlaces(doc),
    ...discoverTitles(doc),
    ...discoverGlossed(doc),
    ...discoverQuotedProducts(doc),
    ...discoverDashProducts(doc),
    ...discoverCountryAcronyms(doc),
    ...discoverRegionPlaces(doc),
    ...discoverQuotedNames(doc),
    ...discoverMediaChannels(doc),
    ...discoverLatinOrganisations(doc),
    ...discoverLatinProducts(doc),
  ];
  // 科技保安公司 Cure53: the kind before a Latin name describes it; it is no name of its own.
  const latinAfterKind = new Set(candidates.filter((c) => c.rule === 'org-latin-after-kind').map((c) => c.start));
  const seen = new Set<string>();
  return candidates.filter((c) => {
    if (c.rule === 'org-suffix' && latinAfterKind.size > 0 && (latinAfterKind.has(c.end) || (latinAfterKind.has(c.end + 1) && doc.norm[c.end] === ' ')) && describesOnly(doc, c)) return false;
    const key = `${c.start}:${c.end}:${c.type}:${c.rule}`;
    return !seen.has(key) && (seen.add(key), true);
  }).map((c) => ({
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    norm: doc.norm.slice(c.start, c.end),
    type: c.type,
    source: 'discovery' as const,
    rule: c.rule,
    sentence: sentenceAt(doc.sentences, c.start),
  }));
}

/** An organisation-suffix name made of ordinary words only (科技保安公司): no unknown word, name, place or Latin. */
function describesOnly(doc: Doc, c: Candidate): boolean {
  const { startingAt } = tokenIndex(doc.tokens);
  for (let at = c.start; at < c.end; ) {
    const k = startingAt[at] ?? 0;
    if (k === 0) return false;
    const t = doc.tokens[k - 1]!;
    if (!CJK.test(t.text) || t.pos === 'x' || t.pos === 'ns' || t.pos === 'nt' || t.pos.startsWith('nr')) return false;
    at = t.end;
  }
  return true;
}

/** Tokens `a` then `b` with nothing between, or one space between two Latin words. */
function adjoins(norm: string, a: Token, b: Token): boolean {
  if (a.end === b.start) return true;
  return b.start === a.end + 1 && norm[a.end] === ' ' && LATIN_WORD.test(a.text) && LATIN_WORD.test(b.text);
}

function isProper(t: Token): boolean {
  if (t.pos === 'eng') return /^[A-Z]/.test(t.text);
  // An unknown word with a function character in it is a phrase the segmenter missed (以全, 驻美, a list item's
  // ending glued to 及: 投资局及), not a name.
  if (t.pos === 'x') return CJK.test(t.text) && t.text.length >= 2 && !OOV_PHRASE_CHARS.test(t.text);
  // Not 'j' (abbreviations: 房地产, 通信, 俄 are as often words as names).
  return t.pos === 'ns' || t.pos === 'nt' || t.pos === 'nz' || t.pos === 'nrt';
}

// 劳福/局局长: a body's one-character ending glued to its head's title, which repeats it (局局长, 署署长, 厅厅长).
const ORG_THEN_ROLE = /^(大学|学院|公司|集团|银行|研究所|研究院|医院|法院|局(?=局)|署(?=署)|厅(?=厅)|处(?=处))/;
const ORG_THEN_ROLE_FIRST = codeTable('大学公集银研医法局署厅处');

function discoverOrganisations(doc: Doc): Candidate[] {
  const { tokens, norm } = doc;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // 加州圣地亚哥大学教授: the segmenter glued a title to the suffix; the name ends before the title.
    const glued = ORG_THEN_ROLE_FIRST[token.text.charCodeAt(0)] === 1 && token.text.length >= 3 ? ORG_THEN_ROLE.exec(token.text) : null;
    const t = glued && roleAtStart(token.text.slice(glued[1]!.length)) ? { ...token, text: glued[1]!, end: token.start + glued[1]!.length } : token;
    if (!mayEndOrg(t.text)) continue;
    // 合伙/企业: an ending the segmenter cuts in two.
    const split = t.text === '企业' && k > 0 && tokens[k - 1]!.text === '合伙' && tokens[k - 1]!.end === t.start;
    const suffixInfo = split ? { suffix: '合伙企业', type: 'Company' as const } : orgSuffixOfWord(t.text);
    if (!suffixInfo) continue;
    // 河北中南部, 东北地区中东部: a part of a place by its compass points, which the segmenter may know as a word.
    if (COMPASS_PART.test(t.text)) continue;
    // A one-character suffix (局, 部, 署) must be a token of its own: 骗局 and 全部 are words, not bodies —
    // unless the segmenter knows the word as an organisation (民政厅, 外交部).
    // …or as an abbreviated name of three characters or more (保监局, 证监局).
    if (suffixInfo.suffix.length === 1 && t.text.length > 1 && t.pos !== 'nt' && !(t.pos === 'j' && t.text.length >= 3)) continue;
    let j = split ? k - 1 : k;
    let proper = 0;
    let placeOnly = true;
    let countryOnly = true;
    let generic = 0;
    while (j - 1 >= 0 && k - (j - 1) <= 5) {
      const p = tokens[j - 1]!;
      // 两间/公司, 三家/银行: a count of the bodies named before it is no part of a name.
      if (!adjoins(norm, p, tokens[j]!) || STOP_POS.has(p.pos) || STOP_PARTS.has(p.text) || COUNT_WORD.test(p.text)) break;
      // A verb inside a name only right after a proper word (大疆创新科技): otherwise it ends the name (转给换汇公司).
      // A school or institute may be named for what it teaches or does after its place (新疆警察学院, 香港应用科技研究院).
      if (p.pos === 'v' && !(p.text.length >= 2 && j - 2 >= 0 && isProper(tokens[j - 2]!) && (tokens[j - 2]!.pos !== 'ns' || INSTITUTION_SUFFIXES.has(suffixInfo.suffix)) && adjoins(norm, tokens[j - 2]!, p))) break;
      // T-Mobile公司: a hyphen inside a Latin name joins its parts.
      const hyphen = p.text === '-' && j - 2 >= 0 && LATIN_WORD.test(tokens[j - 2]!.text) && tokens[j - 2]!.end === p.start && LATIN_WORD.test(tokens[j]!.text);
      if (!CJK.test(p.text) && !LATIN_WORD.test(p.text) && !hyphen) break;
      j--;
      if (hyphen) continue;
      if (isProper(p)) {
        proper++;
        if (p.pos !== 'ns') placeOnly = false;
        if (!isCountry(p.text)) countryOnly = false;
      } else generic++;
    }
    // A name starts with its proper part (or a single character of it: 星+达利集团): 中资背景持牌公司 is a
    // description, 大疆创新科技有限公司 a name.
    while (j < k && !isProper(tokens[j]!) && tokens[j]!.text.length >= 2) {
      generic--;
      j++;
    }
    // 战略暨国际研究中心: 暨 (and) joins two parts of one name and never starts one.
    if (tokens[j]!.text === '暨' && j > 0 && j < k && adjoins(norm, tokens[j - 1]!, tokens[j]!) && CJK.test(tokens[j - 1]!.text) && !STOP_PARTS.has(tokens[j - 1]!.text) && !STOP_POS.has(tokens[j - 1]!.pos)) j--;
    // The suffix token itself may carry the name (华为公司 as one token).
    const head = t.text.slice(0, t.text.length - suffixInfo.suffix.length);
    // …but not when the token is a common compound (注册资本, 养老基金), unless a proper part stands before it
    // (中国半导体行业协会: a place, then the compound as the name's kind).
    if (head.length >= 2 && t.pos !== 'nt' && wordShape(t.text) === 'word' && COMMON_POS.has(wordTag(head) ?? '') && !orgSuffixType('#' + head) && (proper === 0 || generic === 0)) continue;
    if (head.length >= 2 && !isGeneric(head)) {
      if (wordShape(head) !== 'word') {
        proper++;
        placeOnly = false;
        countryOnly = false;
      } else if (wordTag(head) === 'ns') {
        proper++; // 天津市委: a place and a body
        if (!isCountry(head)) countryOnly = false;
      } else if (t.pos === 'nt' && t === token && k === j) {
        // 清华大学经济管理学院: one token the segmenter's dictionary knows as an organisation.
        proper++;
        placeOnly = false;
        countryOnly = false;
      }
    }
    if (proper === 0) continue;
    // A leading country says nationality (美国Autel Robotics公司, 中国长安福特): the name starts after it.
    // A government body keeps its country (美国通讯委员会, 日本金融厅): there it is part of the name.
    if (isCountry(tokens[j]!.text) && j < k && (proper > 1 || !placeOnly) && !(placeOnly && PLACE_ONLY_SUFFIXES.has(suffixInfo.suffix)) && suffixInfo.type !== 'GovernmentBody') {
      j++;
      proper--;
    }
    // A registered name (延边银线网络技术有限公司) may run to four plain words after its place.
    // 成都市民政厅: a place and a word the segmenter knows as an organisation (民政厅) name the place's body.
    // 禹州市人民医院: a place, what the body is for, and an ending that needs that middle.
    const described = PLACE_DESCRIBED_SUFFIXES.has(suffixInfo.suffix) && generic >= 1;
    if (placeOnly && !((PLACE_ONLY_SUFFIXES.has(suffixInfo.suffix) || described || (t.pos === 'nt' && generic === 0)) && generic <= (REGISTERED.test(suffixInfo.suffix) ? 4 : 2))) continue;
    // A government is a place's: 天津市政府, 新奥尔良市政府 — not 抗议政府.
    if (suffixInfo.suffix.endsWith('政府') && (!placeOnly || generic > 0)) continue;
    // 美国政府, 中国大学: a country and a generic ending describe, they do not name.
    if (placeOnly && countryOnly && generic === 0) continue;
    // 投行中银证券, 房股如绿景地产: a description of the kind, or an example cue, before the name is no part of it.
    let such: RegExpExecArray | null = null;
    for (let d = j, first = j; d < k; d++) {
      const w = tokens[d]!.text;
      if (isOrgDescriptor(w)) {
        j = d + 1;
        such = null;
      } else if ((d > first || EXAMPLE_OPENS.test(norm[tokens[d]!.start - 1] ?? '')) && tokens[d]!.pos === 'x' && SUCH_AS.test(w) && w.length > SUCH_AS.exec(w)![0].length) {
        j = d;
        such = SUCH_AS.exec(w);
      }
    }
    // 据祥源/文化: a function character the segmenter glued to the first word is no part of the name.
    const first = tokens[j]!;
    const glue = first.pos !== 'x' ? 0 : such ? such[0].length : GLUED_FUNCTION.test(first.text) ? 1 : orgDescriptorPrefix(first.text);
    const start = first.start + glue;
    const name = norm.slice(start, t.end);
    if (name.length < 3 || name.length > 24 || isGeneric(name)) continue;
    // 台湾非政府组织, 美上市公司: places before a kind that names nothing describe, they do not name.
    if (placeOnly && isGeneric(norm.slice(placesEnd(tokens, j, k), t.end))) continue;
    // 香港上市公司: after any places, a kind that names nothing.
    if (placeOnly && KIND_WORDS.has(norm.slice(allPlacesEnd(tokens, j, k), t.end))) continue;
    // Autel Robotics公司: a Latin name's Chinese ending is a description; the name is the Latin words.
    const latinName = /^[A-Za-z][A-Za-z0-9&.' -]*$/.test(norm.slice(start, t.start)) && t.text === suffixInfo.suffix && /^(?:公司|集团|有限公司)$/.test(t.text);
    // 中央民族大学成人教育学院: a department of an institution names the institution; the department is a unit.
    const unit = SUB_UNIT.exec(name);
    // …unless the department has a name of its own (重阳金融研究院, 基辛格中美关系研究所).
    if (unit && unit[1]!.length >= 4 && !properFrom(tokens, j, k, start + unit[1]!.length)) {
      const top = orgSuffixType(unit[1]!, true);
      if (top) {
        out.push({ start, end: start + unit[1]!.length, type: top.type, rule: 'org-suffix' });
        continue;
      }
    }
    out.push({ start, end: latinName ? tokens[k - 1]!.end : t.end, type: suffixInfo.type, rule: 'org-suffix' });
  }
  return out;
}

const HOLDERS = new Set(HOLDER_TITLES);
const INDUSTRY_ENDING = new RegExp(`^(?:${SHORT_NAME_SUFFIXES.join('|')})`);

/** A name after a shareholder's title (股东, 大股东) that an industry ending follows (翠岭电子): a company. */
function holderCompany(norm: string, start: number, length: number): boolean {
  const role = roleAtEnd(norm, start, Math.max(0, start - 8));
  return !!role && HOLDERS.has(role) && INDUSTRY_ENDING.test(norm.slice(start + length, start + length + 2));
}

const TIME_SURNAME = /^[时后]/;
// 朋友圈，如德邦证券: an example cue glued to the name's first word right after a pause (such a token is unknown to
// the segmenter, which knows 如家).
const EXAMPLE_OPENS = /^[，,、：:（(]$/;
const GLUED_FUNCTION = /^[据在对向从被把将与和给让由以指当兼][\u4e00-\u9fff]{2,}/;

/** The end of the countries (美国, or 美 for short) that start tokens[from..to]. */
function allPlacesEnd(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to && tokens[i]!.pos === 'ns') i++;
  return tokens[i]!.start;
}

function placesEnd(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to && tokens[i]!.pos === 'ns' && (isCountry(tokens[i]!.text) || tokens[i]!.text.length === 1)) i++;
  return tokens[i]!.start;
}

/**
 * A proper token among tokens[from..to] starting at or after `offset`. A helper rather than an arrow function
 * in the token loop: a closure there makes V8 allocate the loop body's variables on the heap for every token.
 */
function properFrom(tokens: readonly Token[], from: number, to: number, offset: number): boolean {
  for (let i = from; i <= to; i++) if (tokens[i]!.start >= offset && isProper(tokens[i]!)) return true;
  return false;
}

/**
 * A candidate person name: shaped like a Chinese name and unknown to the segmenter's dictionary. The dictionary
 * tags many ordinary words as names (荣誉, 白皮书), so a dictionary "name" only counts after a role word.
 */
function nameLike(name: string, afterRole = false): boolean {
  // (向中央: a surname-shaped preposition before a generic word.)
  if (!looksLikeChineseName(name) || isGeneric(name) || isGeneric(name.slice(1)) || FUNCTION_CHARS.test(name.slice(1))) return false;
  const shape = wordShape(name);
  return shape === 'unknown' || (afterRole && shape === 'name');
}

/** 向国会, 据白宫: a surname-shaped character before a known word is not a name. */
function givenNameIsWord(name: string): boolean {
  const tag = wordTag(name.slice(1));
  return tag !== undefined && !NAME_OR_LATIN_TAGS.has(tag);
}

const KIN = /(?:夫妇|夫妻|父子|母子|父女|母女|兄弟|姐妹|兄妹|姐弟)/g;
const KIN_NAME_LENGTHS = [3, 2];

function discoverPeople(doc: Doc): Candidate[] {
  const { tokens, norm } = doc;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // A name right after a role word: 记者林燕, 发言人华春莹 — even when the segmenter split it.
    const afterRole = t.start > 0 && mayEndRole(norm.charCodeAt(t.start - 1)) && roleAtEnd(norm, t.start, Math.max(0, t.start - 8)) !== undefined;
    // 副外长莫尔古洛夫, 祖巴列维奇说: a run of transliteration syllables after a title or before a speech verb.
    const foreign = isTransliterationCode(norm.charCodeAt(t.start)) ? transliteratedName(doc, k, afterRole) : undefined;
    if (foreign !== undefined) {
      out.push({ start: t.start, end: foreign, type: 'Person', rule: 'person-transliterated' });
      k = tokenEndingAtOrAfter(tokens, k, foreign);
      continue;
    }
    if (afterRole) {
      const name = nameAt(norm, t.start, tokens, k);
      // 第二大股东翠岭电子: a holder's name followed by an industry ending is a company's.
      if (name && holderCompany(norm, t.start, name.length)) continue;
      if (name) {
        out.push({ start: t.start, end: t.start + name.length, type: 'Person', rule: 'person-after-role' });
        continue;
      }
    }
    if (!looksLikeChineseName(t.text)) continue;
    // A two-character name needs a speech verb after it: tested first, as it spares most tokens the POS look-up.
    const speech = next !== undefined && SPEECH_FIRST[norm.charCodeAt(next.start)] === 1 && SPEECH_AFTER.test(norm.slice(next.start, next.start + 6));
    if (t.text.length < 3 && !speech) continue;
    const unknown = t.pos === 'x';
    // Out-of-vocabulary three-character names (苗玉刚); two-character ones only before a speech verb.
    // 文夏所(唱), 210万占股: a last character that ends no name, or a number's unit, is no name.
    const oovName = unknown && t.text.length >= 3 && !NOT_NAME_TAIL.test(t.text[t.text.length - 1]!) && !afterDigit(norm, t.start, t.text);
    // 出访时必带: a surname that is also a time word (时, 后) right after a verb is that word (when, after).
    const timeWord = TIME_SURNAME.test(t.text) && k > 0 && tokens[k - 1]!.end === t.start && /^v/.test(tokens[k - 1]!.pos);
    if (oovName && !timeWord && nameLike(t.text) && !givenNameIsWord(t.text)) {
      out.push({ start: t.start, end: t.end, type: 'Person', rule: 'person-oov' });
    } else if ((unknown || t.pos === 'nr') && speech && nameLike(t.text, t.text.length === 3)) {
      out.push({ start: t.start, end: t.end, type: 'Person', rule: 'person-speech' });
    }
  }
  // Latin-script people in photo credits ((Hector Retamal/AFP)) and after a role word (主管Martyn Davies).
  // （美国之音白桦拍摄）: a name-tagged word right before 拍摄 at the end of a bracketed credit is the photographer.
  if (norm.includes('摄')) {
    for (const m of norm.matchAll(HAN_PHOTO_CREDIT)) {
      const end = m.index! + 1 + m[1]!.length;
      for (const length of [3, 2]) {
        const start = end - length;
        if (start - m.index! < 3 || !CJK.test(norm.slice(start, end)) || !startsToken(tokens, start) || !nameTokensOnly(tokens, start, end) || isGeneric(norm.slice(start, end))) continue;
        out.push({ start, end, type: 'Person', rule: 'person-photo-credit' });
        break;
      }
    }
  }
  for (const m of norm.matchAll(PHOTO_CREDIT)) {
    const start = m.index! + 1;
    out.push({ start, end: start + m[1]!.length, type: 'Person', rule: 'person-photo-credit' });
  }
  for (const m of runMatches(norm, LATIN_AFTER_CJK, 1, ROLE_THEN_LATIN_NAME, isCjk, 1, 6)) {
    if (!roleAtEnd(m[1]!) || LATIN_ORG_WORD.test(m[2]!)) continue;
    const start = m.index! + m[0].length - m[2]!.length;
    out.push({ start, end: start + m[2]!.length, type: 'Person', rule: 'person-after-role-latin' });
  }
  // 凯文·麦卡锡, 杰克·普尔森: a transliterated full name with a middle dot, part by part out of the dictionary.
  const hasDot = norm.includes('·') || norm.includes('•') || norm.includes('・') || norm.includes('‧');
  for (let k = 0; hasDot && k < tokens.length; k++) {
    const dot = tokens[k]!;
    if (dot.text.length !== 1 || !NAME_DOTS.has(dot.text.charCodeAt(0))) continue;
    // 李·吉勒恩特: a one-character part before a transliterated one of three syllables or more.
    const right0 = nameRun(tokens, k + 1, 1, norm, 3);
    const foreignRight = right0 !== undefined && isTransliteration(norm.slice(right0.start, right0.end));
    const left = nameRun(tokens, k - 1, -1, norm, foreignRight ? 1 : 2);
    // 特蕾莎·梅: a one-character family name after a full given name.
    const right = nameRun(tokens, k + 1, 1, norm, left ? 1 : 2);
    if (!left || !right) continue;
    // 安德烈·曼努埃尔·洛佩斯·奥布拉多: a name of more than two parts is one name, not pairs of parts.
    const last = out[out.length - 1];
    if (last && last.rule === 'person-dotted' && last.end >= left.start && last.start < left.start) last.end = Math.max(last.end, right.end);
    else out.push({ start: left.start, end: right.end, type: 'Person', rule: 'person-dotted' });
  }
  // 黄有龙、赵薇夫妇, 李某父子: a name right before a kinship word is a person's.
  for (const m of norm.matchAll(KIN)) {
    for (const len of KIN_NAME_LENGTHS) {
      const start = m.index! - len;
      const name = norm.slice(start, m.index!);
      if (start >= 0 && startsToken(tokens, start) && nameLike(name, true) && !givenNameIsWord(name)) {
        out.push({ start, end: m.index!, type: 'Person', rule: 'person-kin' });
        break;
      }
    }
  }
  // A column's author before the title: 吴惠林：台湾央行总裁…
  const title = /^([\u4e00-\u9fff]{2,3})[：:]/.exec(norm);
  if (title && nameLike(title[1]!, true)) out.push({ start: 0, end: title[1]!.length, type: 'Person', rule: 'person-title-author' });
  return out;
}

// A transliterated name has three to sixteen syllables in all (祖巴列维奇, 恩里克.佩纳.涅托).
const TRANSLIT_MIN = 3;
const TRANSLIT_MAX = 16;
// Between the parts of a foreign name: the middle dots, and the full stop or hyphen some outlets use instead.
const NAME_JOINERS = new Set(['·', '•', '・', '‧', '˙', '.', '．', '-'].map((c) => c.charCodeAt(0)));
const NAME_PIECE_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz', 'v', 'vn', 'n', 'ng', 'a']);
// What may follow a transliterated name before its speech verb: a time word or an adverb.
const SPEECH_LEAD = /^(?:周[一二三四五六日]|日前|近日|今天|昨天|当天|也|则|还|曾|更|此前|随后)?/;
// The part of a token after the name that starts the speech verb (祖巴列维奇/说 cut as 奇说).
const SPEECH_REST = /^(?:说|称|表示|认为|指出|强调|透露)/;
// 记者岑华颖奥兰多综合报导: a dateline's place, not a speaker.
const REPORTS_AFTER = /^(?:综合报导|综合报道|报导|报道)/;
const KIND_BEFORE = /(?:公司|集团|企业|机构|银行|基金|媒体|城市|首都|港口|州|市|县|镇|岛|省|国)$/;

/**
 * The end of a transliterated name starting at token `k` — a run of transliteration syllables (祖巴列维奇,
 * 玛姆斯托姆), however the segmenter cut them, after a title or before a speech verb.
 * Not when the run is one dictionary place or organisation word (巴基斯坦).
 */
function transliteratedName(doc: Doc, k: number, afterRole: boolean): number | undefined {
  const { norm, tokens } = doc;
  const start = tokens[k]!.start;
  // After a name dot the name began earlier (李·吉勒恩特): the dotted-name rule reads it whole.
  if (start > 0 && (isTransliterationCode(norm.charCodeAt(start - 1)) || NAME_JOINERS.has(norm.charCodeAt(start - 1)))) return undefined;
  let end = start;
  let syllables = 0;
  let joined = false;
  for (;;) {
    while (end < norm.length && isTransliterationCode(norm.charCodeAt(end))) {
      end++;
      syllables++;
    }
    // 布赖恩‧克洛兹尔, 克里斯.鲁普契: parts joined by a dot are one name.
    if (!NAME_JOINERS.has(norm.charCodeAt(end)) || !isTransliterationCode(norm.charCodeAt(end + 1))) break;
    end++;
    joined = true;
  }
  if (syllables < TRANSLIT_MIN || syllables > TRANSLIT_MAX) return undefined;
  // Every token inside the run must be a name piece; the last may run on into the speech verb (奇说).
  for (let i = k; i < tokens.length && tokens[i]!.start < end; i++) {
    const piece = tokens[i]!;
    if (piece.end > end) {
      if (!SPEECH_REST.test(norm.slice(end, piece.end))) return undefined;
      break;
    }
    // With a dot between its parts the run is a name however the segmenter tagged them (克/m 洛兹/ns 尔).
    if (!joined && !NAME_PIECE_TAGS.has(piece.pos)) return undefined;
  }
  const single = tokens[k]!.end === end;
  if (single && (tokens[k]!.pos === 'n' || wordShape(norm.slice(start, end)) === 'word') && !NAME_TAGS.has(tokens[k]!.pos)) return undefined;
  const after = norm.slice(end, end + 12).replace(SPEECH_LEAD, '');
  if (!afterRole && !(SPEECH_FIRST[after.charCodeAt(0)] === 1 && SPEECH_AFTER.test(after) && !REPORTS_AFTER.test(after))) return undefined;
  // 能源服务公司贝克休斯称, 港口城市敖德萨说: a kind of company or place before the run names what it is.
  if (KIND_BEFORE.test(norm.slice(Math.max(0, start - 3), start))) return undefined;
  return end;
}

/** True when the tokens from `start` to `end` are all name-tagged (白桦/nr, 歌篮/x) and end exactly there. */
function nameTokensOnly(tokens: readonly Token[], start: number, end: number): boolean {
  let at = start;
  for (const t of tokens) {
    if (t.end <= start) continue;
    if (t.start !== at || !NAME_TAGS.has(t.pos)) return false;
    at = t.end;
    if (at >= end) return at === end;
  }
  return false;
}

/** The index of the last token that starts before `end`. */
function tokenEndingAtOrAfter(tokens: readonly Token[], k: number, end: number): number {
  while (k + 1 < tokens.length && tokens[k + 1]!.start < end) k++;
  return k;
}

/** 210万占股: 万, 千, 百 or 亿 right after a digit is a number's unit, not a surname. */
function afterDigit(norm: string, start: number, text: string): boolean {
  const c = norm.charCodeAt(start - 1);
  return start > 0 && ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) && /^[万千百亿]/.test(text);
}

/** Contiguous name-like tokens (out of the dictionary, or name-tagged, no function characters) from `k` in `step` direction. */
function nameRun(tokens: readonly Token[], k: number, step: 1 | -1, norm: string, minChars = 2): { start: number; end: number } | undefined {
  let start = -1;
  let end = -1;
  let chars = 0;
  for (let i = k; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i]!;
    const adjoining = step === 1 ? (end < 0 ? true : t.start === end) : start < 0 ? true : t.end === start;
    const nameish = CJK.test(t.text) && !FUNCTION_CHARS.test(t.text) && !OOV_PHRASE_CHARS.test(t.text) && ((t.text.length === 1 && !NOT_IN_NAME_RUN.test(t.text)) || NAME_TAGS.has(t.pos) || (t.pos === 'nz' && !roleAtEnd(t.text)) || isTransliteration(t.text) || wordShape(t.text) !== 'word');
    if (!adjoining || !nameish || chars + t.text.length > 10) break;
    chars += t.text.length;
    if (step === 1) {
      if (start < 0) start = t.start;
      end = t.end;
    } else {
      if (end < 0) end = t.end;
      start = t.start;
    }
  }
  if (start < 0 || chars < minChars || isGeneric(norm.slice(start, end))) return undefined;
  return { start, end };
}

/**
 * The name right after a role word: a Chinese name of 2–3 characters ending on a token boundary, or an
 * unknown word of 2–4 characters (a transliteration: 谷歌共同创始人布林).
 */
function nameAt(norm: string, start: number, tokens: readonly Token[], k: number): string | undefined {
  // 记者凌杉综合报导: a byline's 综合 (compiled) is no part of the name, whatever the segmenter glued.
  const credit = CREDIT_NAME.exec(norm.slice(start, start + 10));
  if (credit && looksLikeChineseName(credit[1]!)) return credit[1];
  const ends = new Set<number>();
  for (let i = k; i < tokens.length && tokens[i]!.start - start < 4; i++) ends.add(tokens[i]!.end);
  // An unknown word (a transliteration: 创始人布林, 法律顾问麦克加恩) followed by a natural boundary.
  // An unknown word is a transliterated name: 创始人布林.
  const t = tokens[k]!;
  // 院长苏嘉/全会/面: the segmenter glued the given name's last character to the next word (苏嘉全 + 会面).
  const next = tokens[k + 1];
  if (t.pos === 'x' && t.text.length === 2 && next && next.start === t.end && next.text.length === 2 && CJK.test(next.text)) {
    const three = norm.slice(start, start + 3);
    const rest = norm.slice(start + 3, start + 5);
    if (looksLikeChineseName(three) && !FUNCTION_CHARS.test(three.slice(1)) && CJK.test(rest) && rest.length === 2 && wordShape(rest) === 'word' && /^[vna]/.test(wordTag(rest) ?? '')) return three;
  }
  // 局长一职, 领导人谈过: a numeral or a verb's aspect mark after a title starts no name.
  if (NOT_NAME_START.test(norm[start] ?? '') || /过/.test(t.text)) return undefined;
  // 股东中有众多…, 董事当中不乏…: “among” after a plural role word, not a surname and a given name.
  if (AMONG.test(norm.slice(start, start + 5))) return undefined;
  // 董事长孟祥久案: a case (案), a family (家) or a plural (们, 等) glued to the name by the segmenter is no part of it.
  if (NAME_TAGS.has(t.pos) && t.text.length === 4 && NOT_NAME_TAIL.test(t.text[3]!) && looksLikeChineseName(t.text.slice(0, 3)) && !FUNCTION_CHARS.test(t.text.slice(1, 3))) return t.text.slice(0, 3);
  // 官员断单: two unknown characters that are neither a surname and a given name nor transliteration syllables.
  const neither = t.pos === 'x' && t.text.length === 2 && !looksLikeChineseName(t.text) && !isTransliteration(t.text);
  if (NAME_TAGS.has(t.pos) && CJK.test(t.text) && t.text.length >= 2 && t.text.length <= 4 && !neither &&
      !SPEECH_START.test(t.text) && !FUNCTION_CHARS.test(t.text) && !isGeneric(t.text) && wordShape(t.text) !== 'word') {
    // 研究员王松莲指/，: the segmenter glued the verb after the name (指, 叫, 说) onto it.
    const glued = t.text.slice(0, -1);
    // …but 均 and 皆 (all) are given names' characters too, and one name after a role is one person, whom “all”
    // cannot follow: 官员杨恒均10月7日被起诉 is a three-character name (官员王志亦表示 still ends on 亦, also).
    if (t.text.length >= 3 && NOT_NAME_TAIL.test(t.text[t.text.length - 1]!) && looksLikeChineseName(glued) && !ALL_NAME_TAIL.test(t.text[t.text.length - 1]!)) return glued;
    // 苏有朋/祝贺: a full Chinese name takes no more pieces.
    return t.text.length === 3 && looksLikeChineseName(t.text) ? t.text : t.text + nameTail(tokens, k, t.text.length);
  }
  // 员工向/两个: a preposition before a number after a title starts no name (记者于正 still does).
  if (t.text.length === 1 && STOP_POS.has(t.pos) && next && (next.pos === 'm' || next.pos === 'q' || next.pos === 'mq' || STOP_POS.has(next.pos))) return undefined;
  // 总统拉马/福萨: a transliteration whose first piece the segmenter took for a place, its rest unknown.
  if (t.pos === 'ns' && CJK.test(t.text) && t.text.length <= 3 && next && next.start === t.end && next.pos === 'x') {
    const tail = nameTail(tokens, k, t.text.length);
    if (tail.length >= 1 && t.text.length + tail.length >= 3) return t.text + tail;
  }
  // 校长江波说: a name the dictionary knows as a place, after a title and before a verb of saying, is a person's —
  // unless it is a division of China or a country (市长江西说 is no sentence).
  if (t.pos === 'ns' && t.end - start === t.text.length && looksLikeChineseName(t.text) && SPEECH_AFTER.test(norm.slice(t.end, t.end + 4)) && !divisionNamed(t.text) && !isCountry(t.text)) return t.text;
  for (const len of [3, 2]) {
    const cand = norm.slice(start, start + len);
    if (ends.has(start + len) && nameLike(cand, true)) return cand;
  }
  // 方/星海: a surname the segmenter split off a given name that is also a word — after a role, still a name.
  const three = norm.slice(start, start + 3);
  if (t.text.length === 1 && ends.has(start + 3) && looksLikeChineseName(three) && !FUNCTION_CHARS.test(three.slice(1)) && !isGeneric(three) && !isGeneric(three.slice(1))) {
    const rest = tokens[k + 1];
    // A verb as the given name (陈/破空) only when the name is clearly over after it (的, a speech verb, a comma).
    const over = VERB_NAME_OVER.test(norm.slice(start + 3, start + 5));
    if (rest && rest.start === t.end && rest.end === start + 3 && (rest.pos !== 'v' || (over && !SPEECH_AFTER.test(rest.text) && !SPEECH_START.test(rest.text)))) return three;
  }
  return undefined;
}

const VERB_NAME_OVER = /^(?:的|说|称|表示|指出|认为|[，,。；;：:])/;
// …nor a negation or an adverb (主管不批, 官员断单 after 因/才): no surname, and no transliteration starts with one.
const NOT_NAME_START = /^[一二三四五六七八九十两几数多各每某该此本不没未别再又也都就才因]$/;
const AMONG = /^(?:之中|当中|中|里)(?:也|还|就|更|并|竟)?(?:有|不乏|包括|没有|不少|多数|大多)/;
const CREDIT_NAME = /^([\u4e00-\u9fff]{2,3}?)综合(?:报导|报道|编译)/;
// Characters that end a name rather than continue it (张伟案, 王军家, 李明等; 王军涉嫌/涉黑, 李明则).
// 姓: 高姓男子 (a man surnamed Gao) names nobody by name.
// “All” of NOT_NAME_TAIL, which needs more than one person before it, and is a given name's last character too.
const ALL_NAME_TAIL = /^[均皆]$/;
const NOT_NAME_TAIL = /^[姓案家等们涉则说称表讲指叫获也都就又还曾将已在和与及对向的了是为被把从给让请并而但亦均才再说称摄报讯一二三四五六七八九十两几数多各所个些]$/;

// 姬鹏飞之子: a kinship after a name is not part of it (坂井臣之助 is a name).
const KIN_AFTER = /^之[子女妻夫父母兄弟]/;

/**
 * The rest of a transliterated name the segmenter cut (舍尔/曼, 杜涛/欣, 马克/理, 坂井臣/之助): following
 * unknown or name-tagged pieces, or single name characters, up to six characters in all.
 */
const NAME_CHAR_POS = new Set(['a', 'ag', 'v', 'vg', 'n', 'ng']);

/** A boundary after a name: 的, a mark, a speech verb, or nothing. */
function nameBoundaryAt(t: Token | undefined): boolean {
  if (!t) return true;
  return t.text === '的' || !CJK.test(t.text) || SPEECH_AFTER.test(t.text);
}

function nameTail(tokens: readonly Token[], k: number, length: number): string {
  let tail = '';
  for (let i = k + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start !== tokens[i - 1]!.end || !CJK.test(t.text) || length + tail.length + t.text.length > 6) break;
    const piece = (t.text.length <= 2 && (t.pos === 'x' || t.pos === 'nr' || t.pos === 'nrt') && !FUNCTION_CHARS.test(t.text)) ||
      (t.text.length === 1 && (t.pos === 'n' || t.pos === 'ng') && !NOT_NAME_TAIL.test(t.text)) ||
      // 蔡子/强/的, 讲师庄太/量/表示: a given name's last character the segmenter took for a word of its own, before
      // a boundary (的, a mark, a speech verb).
      (t.text.length === 1 && length + tail.length === 2 && NAME_CHAR_POS.has(t.pos) && !NOT_NAME_TAIL.test(t.text) && !FUNCTION_CHARS.test(t.text) && nameBoundaryAt(tokens[i + 1]));
    // 林定/国及: the segmenter glued a conjunction to the given name's last character.
    if (t.pos === 'x' && t.text.length === 2 && length + tail.length < 3 && NOT_NAME_TAIL.test(t.text[1]!) && !FUNCTION_CHARS.test(t.text[0]!) && !NOT_NAME_TAIL.test(t.text[0]!)) {
      tail += t.text[0];
      break;
    }
    if (!piece || NOT_NAME_TAIL.test(t.text[0]!) || KIN_AFTER.test(t.text + (tokens[i + 1]?.text ?? '')) || (wordShape(t.text) === 'word' && t.text.length > 1)) break;
    tail += t.text;
  }
  return tail;
}

/** Places the lexicon lacks: 荆州, 福田区, 抚州市 — by a place ending, not by the segmenter's noisy ns tag. */
function discoverPlaces(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = doc;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const suffixedShape = t.text.length >= 2 && PLACE_SUFFIX_CODES[t.text.charCodeAt(t.text.length - 1)] === 1 && !t.text.endsWith('地区') && (t.text.length >= 3 || t.text.endsWith('州'));
    const beforeSuffix = next !== undefined && next.start === t.end && next.text.length === 1 && PLACE_SUFFIX_ALONE[next.text.charCodeAt(0)] === 1 && t.text.length >= 2;
    // Cheap shape tests first: the POS lookup is the costly part.
    if ((!suffixedShape && !beforeSuffix) || !CJK.test(t.text) || t.pos !== 'ns' || isGeneric(t.text) || orgSuffixType(t.text, true)) continue;
    // The stem must be a name, not a description (沿海地区, 大城市).
    const stem = t.text.replace(PLACE_SUFFIX_END, '');
    if (suffixedShape && (wordShape(stem) !== 'word' || wordTag(stem) === 'ns')) out.push({ start: t.start, end: t.end, type: 'Location', rule: 'place-suffix' });
    else if (beforeSuffix) out.push({ start: t.start, end: next.end, type: 'Location', rule: 'place-suffix' });
  }
  return out;
}

/** 《X日报》-style titles are media outlets; other titles (books, laws, films) are not entities. */
// 《网络安全法》, 《外商投资法（草案）》: laws are not outlets (《民主与法制时报》 is).
const LAW_TITLE = /法(?:案|典)?(?:[（(].*[)）])?$|条例|规定|办法|决定/;
const MEDIA_KIND_BEFORE = /(?:杂志|报纸|期刊|刊物|周刊|月刊|日报|通讯社|电视台|新闻网站|媒体|官媒)$/;
// 媒体《X》一书: a book, a programme or a column the outlet put out is not the outlet.
const NOT_MEDIA_AFTER = /^(?:一书|一文|书中|节目|专栏|栏目|电影|一片)/;
// 《PC Gamer》杂志, 央视、《X》等官媒: the kind right after the title says so too.
const MEDIA_KIND_AFTER = /^(?:杂志|报纸|期刊|刊物|周刊|月刊|通讯社|电视台|新闻网站|等(?:官媒|媒体|党媒|报刊|报章))/;

function discoverTitles(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const m of doc.norm.matchAll(/《([^《》\n]{2,14})》/g)) {
    const inner = m[1]!;
    // 一家中国杂志《时尚先生》: the kind of publication before the title says it is one.
    const after = m.index! + m[0].length;
    const kind = (MEDIA_KIND_BEFORE.test(doc.norm.slice(Math.max(0, m.index! - 6), m.index!)) && !NOT_MEDIA_AFTER.test(doc.norm.slice(after, after + 3))) || MEDIA_KIND_AFTER.test(doc.norm.slice(after, after + 4));
    if ((MEDIA_TITLE.test(inner) || kind) && !LAW_TITLE.test(inner)) {
      const start = m.index! + 1;
      out.push({ start, end: start + inner.length, type: 'MediaOutlet', rule: 'media-title' });
    }
  }
  return out;
}

/**
 * A Chinese transliteration glossed with its Latin original: 玻尔森（Jack Poulson）is a person,
 * 欧特（Autel Robotics Inc）an organisation. The Latin form becomes an alias when the names are resolved.
 */
function discoverGlossed(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const m of runMatches(doc.norm, GLOSS_OPEN, 0, NAME_THEN_GLOSS, isCjkOrDot, 2, 8)) {
    // The name is what follows the last function word in the run (…的李爱晨（…） → 李爱晨).
    const cut = Math.max(...[...'的是在和与了对向'].map((c) => m[1]!.lastIndexOf(c))) + 1;
    const cjk = m[1]!.slice(cut);
    const latin = m[2]!.trim();
    const start = m.index! + cut;
    if (cjk.length < 2) continue;
    if (orgSuffixType(cjk, true)) continue; // the organisation rules handle it
    if (LATIN_ORG_WORD.test(latin)) {
      if (cjk.length <= 6 && wordShape(cjk) !== 'word') out.push({ start, end: start + cjk.length, type: 'Company', rule: 'org-glossed' });
      continue;
    }
    if (!LATIN_PERSON.test(latin)) continue;
    // The transliteration is what follows a role word (教授唐森 → 唐森), or the whole run when short.
    let nameStart = -1;
    for (let i = cjk.length - 2; i >= 1; i--) {
      if (roleAtEnd(cjk.slice(0, i))) {
        nameStart = i;
        break;
      }
    }
    if (nameStart < 0 && cjk.length <= 4) nameStart = 0;
    const name = nameStart >= 0 ? cjk.slice(nameStart) : '';
    // 助理国务卿辛格(Manisha Singh): after a title, a transliteration glossed by a Latin name is a name even when
    // the segmenter knows it as a word.
    if (name.length >= 2 && !isGeneric(name) && (wordShape(name) !== 'word' || (nameStart > 0 && isTransliteration(name)))) {
      out.push({ start: start + nameStart, end: start + cjk.length, type: 'Person', rule: 'person-glossed' });
    }
  }
  return out;
}

// “抢钱通”应用程序, "钱包"App, “蜻蜓”平台: a quoted name followed by the kind of product it is.
const QUOTED_PRODUCT = /[“"「『]([^“”"「」『』\s，。、]{2,12})[”"」』](?:的)?(?:手机)?(?:应用程序|应用|App|APP|app|平台|软件|网站|小程序|程序|游戏|系统|服务|产品)/g;

function coinage(name: string): boolean {
  const tag = wordTag(name);
  if (tag !== undefined) return tag === 'x' || tag === 'nz';
  return wordShape(name) === 'unknown' || cutPieces(name).some((p) => p.length === 1);
}

// 智库“全球台湾研究中心”, 商业媒体“金号角”, 两家大报“共青团真理报”和“莫斯科共青团报”: a kind of body right
// before a quoted name says what the name is. 组织/团体/机构 only with an organisation ending in the name:
// after them quotes as often hold a slogan or a nickname.
const QUOTED_AFTER_KIND = /(智库|媒体|大报|报纸|杂志|通讯社|电视台|周刊|组织|团体|机构)[“「]([^“”「」\s，。、；：！？]{2,16}|[A-Z][A-Za-z0-9&.' -]{1,30})[”」]/g;
const QUOTED_NEXT = /^[和及与、][“「]([^“”「」\s，。、；：！？]{2,16})[”」]/;
const NOT_A_QUOTED_NAME = /[的了是在与将对也把被从而但却就都一个些]|\d/;

function discoverQuotedNames(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { norm } = doc;
  for (const m of norm.matchAll(QUOTED_AFTER_KIND)) {
    const kind = m[1]!;
    const type: EntityType = /智库|组织|团体|机构/.test(kind) ? 'Organization' : 'MediaOutlet';
    const needsSuffix = /组织|团体|机构/.test(kind);
    let start = m.index! + kind.length + 1;
    let name: string | undefined = m[2]!;
    while (name !== undefined) {
      if (isGeneric(name) || NOT_A_QUOTED_NAME.test(name) || (needsSuffix && !orgSuffixType(name))) break;
      out.push({ start, end: start + name.length, type, rule: 'org-quoted-after-kind' });
      const next = QUOTED_NEXT.exec(norm.slice(start + name.length + 1, start + name.length + 22));
      start = start + name.length + 3;
      name = next?.[1];
    }
  }
  return out;
}

// 推出自己的信用评分系统——芝麻贷: a product named after a dash that follows the kind of product it is.
const DASH_PRODUCT = /(?:系统|平台|产品|服务|应用|软件|程序|App|APP|app)(?:——|—|--)([\u4e00-\u9fffA-Za-z0-9]{2,8})(?=[，,。；;、（(）)]|$)/g;
// 美国FICO, 日本NTT: an upper-case acronym right after a country names an organisation of it…
const COUNTRY_ACRONYM = /(?<![A-Za-z])([A-Z]{2,6})(?![A-Za-z0-9])/g;
// …unless it is a measure, a technology or a kind (中国GDP, 美国CPI, 中国5G).
const NOT_AN_ACRONYM_NAME = new Set(['GDP', 'CPI', 'PPI', 'PMI', 'IPO', 'AI', 'VR', 'AR', 'IT', 'ICT', 'ETF', 'PE', 'VC', 'NGO', 'APP', 'CEO', 'CFO', 'CTO', 'COO', 'VIP', 'DNA', 'RNA', 'PCR', 'IC', 'LED', 'OLED', 'LCD', 'EV', 'SUV', 'GPS', 'PC', 'TV', 'USB', 'SIM', 'QR', 'ID', 'OK', 'VS', 'DJ', 'MV', 'KOL', 'GMV', 'ESG', 'FDI', 'SOE', 'SDR', 'QE', 'QFII', 'RQFII', 'ADR', 'ADS', 'SPAC', 'OTC', 'MBA', 'PhD', 'UFO', 'AIDS', 'SARS', 'MERS', 'COVID', 'WTO']);

/** Hong Kong's, Macau's and Taiwan's districts and areas by the names the news uses (大埔, 将军澳, 苗栗, 氹仔). */
function discoverRegionPlaces(doc: Doc): Candidate[] {
  return findRegionPlaces(doc).map((m) => ({ start: m.start, end: m.end, type: 'Location' as const, rule: 'region-place' }));
}

function discoverCountryAcronyms(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  if (!HAS_UPPER_RUN.test(doc.norm)) return out;
  for (const m of doc.norm.matchAll(COUNTRY_ACRONYM)) {
    const name = m[1]!;
    if (NOT_AN_ACRONYM_NAME.has(name)) continue;
    const before = tokenEndingAt(doc.tokens, m.index!);
    if (!before || before.pos !== 'ns' || !isCountry(before.text)) continue;
    out.push({ start: m.index!, end: m.index! + name.length, type: 'Company', rule: 'org-acronym-after-country' });
  }
  return out;
}

function discoverDashProducts(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const m of doc.norm.matchAll(DASH_PRODUCT)) {
    const name = m[1]!;
    if (isGeneric(name) || FUNCTION_CHARS.test(name)) continue;
    const start = m.index! + m[0].length - name.length;
    out.push({ start, end: start + name.length, type: 'Product', rule: 'product-dash-apposition' });
  }
  return out;
}

function discoverQuotedProducts(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const m of doc.norm.matchAll(QUOTED_PRODUCT)) {
    const name = m[1]!;
    // Ordinary words and phrases in quotes (“仿冒”网站, “品质标准”) are not names; Latin names and coinages
    // (抢钱通: a word plus a character) are.
    if (isGeneric(name) || FUNCTION_CHARS.test(name) || (CJK.test(name) && !coinage(name))) continue;
    const start = m.index! + 1;
    out.push({ start, end: start + name.length, type: 'Product', rule: 'product-quoted' });
  }
  return out;
}

// 腾讯财经报导, 新浪科技援引, 搜狐新闻称: a portal's channel that reports is a media outlet.
const CHANNEL = /^(财经|科技|新闻|体育|娱乐|网|频道|新闻网|财经网)/;
const CHANNEL_FIRST = codeTable('财科新体娱网频');
// (求是网5月30日报道: the date of the report may stand between.)
const REPORTS = /^(?:的|也|还|则|曾|已|亦|近日|\d{1,2}月\d{1,2}日)?(?:报导|报道|援引|引述|称|消息|披露|发文|获悉|调查|统计|报告|文章|评论)/;

function discoverMediaChannels(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, norm } = doc;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (next.start !== t.end || CHANNEL_FIRST[next.text.charCodeAt(0)] !== 1 || !CHANNEL.test(next.text) || !(t.pos === 'nt' || t.pos === 'nz' || t.pos === 'x' || t.pos === 'eng')) continue;
    const channel = CHANNEL.exec(next.text)![1]!;
    const end = next.start + channel.length;
    const cited = CITED_BEFORE.test(norm.slice(Math.max(0, t.start - 2), t.start));
    if ((!cited && !REPORTS.test(norm.slice(end, end + 10))) || t.text.length < 2) continue;
    out.push({ start: t.start, end, type: 'MediaOutlet', rule: 'media-channel' });
  }
  return out;
}

// 研究公司Gartner, 咨询机构IHS Markit, 媒体The Intercept: a Latin name right after what kind of organisation it is.
const LATIN_TITLE = /^(?:CEO|CFO|CTO|COO|CIO|CMO|CPO|VP|SVP|EVP|GM|MD|President|Chairman|Director)(?:\b|$)/;
// A link's text keeps its spaces (科技保安公司 Cure53); makers, sellers and forums name their kind too (零售商GameStop,
// 网络论坛Reddit).
const LATIN_AFTER_KIND = /(公司|企业|集团|银行|机构|基金|媒体|网站|杂志|报纸|研究所|智库|律师事务所|事务所|零售商|开发商|制造商|运营商|供应商|服务商|论坛) ?([A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*){0,3})/g;

// Whitbread Plc, Darsana Master Fund LP: capitalised words ending in a legal form; the bare legal forms are not kept.
// Westwood Holdings Group, Ritterbusch and Associates, Absa Capital: the longest run of legal-form and firm words ends the name.
const LATIN_LEGAL = /(?<![A-Za-z&.'-] ?)((?:[A-Z][A-Za-z0-9&'-]*)(?: (?:[A-Z][A-Za-z0-9&'-]*|&|and)){0,4}?)((?: (?:Plc|PLC|Inc|Corp|Ltd|LLC|SA|AG|NV|GmbH|LP|Co|Group|Holdings|Investors|Associates|Capital|Partners|Advisors|Advisers|Securities|Fund|Games|Studios|Entertainment))+)\.?(?![A-Za-z])/g;
// A Reuters instrument code after a company's name (美国银行BAC.N, VisaV.N, Houlihan Lokey Inc HLI.N) is not part of the name.
const TRAILING_RIC = / ?[A-Z0-9]{1,6}\.(?:N|O|OQ|L|HK|SS|SZ|T|TO|PA|DE|AS|MI|KS|TW|SI|AX|F|S)$/;
const DROPPED_LEGAL = /^ (?:Plc|PLC|Inc|Corp|Ltd|LLC|SA|AG|NV|GmbH)$/;

// Mavic系列, X-Star四轴飞行器, Final Cut Pro软件: a Latin name right before a kind of product names one.
const LATIN_PRODUCT = /(?<![A-Za-z0-9&.'-] ?)([A-Z][A-Za-z0-9-]*(?: [A-Z0-9][A-Za-z0-9-]*){0,3}) ?(?=(?:[一二两三四五六七八九十几多]款)?(?:系列|手机|智能手机|无人机|四轴飞行器|飞行器|软件|应用程序|芯片|处理器|车型|轿车|跑车|电动车|笔记本电脑|平板电脑|电脑|操作系统|浏览器|搜索引擎|游戏机|耳机|手表))/g;
// P20 Pro、Nova 3、荣耀 Play和P20四款手机: the items listed before a product are products too.
const LISTED_PRODUCT = /(?:^|[^A-Za-z0-9&.'-])((?:[\u4e00-\u9fff]{2,4} )?[A-Z][A-Za-z0-9-]*(?: [A-Z0-9][A-Za-z0-9-]*){0,3})$/;
const LIST_MARK = /[、和及与]/;

function discoverLatinProducts(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const m of doc.norm.matchAll(LATIN_PRODUCT)) {
    const name = m[1]!;
    if (name.length < 2 || LATIN_ORG_WORD.test(name)) continue;
    out.push({ start: m.index!, end: m.index! + name.length, type: 'Product', rule: 'product-latin-kind' });
    for (let at = m.index!; at > 0 && LIST_MARK.test(doc.norm[at - 1]!); ) {
      const item = LISTED_PRODUCT.exec(doc.norm.slice(Math.max(0, at - 25), at - 1));
      if (!item || LATIN_ORG_WORD.test(item[1]!)) break;
      const start = at - 1 - item[1]!.length;
      out.push({ start, end: at - 1, type: 'Product', rule: 'product-latin-kind' });
      at = start;
    }
  }
  return out;
}

const HAS_UPPER_RUN = /[A-Z]{3}/;
const COUNT_WORD = /^[两二三四五六七八九十几数多][间家个所]$/;
// Dow Jones及Accuity两间公司: Latin names, listed, then how many companies they are.
const LATIN_ITEM = String.raw`[A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*){0,3}`;
const LATIN_COUNTED = new RegExp(String.raw`(?<![A-Za-z0-9&.'-] ?)(${LATIN_ITEM}(?:(?:、|及|和|与|以及)${LATIN_ITEM})+)(?:这|那)?[两二三四五六七八九十几][间家个](?:公司|企业|银行|机构)`, 'g');
const LATIN_LIST_MARK = /、|以及|及|和|与/;
const ACRONYM_BEFORE_ROLE = /(?<![A-Za-z0-9&.'-] ?)([A-Z]{3,8})(?![A-Za-z])((?:[\u4e00-\u9fff]{0,4}?)(?:策略师|分析师|经济学家|首席经济学家|首席执行官|总裁|董事长|发言人|主管|研究员|首席策略师))(?=[A-Z\u4e00-\u9fff])/g;

function discoverLatinOrganisations(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const m of doc.norm.matchAll(LATIN_LEGAL)) {
    // A gloss in brackets belongs to the name before it (美光科技（Micron Technology Inc）).
    if (/[（(]\s*$/.test(doc.norm.slice(Math.max(0, m.index! - 2), m.index!))) continue;
    const end = m.index! + m[1]!.length + (DROPPED_LEGAL.test(m[2]!) ? 0 : m[2]!.length);
    out.push({ start: m.index!, end, type: 'Company', rule: 'org-latin-legal' });
  }
  // OANDA外汇策略师X, MUFG首席经济学家Y: an upper-case Latin name right before a job title is the employer.
  if (HAS_UPPER_RUN.test(doc.norm)) {
    for (const m of doc.norm.matchAll(ACRONYM_BEFORE_ROLE)) {
      if (!roleAtEnd(m[2]!)) continue;
      out.push({ start: m.index!, end: m.index! + m[1]!.length, type: 'Company', rule: 'org-latin-before-role' });
    }
  }
  for (const m of doc.norm.matchAll(LATIN_COUNTED)) {
    let at = m.index!;
    for (const item of m[1]!.split(LATIN_LIST_MARK)) {
      if (item.length >= 2 && !LATIN_TITLE.test(item)) out.push({ start: at, end: at + item.length, type: 'Company', rule: 'org-latin-counted' });
      at += item.length;
      const mark = LATIN_LIST_MARK.exec(doc.norm.slice(at, at + 2));
      if (mark && mark.index === 0) at += mark[0].length;
    }
  }
  for (const m of doc.norm.matchAll(LATIN_AFTER_KIND)) {
    const kind = m[1]!;
    const start = m.index! + m[0].length - m[2]!.length;
    const name = m[2]!.replace(TRAILING_RIC, '');
    // 华为公司CEO任正非: a title written in Latin after the kind is no name.
    if (name.length < 2 || LATIN_TITLE.test(name)) continue;
    const type: EntityType = /媒体|网站|杂志|报纸/.test(kind) ? 'MediaOutlet' : /研究所|智库/.test(kind) ? 'Organization' : 'Company';
    out.push({ start, end: start + name.length, type, rule: 'org-latin-after-kind' });
  }
  return out;
}
