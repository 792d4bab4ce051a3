import type { Doc, Fact } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { makeFact } from './make-fact.ts';
import { sentenceAt } from '../recognize/sentence-at.ts';
import { roleAtEnd } from '../recognize/role-words.ts';
import { execCue, triggerText, type CueMatch } from './cue-span.ts';
import { citeRow, DATELINE } from './cite-row.ts';
import { STOCK_CODE } from './stock-code.ts';

const C = '[^，,。；;！？]';
// 据X报导, 根据X的消息, 引述X: the source stands right after the cue.
// 根据研究公司Gartner的数据: a short description of the source may stand between the cue and its name.
const CUE_BEFORE = /(?<cue>据|根据|引述|援引|引用|转引|转载|转自|引自)(?:了)?(?:[\u4e00-\u9fff]{0,6}?(?:公司|机构|媒体|网站|杂志|报纸|智库|研究所|通讯社|电视台|报|网))?$/;
// 告诉《华尔街日报》, 接受路透访问, 对CNBC表示: speaking to an outlet makes it the source of the story.
// 接受陆媒X专访: a short description of the outlet may stand between the cue and its name.
const TOLD_MEDIA = /(?<cue>告诉|接受|对|向)(?:[\u4e00-\u9fff]{0,4}?(?:媒体|媒|杂志|报纸|电视台|网站))?$/;
// X报导称, 《X》周三引述…, X披露: a media outlet as the reporting subject.
const MEDIA_AFTER = new RegExp(`^(?:${C}{0,14}?)(?<cue>报导|报道|引述|援引|称|说|披露|透露|表示|指出|发表|刊登|刊载|起底|的消息|消息显示|社论|报告|爆料|曝光|发文|撰文|获悉|调查发现|证实|了解到|取得|看到|查阅|独家)`);
// 据X称 with a person or organisation as the source.
// 据高盛，… : a source named alone between 据 and a comma is what the clause reports.
// 据X调查, 据X调研数据, 据X资料: what the source found is a source too.
const SOURCE_AFTER = new RegExp(`^(?:[，,]|(?:${C}{0,10}?)(?:称|说|透露|表示|指出|报导|报道|消息|披露|介绍|的说法|的数据|数据|的统计|的报告|报告|的研究|的调查|调查|调研|资料|公告|估计|统计|观测|预测|预报|测算))`);
// Only these cues take a bare comma after the source (根据X，… is as often a rule or plan as a source).
const BARE_SOURCE_CUE = /^据$/;

const COMMA_START = /^[，,]/;
// 从X获悉: X itself (at X, X's press conference), not someone of X's (从X亲属处获悉, 从X的律师处获悉).
const LEARNED_FROM_BEFORE = /从$/;
const LEARNED_AFTER = /^(?:处|方面|那里|官方|官网)?(?:举行的?|召开的?|行)?(?:新闻发布会|发布会|记者会|通气会)?(?:上|中)?(?:独家|最新|首次|近日|日前)?(?<cue>获悉|了解到|得知)/;
const SPOKE_AFTER_MEDIA = /^[》”"」]?(?:[^，。；;！？]{0,14}?(?:表示|说|称|透露|指出|证实|承认|采访|专访|访问|访谈|介绍|坦言|强调)|[，,：:])/;
const BODY_AFTER_PARTY = /^[\u4e00-\u9fff]{1,10}?(?:部|委|委员会|局|院|署|办|办公室|厅|中央)/;
// 中共中央政府虽然宣布…, 华为官员称: the name only qualifies the noun after it, which is the speaker.
const NAME_QUALIFIES = /^(?:政府|当局|官员|官方|人士|方面|员工|高管|内部)/;
// (复星国际(0656.HK)周五宣布: so is a stock code.)
const GLOSS_START = new RegExp(`^[（(](?:[A-Za-z][A-Za-z0-9&.,' -]{0,48}|\\s*${STOCK_CODE}\\s*)[)）]`);
const MEDIA_LIST = /^[》”"」]?\s*[、和及与]\s*[《“"「]?\s*$/;
// Hoisted: a regular expression literal is a new object at every evaluation, and these run per anchor.
const APPOSITION_END = /[\u4e00-\u9fff]{0,16}(?:公司|企业|集团|机构|银行|平台|巨头|运营商|交易所)$/;
// 在推特上宣布, 让白宫宣布, 而不是国务院宣布: the organisation is not the one that speaks.
const PREPOSITION_END = /(?:[在于从对向据经让使令跟和与同]|不是|而非|并非)$/;
const OPENING_MARK_END = /[《“"「]$/;
const CLOSING_MARK_START = /^[》”"」]/;

const STATEMENT_ORG = new Set(['Company', 'GovernmentBody', 'Organization']);
// A time word at most between the organisation and its statement verb: 周五宣布, 在声明中称, 发表声明说.
// 美国劳工部周四公布, ADP全国就业报告显示: a body's published figures are a source too; so is what its website
// says of someone (清华大学官网介绍，王小云生于山东).
const STATEMENT_AFTER = new RegExp(`^(?:${C}{0,8}?)(?<cue>宣布|(?:发表|发布)(?:了)?(?:一份|一项)?(?:声明|宣告)|声明称|在声明中|在一份声明中|在${C}{0,10}?(?:报告|声明|宣告|公告|文件|简报|月报)中(?:称|说|表示|指出|写道|预计)|公告称|发布公告|发表公告|发布消息|发布报告|公布|报告显示|数据显示|资料显示|调查显示|统计显示|(?:官网|网站|官方微信|官方微博|微博|公众号)(?:上)?(?:发布的?|发表的?)?(?:新闻稿|公告|声明|通报|消息|文章|资料)?(?:称|显示|说|指出|介绍)|(?:发布|发出)通报)`);

// An organisation's own words, right after its name or a time word: 工商银行周五称, JR西日本表示.
// 加拿大司法部其后证实, 外交部敦促: a body's demand is its statement too.
// 台湾行政院22日晚间证实, 陆委会23日也发出声明表示: a date, a time of day and an adverb may all stand before the verb.
const ORG_SAYS = new RegExp(`^(?:周[一二三四五六日]|日前|近日|今天|昨天|当天|当日|当晚|同日|\\d{1,2}月\\d{1,2}日|\\d{1,2}日|(?:早上|上午|中午|下午|晚上|晚间|凌晨|深夜)|也|则|还|曾|此前|早前|随后|其后|稍后|事后|后来|亦|随即|再次|再度|同样){0,3}(?<cue>表示|称|说|证实|指出|透露|警告说|警告|承认|敦促|呼吁|重申|回应称|发出声明(?:表示|称|说|指出)?)`);

// 澳新银行资深中国经济学家王蕊: a title of a few words between the employer and the speaker, no clause or 的 in it.
const TITLE_BETWEEN = /^[\u4e00-\u9fffA-Za-z]{1,12}$/;
const SPEAKER_EMPLOYERS: ReadonlySet<string> = new Set(['Company', 'GovernmentBody', 'Organization']);
const SPOKESPERSON = /^(?:新闻|女|男)?发言人/;

/** An organisation's statement or its own words right after its name: 周五宣布, 在声明中称, 称. */
function ownStatement(after: string, offset: number): CueMatch | null {
  return execCue(STATEMENT_AFTER, after, offset) ?? execCue(ORG_SAYS, after, offset);
}

/** True when the text starts with a title (创始人马云, 总裁柯普朗), after an optional 的. */
function titleFirst(after: string): boolean {
  const text = after.startsWith('的') ? after.slice(1) : after;
  // A spokesperson speaks for the organisation (IMF发言人赖斯在一份声明中称).
  if (SPOKESPERSON.test(text)) return false;
  for (let end = 2; end <= Math.min(8, text.length); end++) if (roleAtEnd(text.slice(0, end))) return true;
  return false;
}

/** True when nothing but a time or place adjunct stands between the clause start and the position. */
function clauseStart(doc: Doc, sentenceStart: number, at: number): boolean {
  // A dateline opening the story (路透华盛顿9月6日 - , 【大纪元9月6日讯】) is no part of the clause.
  const before = doc.norm.slice(sentenceStart, at).replace(DATELINE, '');
  const clause = before
    .slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1)
    // An apposition naming what the organisation is (中国最大的网约车服务公司滴滴出行) keeps it the subject.
    .replace(APPOSITION_END, '');
  // The organisation is the subject: at most a short time adjunct before it, and no preposition (在推特上宣布).
  return clause.length <= 6 && !PREPOSITION_END.test(clause);
}

/**
 * The article's own outlet CITES the outlets (and named sources) it reports from: 据华尔街日报报导,
 * 《华尔街日报》引述…, 路透社援引…. Only when the outlet is known and is not the one cited. On a repost the outlet
 * whose text it is (the original) cites; the host (`hostKey`) is then neither cited nor another outlet's report.
 */
export function citationFacts(doc: Doc, anchors: readonly Anchor[], outletKey: string | undefined, hostKey?: string): Fact[] {
  if (!outletKey) return [];
  const facts: Fact[] = [];
  let previous: { anchor: Anchor; fact?: Fact } | undefined;
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    if (a.key === outletKey || a.key === hostKey) continue;
    // 该公司表示: a pronoun for an organisation speaks for it, but only its own words make it a source.
    if (a.coref) {
      if (STATEMENT_ORG.has(a.type)) {
        const s = doc.sentences[sentenceAt(doc.sentences, a.start)];
        const m = s && clauseStart(doc, s.start, a.start) ? ownStatement(doc.norm.slice(a.end, Math.min(s.end, a.end + 20)), a.end) : null;
        if (s && m) facts.push(makeFact(doc, s, { key: outletKey }, a, 'CITES', { id: 'cites-statement', confidence: 0.55 }, triggerText(doc, [m]), a.start, a.end));
      }
      continue;
    }
    const s = doc.sentences[sentenceAt(doc.sentences, a.start)];
    if (!s) continue;
    // 路透社报导，路孚特的数据显示…; 苹果新闻网引述恒大员工的爆料: another outlet reports this source; the article
    // cites that outlet (cites-media-reports), and the outlet its source (cites-reported-speaker), not the host.
    if (reportedByOtherOutlet(doc, anchors, i, s.start, outletKey, hostKey)) {
      previous = { anchor: a };
      continue;
    }
    // 据华尔街日报和纽约时报报导, 接受福克斯新闻、CBS采访: an outlet listed after a cited one is cited too.
    const listedAfter = previous?.fact && a.type === 'MediaOutlet' && previous.anchor.type === 'MediaOutlet' && MEDIA_LIST.test(doc.norm.slice(previous.anchor.end, a.start));
    previous = { anchor: a };
    if (listedAfter) {
      const fact = makeFact(doc, s, { key: outletKey }, a, 'CITES', { id: facts.at(-1)!.evidence.rule + '+coordination', confidence: 0.75 }, facts.at(-1)!.evidence.trigger, a.start, a.end);
      facts.push(fact);
      previous.fact = fact;
      continue;
    }
    const beforeFrom = Math.max(s.start, a.start - 14);
    const before = doc.norm.slice(beforeFrom, a.start).replace(OPENING_MARK_END, '');
    // A Latin gloss after the name (威尔逊中心（The Wilson Center）日前发布报告) is part of the name.
    const raw = doc.norm.slice(a.end, Math.min(s.end, a.end + 70));
    const stripped = raw.replace(CLOSING_MARK_START, '').replace(GLOSS_START, '');
    const afterFrom = a.end + raw.length - stripped.length;
    const after = stripped.slice(0, 20);
    const isMedia = a.type === 'MediaOutlet';
    let cue: CueMatch | null = null;
    let rule = '';
    // 根据中共农业农村部的数据: the party names a body the text goes on to name; the body, not the party, is the source.
    const partyOfBody = a.type === 'PoliticalParty' && BODY_AFTER_PARTY.test(after);
    const according = execCue(CUE_BEFORE, before, beforeFrom);
    const sourceAfter = according ? SOURCE_AFTER.exec(after) : null;
    const sourced = sourceAfter !== null && (!COMMA_START.test(sourceAfter[0]) || BARE_SOURCE_CUE.test(according!.match[0]));
    // 向《人民日报》投稿 is no interview: speaking to an outlet needs a speech or interview word after it.
    const told = isMedia && SPOKE_AFTER_MEDIA.test(after) ? execCue(TOLD_MEDIA, before, beforeFrom) : null;
    // 记者从交通运输部举行的新闻发布会获悉, 从公安机关获悉: where the reporter learned it is a source.
    const learned = LEARNED_FROM_BEFORE.test(before) ? execCue(LEARNED_AFTER, after, afterFrom) : null;
    if (according && (isMedia || sourced) && !partyOfBody) {
      cue = according;
      rule = isMedia ? 'cites-according-to-media' : 'cites-according-to-source';
    } else if (learned) {
      cue = learned;
      rule = 'cites-learned-from';
    } else if (told) {
      cue = told;
      rule = 'cites-told-media';
    } else if (isMedia) {
      // 环球时报总编胡锡进发表…: the titled person after the outlet speaks, not the outlet.
      cue = titleFirst(after) ? null : execCue(MEDIA_AFTER, after, afterFrom);
      if (cue) rule = 'cites-media-reports';
    }
    // 复星国际周五宣布…, 工商银行称: an organisation's own announcement is a source the story reports from.
    // 阿里巴巴集团创始人马云宣布, 达拉斯联储总裁X称: a title after the name makes the person the speaker.
    if (!cue && STATEMENT_ORG.has(a.type) && clauseStart(doc, s.start, a.start) && !NAME_QUALIFIES.test(after) && !titleFirst(after)) {
      // 贝克休斯称, 统计局证实: the guidelines' "X表示 (as a source)" for organisations. (People: CITE_RULES.)
      // 让白宫而不是国务院宣布: the statement verb belongs to the last organisation before it.
      const next = anchors.slice(i + 1).find((n) => n.start >= afterFrom && STATEMENT_ORG.has(n.type));
      cue = ownStatement(next ? after.slice(0, Math.max(0, next.start - afterFrom)) : after, afterFrom);
      if (cue) rule = 'cites-statement';
    }
    let confidence = isMedia ? 0.8 : 0.6;
    if (!cue) {
      const row = citeRow(doc, anchors, i, s);
      if (row) ({ cue, rule, confidence } = row);
    }
    if (!cue || a.type === 'Location') continue;
    facts.push(makeFact(doc, s, { key: outletKey }, a, 'CITES', { id: rule, confidence }, triggerText(doc, [cue]), a.start, a.end));
    previous.fact = facts.at(-1);
  }
  return facts;
}

/**
 * True when an outlet other than the host, earlier in the sentence, reports what stands at `anchors[i]`: its name is
 * followed by a reporting cue (报导, 引述, 称 …) that ends before the anchor.
 */
function reportedByOtherOutlet(doc: Doc, anchors: readonly Anchor[], i: number, sentenceStart: number, outletKey: string, hostKey?: string): boolean {
  const a = anchors[i]!;
  for (let k = i - 1; k >= 0 && anchors[k]!.start >= sentenceStart; k--) {
    const m = anchors[k]!;
    if (m.type !== 'MediaOutlet' || m.key === outletKey || m.key === hostKey || m.key === a.key) continue;
    const after = doc.norm.slice(m.end, a.start).replace(CLOSING_MARK_START, '');
    const cue = MEDIA_AFTER.exec(after.slice(0, 20));
    if (cue && cue.index + cue[0].length <= after.length) return true;
  }
  return false;
}

// 接受X(专栏作家…)采访, 对X表示, 告诉X, 与X的记者交流: the person speaks to the outlet.
// 接受陆媒X专访: 媒 alone ends a short description too.
const SPOKE_TO = /(?<cue>接受|对|向|告诉|与|和|同)(?:一家)?(?:[\u4e00-\u9fff]{0,4}?(?:杂志|报纸|媒体|媒|电视台|网站))?$/;
const SPOKE_AFTER = new RegExp(`^(?:[》”"」]?\\s*[、和及与]\\s*[《“"「]?[^，,。；;！？]{1,20}?)?(?:${C}{0,14}?)(?<cue>采访|专访|访问|访谈|表示|说|透露|指出|交流|谈话|对话|承认|证实|坦言|强调|称)`);
// X告诉《纽约时报》，… : what the person told the outlet follows the comma.
const TOLD_THEN_CLAUSE = /^[》”"」]?[，,：:]/;
// 美国国务院对《华邮》说: an organisation speaks to the outlet when it stands right before the cue.
const ORG_SPEAKERS = new Set(['GovernmentBody', 'Company', 'Organization']);
const ORG_SPEAKER_GAP = /^(?:周[一二三四五六日]|日前|近日|今天|昨天|发言人)?$/;

/**
 * 鲁比奥在接受华盛顿邮报采访时表示, 许峰对财新表示: the outlet CITES the person who spoke to it — the
 * nearest person (or a pronoun for one) before it in the sentence, with no other outlet between.
 */
export function interviewFacts(doc: Doc, anchors: readonly Anchor[]): Fact[] {
  const facts: Fact[] = [];
  for (let i = 0; i < anchors.length; i++) {
    const m = anchors[i]!;
    if (m.type !== 'MediaOutlet' || m.coref) continue;
    const s = doc.sentences[sentenceAt(doc.sentences, m.start)];
    if (!s) continue;
    // 接受福克斯新闻、CBS等美媒采访: outlets listed after the cue share it.
    let first = i;
    while (first > 0 && anchors[first - 1]!.type === 'MediaOutlet' && MEDIA_LIST.test(doc.norm.slice(anchors[first - 1]!.end, anchors[first]!.start))) first--;
    const before = doc.norm.slice(Math.max(s.start, anchors[first]!.start - 10), anchors[first]!.start).replace(OPENING_MARK_END, '');
    const after = doc.norm.slice(m.end, Math.min(s.end, m.end + 20)).replace(CLOSING_MARK_START, '');
    const beforeFrom = Math.max(s.start, anchors[first]!.start - 10);
    const spoke = execCue(SPOKE_TO, before, beforeFrom);
    const cue = spoke?.match;
    const afterFrom = doc.norm[m.end] !== undefined && CLOSING_MARK_START.test(doc.norm[m.end]!) ? m.end + 1 : m.end;
    const saidCue = execCue(SPOKE_AFTER, after, afterFrom) ?? (cue?.[0].startsWith('告诉') ? execCue(TOLD_THEN_CLAUSE, doc.norm.slice(m.end, m.end + 2), m.end) : null);
    const said = saidCue?.match;
    if (!cue || !said) continue;
    // 与X…交流 and 和X…对话 are talks with the outlet's people; 与X合作 is not speaking to it.
    if (TALK_WITH.test(cue[0]) && !CONVERSATION_END.test(said[0])) continue;
    let person: Anchor | undefined;
    for (let k = first - 1; k >= 0 && anchors[k]!.start >= s.start; k--) {
      const p = anchors[k]!;
      if (p.type === 'MediaOutlet') break;
      if (p.type === 'Person') {
        // 高智晟妻子耿和女士在接受X采访时: a relative or agent named after the person is the speaker.
        if (!PROXY_BETWEEN.test(doc.norm.slice(p.end, anchors[first]!.start))) person = p;
        break;
      }
      const gap = doc.norm.slice(p.end, anchors[first]!.start).replace(OPENING_MARK_END, '');
      if (k === first - 1 && ORG_SPEAKERS.has(p.type) && gap.endsWith(cue[0]) && ORG_SPEAKER_GAP.test(gap.slice(0, gap.length - cue[0].length))) {
        person = p;
        break;
      }
    }
    if (!person) continue;
    facts.push(makeFact(doc, s, m, person, 'CITES', { id: 'cites-interview', confidence: 0.7 }, triggerText(doc, [spoke, saidCue]), person.start, m.end + said[0].length));
  }
  return facts;
}

const TALK_WITH = /^[与和同]/;
const PROXY_BETWEEN = /妻子|丈夫|太太|夫人|儿子|女儿|母亲|父亲|家属|家人|弟弟|哥哥|姐姐|妹妹|律师|代理人|发言人/;
const CONVERSATION_END = /(?:交流|谈话|对话|采访|专访)$/;
const CLAUSE_MARK = /[，,；;]/;

// 彭博社报导，X表示 / 据路透报道，X称: the outlet's report is of what the next clause's subject said.
const REPORT_CLAUSE = /^(?:[》”"」])?(?:周[一二三四五六日]|\d{1,2}月\d{1,2}日|日前|近日|今天|昨天)?(?<cue>报导|报道|报导称|报道称|引述消息|消息)(?:说|指出)?[，,]$/;
const SPEAKER_TYPES = new Set(['Person', 'Company', 'GovernmentBody', 'Organization']);
const SAID_AFTER = new RegExp(`^(?:[（(][^)）]{0,40}[)）])?(?:${C}{0,8}?)(?<cue>表示|称|说|认为|指出|透露|宣布|强调|证实|承认|否认|报告认为|报告称|报告指出|在声明中|发表声明)`);

const REPORT_THEN_FROM = /^(?:[》”"」])?(?:周[一二三四五六日]|\d{1,2}月\d{1,2}日|日前|近日|今天|昨天)?(?:报导|报道|消息)[，,](?:记者)?(?:今日|今天|日前|近日|昨日|昨天)?从$/;
// 据X，… / 根据X，…: the outlet named alone after the cue, then a comma.
const ACCORDING_TO = /(?<cue>据|根据)$/;
const ACCORDING_GAP = /^[》”"」]?[，,]/;

/** 彭博社报导，渣打银行报告认为…: the outlet CITES the speaker its report quotes. */
export function reportedSpeakerFacts(doc: Doc, anchors: readonly Anchor[]): Fact[] {
  const facts: Fact[] = [];
  for (let i = 0; i + 1 < anchors.length; i++) {
    const m = anchors[i]!;
    if (m.type !== 'MediaOutlet' || m.coref) continue;
    const s = doc.sentences[sentenceAt(doc.sentences, m.start)];
    const gap = doc.norm.slice(m.end, anchors[i + 1]!.start);
    // 根据财新网，8月26日，在南京举办的大会上，X表示: the outlet alone after 据, its report the clauses that follow.
    // 据财联社消息，今日从交通运输部举行的发布会获悉: the outlet's report learned it from the body.
    const next = anchors[i + 1]!;
    const relayed = s && REPORT_THEN_FROM.test(gap) ? execCue(LEARNED_AFTER, doc.norm.slice(next.end, Math.min(s.end, next.end + 24)).replace(CLOSING_MARK_START, ''), next.end) : null;
    if (s && relayed && next.key !== m.key && SPEAKER_TYPES.has(next.type)) {
      facts.push(makeFact(doc, s, m, next, 'CITES', { id: 'cites-learned-from', confidence: 0.6 }, triggerText(doc, [relayed]), m.start, next.end));
      continue;
    }
    const according = s !== undefined && ACCORDING_TO.test(doc.norm.slice(Math.max(s.start, m.start - 3), m.start).replace(OPENING_MARK_END, ''));
    const reportGap = according ? ACCORDING_GAP.exec(gap) : null;
    if (!s || (!REPORT_CLAUSE.test(gap) && !reportGap)) continue;
    // The speaker is the first name the speech verb follows (美国财政部长姆努钦表示: 姆努钦), in the same clause.
    let speaker: Anchor | undefined;
    let said: CueMatch | null = null;
    // (After 据X, clauses of time and place, 在南京举办的大会上, may come before the speaker's.)
    let adjuncts = reportGap !== null;
    for (let k = i + 1; k <= i + (reportGap ? 5 : 3) && k < anchors.length && anchors[k]!.start < s.end; k++) {
      const c = anchors[k]!;
      const crossed = CLAUSE_MARK.test(doc.norm.slice(anchors[k - 1]!.end, c.start));
      if (k > i + 1 && crossed && !(adjuncts && anchors.slice(i + 1, k).every((x) => x.type === 'Location'))) break;
      if (c.type !== 'Location') adjuncts = false;
      const next = anchors[k + 1];
      said = execCue(SAID_AFTER, doc.norm.slice(c.end, Math.min(s.end, c.end + 60, next ? next.start : Infinity)), c.end);
      if (said) {
        speaker = c;
        break;
      }
    }
    if (!speaker || !said || !SPEAKER_TYPES.has(speaker.type) || speaker.key === m.key) continue;
    if (NAME_QUALIFIES.test(doc.norm.slice(speaker.end, speaker.end + 4))) continue;
    const reportCue = execCue(REPORT_CLAUSE, gap, m.end) ?? execCue(ACCORDING_TO, doc.norm.slice(Math.max(s.start, m.start - 3), m.start).replace(OPENING_MARK_END, ''), Math.max(s.start, m.start - 3));
    facts.push(makeFact(doc, s, m, speaker, 'CITES', { id: 'cites-reported-speaker', confidence: 0.65 }, triggerText(doc, [reportCue, said]), m.start, speaker.end));
    // 路透报道，澳新银行首席经济学家王蕊发表报告称: the report quotes the bank through its titled economist (the
    // evidence ends at the bank, so the fact is not moved to the person as a titled object).
    const k = anchors.indexOf(speaker);
    const employer = k - 1 > i ? anchors[k - 1]! : undefined;
    const title = employer ? doc.norm.slice(employer.end, speaker.start) : '';
    if (speaker.type === 'Person' && employer && SPEAKER_EMPLOYERS.has(employer.type) && !employer.coref && employer.key !== m.key && TITLE_BETWEEN.test(title) && roleAtEnd(title) !== undefined) {
      facts.push(makeFact(doc, s, m, employer, 'CITES', { id: 'cites-reported-speaker-employer', confidence: 0.6 }, triggerText(doc, [reportCue, said]), m.start, employer.end));
    }
  }
  return facts;
}
