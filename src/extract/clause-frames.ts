import { roleAtEnd, roleAtStart } from '../recognize/role-words.ts';
import { insideQuotedTitle } from './quoted-title.ts';
import type { Doc, Fact } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { FRAME_TRIGGERS, type FrameTrigger } from './frame-triggers.ts';
import { buildGroups, GLOSS, QUOTES, splitClauses, type Clause, type Group } from './clause-groups.ts';
import { isCountry } from '../recognize/countries.ts';
import { placeModifiesNoun } from './place-modifier.ts';
import { makeFact } from './make-fact.ts';
import { tokenEndingAt, tokenStartingAt } from '../segment/token-index.ts';
import { sentenceAnchors } from './sentence-anchors.ts';

// Adverbs and time words a clause may open with when its subject is carried over from the clause before.
// (计划收购Y, 打算增持Y: an intention before a deal verb opens the clause as an adverb would; the modality marks it.
// The text tested may end at the trigger, so the end of the text stands for the verb.)
const OPENER_WORDS = '(?:(?:计划|打算|有意|准备)(?=收购|并购|入股|增持|注资|投资|持有|控股|$)|并|且|主要|目前|现在|当时|此前|之后|其后|后来|一直|仍然|仍|亦|还|也|又|已|已经|则|随后|同时|此外|另外|再|曾|曾经|正式|依法|先后|分别|共|将|均|都|近日|日前|当天|昨天|今天|今年|去年|周[一二三四五六日]|\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|\\d{1,2}月(?:\\d{1,2}日)?|[（(][^）)]{0,12}[）)])';
const OPENER = new RegExp(`^${OPENER_WORDS}*$`);
const OPENER_PREFIX = new RegExp(`^${OPENER_WORDS}*`);
// A clause that opens with a verb, an adverb or a preposition (是…，旗下…，并对X…) has no subject of its own.
const SUBJECTLESS_POS = /^[vdpc]/;
// A short description before a name (美国影音平台Musical.ly, 中国电讯巨头华为): the name is the filler.
const APPOSITIVE = /^(?:[\u4e00-\u9fff]{0,10}?(?:公司|平台|企业|集团|银行|巨头|开发商|厂商|运营商|媒体|网站|应用|品牌|机构|官员|商|者))?$/;
const INCLUDES = /(?:其中包括|包括|包含|例如|比如|如)$/;
// Between the patient and the trigger, or the agent and the trigger: no other clause-level content.
const MAX_FILL = 16;
// (监督权, 管辖权, 监管者: a noun made of the trigger.)
const NAME_TAIL = /^(?:有限公司|公司|集团|基金|银行|机构|部门|局|委员会|委|办公室|署|处|人员|官员|机关|当局|体系|制度|框架|规则|政策|法|条例|权|者)/;
const ADJUNCT_BEFORE = /(?:在|于|从|到|据)$/;
const OBJECT_BEFORE = /(?:对|向|将|把|给)$/;
const SOURCE_BEFORE = /(?:从|自)$/;
// A relative clause's head noun that is a kind of organisation or product: a description of the subject.
const KIND_HEAD = /^[\u4e00-\u9fff]{0,10}?(?:集团|公司|企业|机构|银行|平台|组织|媒体|产品|应用)$/;
// Which side of a joint body a post is on (中方院长, 美方代表).
const SIDE_MARK = /^(?:中方|外方|美方|港方|台方|英方|日方)/;
const MAX_SUBJECT_GAP = 12;
// Advice or a call that opens the clause after a colon (勿投资, 不要购买, 应该制裁): said to others.
const COLON = /[:：]/;
const ADVICE = /^(?:勿|不要|别|切勿|不应|不该|应该|应当|应|须|必须|务必|要求|呼吁|请)/;
// An outlet's clause that only says it reports (彭博报道提及, 路透社引述消息): its subject is not carried on.
const OUTLET_REPORTS = /^[》”」]?(?:周[一二三四五六日]|[\d月日]{1,6})?(?:的)?(?:报道|报导|引述|援引|披露|消息)(?:称|指|提及|说|显示|表示)?$/;

/** Clause frames over every sentence: a trigger of the table with its agent and patient groups. */
export function frameFacts(doc: Doc, anchors: readonly Anchor[], table: readonly FrameTrigger[] = FRAME_TRIGGERS): Fact[] {
  const facts: Fact[] = [];
  for (const { sentence, inSentence } of sentenceAnchors(doc, anchors)) {
    if (inSentence.length < 2) continue;
    const clauses = splitClauses(doc, sentence);
    const groups = buildGroups(doc, inSentence, clauses);
    const carried: (Group | undefined)[] = [];
    const advice: boolean[] = [];
    for (let c = 0; c < clauses.length; c++) {
      const own = clauseSubject(doc, clauses[c]!, groups, c);
      const lead = leadEnd(clauses[c]!, groups, c);
      // 彭博报道提及，有关出售旗下《南华早报》…: an outlet reporting the story is no agent of what it reports.
      const reporter = own !== undefined && own.members.every((m) => m.type === 'MediaOutlet') && OUTLET_REPORTS.test(doc.norm.slice(own.end, clauses[c]!.end));
      // 委员会：勿投资蚂蚁集团: advice after a speaker's colon is addressed to others; the speaker does not act in it.
      const advised = own === undefined && COLON.test(doc.norm[clauses[c]!.start - 1] ?? '') && ADVICE.test(doc.norm.slice(clauses[c]!.start, lead).trim());
      advice.push(advised);
      carried.push(reporter || advised ? undefined : (own ?? (noSubject(doc, clauses[c]!.start, lead) ? carried[c - 1] : undefined)));
    }
    for (let c = 0; c < clauses.length; c++) {
      for (const hit of findTriggers(doc, clauses[c]!, table, inSentence)) {
        const frame = fillFrame(doc, hit, clauses, c, groups, hit.row.ownSubject || advice[c] ? undefined : carried[c - 1]);
        if (!frame) continue;
        const { row } = hit;
        const agentGroup = row.possessor ? possessorTail(doc, frame.agent, hit.start) : frame.agent;
        const [agents, patients] = [agentGroup, frame.patient].map((g, i) => g.members.filter((m) => fits(doc, row, i === 0 ? 'agent' : 'patient', m)));
        for (const a of agents!) {
          for (const p of patients!) {
            if (a.key === p.key) continue;
            const [s, o] = row.subject === 'agent' ? [a, p] : [p, a];
            const from = Math.min(frame.agent.start, frame.patient.start, hit.start);
            const to = Math.max(frame.agent.end, frame.patient.end, hit.end);
            const conf = frame.carried ? row.confidence * 0.9 : row.confidence;
            facts.push(makeFact(doc, sentence, s, o, row.type, { id: 'frame-' + row.id, confidence: conf }, doc.text.slice(hit.start, hit.end), from, to));
          }
        }
      }
    }
  }
  return facts;
}

/** The group that opens the clause, past adjuncts only (周五, 随后): the clause's own subject. */
function clauseSubject(doc: Doc, clause: Clause, groups: readonly Group[], c: number): Group | undefined {
  const first = groups.find((g) => g.clause === c);
  if (!first) return undefined;
  // 王岐山的部下、…董宏, 孔子学院中方院长卷入…: a name before 的 or before a title without a name only qualifies the
  // clause's subject, which the text does not name.
  const after = doc.norm.slice(first.end, clause.end).replace(GLOSS, '').replace(QUOTES, '');
  if (after.startsWith('的') || roleAtStart(after.replace(SIDE_MARK, '')) !== undefined) return undefined;
  return OPENER.test(doc.norm.slice(clause.start, first.start).trim()) ? first : undefined;
}

/** Where the clause's first group starts (its end when it has none). */
function leadEnd(clause: Clause, groups: readonly Group[], c: number): number {
  return groups.find((g) => g.clause === c)?.start ?? clause.end;
}

/** True when the clause text from `from` to `to` names no subject: adjuncts only, or it opens with a verb. */
function noSubject(doc: Doc, from: number, to: number): boolean {
  const raw = doc.norm.slice(from, to);
  const text = raw.replace(/^[\s「“"『《]+/, '');
  const opener = OPENER_PREFIX.exec(text)![0].length;
  if (opener === text.trimEnd().length) return true;
  const token = tokenStartingAt(doc.tokens, from + raw.length - text.length + opener);
  return token !== undefined && SUBJECTLESS_POS.test(token.pos);
}

interface Hit {
  row: FrameTrigger;
  start: number;
  end: number;
}

/** Trigger words of the table in the clause, longest first at each position, never overlapping within a row. */
/** Each table's triggers by their first character, built once: a clause is scanned once, not once per trigger. */
const TRIGGER_INDEX = new WeakMap<readonly FrameTrigger[], Map<string, { row: number; trigger: string }[]>>();

function triggerIndex(table: readonly FrameTrigger[]): Map<string, { row: number; trigger: string }[]> {
  let index = TRIGGER_INDEX.get(table);
  if (!index) {
    index = new Map();
    table.forEach((row, r) => {
      for (const trigger of row.triggers) {
        const list = index!.get(trigger[0]!) ?? [];
        list.push({ row: r, trigger });
        index!.set(trigger[0]!, list);
      }
    });
    TRIGGER_INDEX.set(table, index);
  }
  return index;
}

function findTriggers(doc: Doc, clause: Clause, table: readonly FrameTrigger[], anchors: readonly Anchor[]): Hit[] {
  const text = doc.norm.slice(clause.start, clause.end);
  const found: { r: number; hit: Hit }[] = [];
  // A trigger inside a name (投资 in 产业投资基金, 监督 in 监督管理总局) is no trigger.
  const inName = (at: number) => anchors.some((a) => at >= a.start && at < a.end);
  const index = triggerIndex(table);
  // Per row, where its next trigger may start: a row's triggers do not overlap one another.
  const next = new Array<number>(table.length).fill(0);
  for (let at = 0; at < text.length; at++) {
    const candidates = index.get(text[at]!);
    if (!candidates) continue;
    // The longest trigger of each row that starts here.
    const best = new Map<number, string>();
    for (const { row, trigger } of candidates) {
      if (at < next[row]! || !text.startsWith(trigger, at)) continue;
      const b = best.get(row);
      if (!b || trigger.length > b.length) best.set(row, trigger);
    }
    for (const [r, trigger] of best) {
      // (Nor is one that opens a name the recogniser missed: 投资有限公司, 监管局.)
      if (inName(clause.start + at) || inName(clause.start + at + trigger.length - 1) || NAME_TAIL.test(text.slice(at + trigger.length))) continue;
      if (insideQuotedTitle(doc, clause.start + at, clause.start, clause.end)) continue;
      // 高级主管艾希顿: a trigger that is also a title, right before a person, is the person's title.
      if (roleAtEnd(trigger) === trigger && anchors.some((a) => a.type === 'Person' && a.start === clause.start + at + trigger.length)) continue;
      found.push({ r, hit: { row: table[r]!, start: clause.start + at, end: clause.start + at + trigger.length } });
      next[r] = at + trigger.length;
    }
  }
  // In table order, then text order, as the rows are tried.
  const hits = found.sort((a, b) => a.r - b.r || a.hit.start - b.hit.start).map((f) => f.hit);
  // 监管约谈 holds 监管: a trigger inside a longer one of another row is part of it.
  return hits.filter((h) => !hits.some((o) => o.end - o.start > h.end - h.start && o.start <= h.start && o.end >= h.end));
}

interface Frame {
  agent: Group;
  patient: Group;
  carried: boolean;
}

/** The constructions tried in order: a passive mark, a preposition before the patient, the patient right after. */
function fillFrame(doc: Doc, hit: Hit, clauses: readonly Clause[], c: number, groups: readonly Group[], carried: Group | undefined): Frame | undefined {
  const { row } = hit;
  const clause = clauses[c]!;
  if (row.clauseAfter && !row.clauseAfter.test(doc.norm.slice(hit.end, clause.end))) return undefined;
  if (row.notBefore && row.notBefore.test(doc.norm.slice(clause.start, hit.start))) return undefined;
  if (row.notAfter && row.notAfter.test(doc.norm.slice(hit.end, clause.end))) return undefined;
  const before = groups.filter((g) => g.clause === c && g.end <= hit.start);
  // 被/由/获 + agent + (short fill) + trigger; the patient is the subject before the mark.
  for (const mark of row.passives) {
    const agent = before[before.length - 1];
    if (!agent || agent.start - mark.length < clause.start || doc.norm.slice(agent.start - mark.length, agent.start) !== mark) continue;
    // 已经, 曾经: 经 is no passive mark there.
    if (mark === '经' && /[已曾历]/.test(doc.norm[agent.start - 2] ?? '')) continue;
    if (!fitting(doc, row, 'agent', agent) || !fill(doc, agent, hit.start, true)) continue;
    // 受到美国制裁的华为公司, 遭政府禁止下载的TikTok: a passive before 的 qualifies the name after it, which is the patient.
    const qualified = relativeHead(doc, hit, groups, c, row);
    if (qualified) return { agent, patient: qualified, carried: false };
    const markStart = agent.start - mark.length;
    const patient = subjectBefore(doc, before, clause, markStart, row, 'patient');
    if (patient) return { agent, patient, carried: false };
    // (包括受司法部管辖的律师: a relative clause qualifies a noun of its own; no subject is carried into it — unless
    // the noun is a kind the subject is (X是…，经市委批准组建的大型国有企业集团).)
    const end = RELATIVE_END.exec(doc.norm.slice(hit.end, hit.end + 5));
    const relative = end !== null && !KIND_HEAD.test(doc.norm.slice(hit.end + end[0].length, clause.end).replace(/[。！？!?\s]+$/, ''));
    if (carried && noSubject(doc, clause.start, markStart) && !relative) return { agent, patient: carried, carried: true };
  }
  // 对/向/将/把 or a pivot verb (要求, 责令) + patient + (short fill) + trigger; the agent is the clause subject.
  for (const prep of row.preps) {
    const patient = before[before.length - 1];
    // (向加拿大提出引渡X: an object that cannot be the patient leaves the trigger to take one after it.)
    if (!patient || !precededBy(doc, patient, prep, clause) || !fitting(doc, row, 'patient', patient) || !fill(doc, patient, hit.start, false)) continue;
    const prepStart = patientStart(doc, patient, prep);
    const agent = subjectBefore(doc, before.filter((g) => g.end <= prepStart), clause, prepStart, row, 'agent');
    if (agent) return { agent, patient, carried: false };
    if (carried && noSubject(doc, clause.start, prepStart)) return { agent: carried, patient, carried: true };
  }
  if (!row.direct) return undefined;
  // Trigger + (了) + patient; in a passive-voice trigger (Y隶属于X) the subject is the patient.
  const next = groupAfter(doc, hit, groups, c, row) ?? (row.includes ? includedGroup(doc, hit, clauses, c, groups) : undefined);
  if (!next) return undefined;
  const subjectRole = row.voice === 'active' ? 'agent' : 'patient';
  // 经营集团旗下X: a possessor noun the text does not name (集团, 该公司) owns it; no subject is carried to it.
  if (row.possessor && UNNAMED_OWNER.test(doc.norm.slice(Math.max(clause.start, before[before.length - 1]?.end ?? clause.start), hit.start))) return undefined;
  const found = subjectBefore(doc, before, clause, hit.start, row, subjectRole, true);
  // (其主要栖息地位于X: with `ownSubject`, only adverbs and time words stand between the subject and the trigger.)
  const subject = found && row.ownSubject && !OPENER.test(doc.norm.slice(found.end, hit.start).trim()) ? undefined : found;
  // 乔布斯…，1976年与沃兹尼亚克等人联合创办苹果公司: the name after 与 acts with the subject carried over.
  const joint = subject && carried && row.voice === 'active' && COMITATIVE_LEAD.test(doc.norm.slice(clause.start, subject.start).trim());
  const own = joint ? { ...subject, members: [...carried.members, ...subject.members] } : subject ?? (carried && noSubject(doc, clause.start, hit.start) ? carried : undefined);
  if (!own) return undefined;
  return row.voice === 'active' ? { agent: own, patient: next, carried: !subject } : { agent: next, patient: own, carried: !subject };
}

// A clause opening with adverbs or time words and 与/和/同/跟 before its first name: that name is a co-agent.
const COMITATIVE_LEAD = new RegExp(`^${OPENER_WORDS}*(?:便|就|即)?(?:与|同|跟|和)$`);
// A kind of organisation standing for one the text does not name (经营集团旗下, 该公司旗下, 母公司旗下).
const UNNAMED_OWNER = /(?:集团|公司|企业|银行|机构|平台|政府|部门)$/;
// (与 is often “with”: 字节跳动与阿里巴巴旗下蚂蚁 names a partner, not a co-owner.)
const PURE_COORDINATOR = /^(?:、|和|及|以及|或)$/;

/**
 * The owners of a possessor phrase (X旗下): the last member of the group and those joined to it by a coordinator
 * only and of its type — 远洋集团主席李明及禹洲集团旗下Y is 禹洲集团's, not 李明's or 远洋集团's.
 */
function possessorTail(doc: Doc, g: Group, triggerStart: number): Group {
  const { members } = g;
  let k = members.length - 1;
  // X、Y及其子公司Z: 其 is the last name's.
  while (k > 0 && !/其$/.test(doc.norm.slice(g.end, triggerStart))) {
    const [a, b] = [members[k - 1]!, members[k]!];
    if (a.type !== b.type || !PURE_COORDINATOR.test(doc.norm.slice(a.end, b.start).replace(GLOSS, '').trim())) break;
    k--;
  }
  return k === 0 ? g : { ...g, members: members.slice(k), start: members[k]!.start };
}

// The segmenter's tags of a name (斯柯达/nr, 捷信/x): a word the recogniser missed, or an unknown one.
const NAME_POS = /^(?:nr|nrt|nrfg|nz|nt|x|eng)$/;
const LIST_MARK = /(?:、|和|及|以及|与)/g;

/** True when the text from `from` to `to` lists a name-tagged word, then a coordinator, before the group. */
function missedNameListed(doc: Doc, from: number, to: number): boolean {
  const text = doc.norm.slice(from, to);
  for (const m of text.matchAll(LIST_MARK)) {
    const before = tokenEndingAt(doc.tokens, from + m.index);
    if (before && before.start >= from && NAME_POS.test(before.pos) && /[\u4e00-\u9fffA-Za-z]/.test(before.text)) return true;
  }
  return false;
}

/** True when the text between the group and the trigger is a short fill: no 的-phrase making the group a modifier. */
function fill(doc: Doc, g: Group, triggerStart: number, agent: boolean): boolean {
  const text = doc.norm.slice(g.end, triggerStart).replace(GLOSS, '').replace(QUOTES, '');
  if (text.length > MAX_FILL) return false;
  // 受到美国的制裁: an agent may own the action; 对华为的调查 likewise; 对华为的子公司进行调查 is about the subsidiary.
  if (text.startsWith('的') || text.startsWith('旗下')) return agent ? text.length <= 1 : text.length <= 3 && !/[进实展提作采]/.test(text);
  return true;
}

function precededBy(doc: Doc, g: Group, prep: string, clause: Clause): boolean {
  const lead = doc.norm.slice(clause.start, g.start);
  for (let cut = 0; cut <= 10 && cut <= lead.length - prep.length; cut++) {
    const desc = lead.slice(lead.length - cut);
    if (lead.endsWith(prep, lead.length - cut) && APPOSITIVE.test(desc)) return true;
  }
  return false;
}

function patientStart(doc: Doc, g: Group, prep: string): number {
  const lead = doc.norm.slice(Math.max(0, g.start - 12), g.start);
  const i = lead.lastIndexOf(prep);
  return g.start - lead.length + i;
}

/**
 * The nearest group before `at` that can fill the slot: not a possessor (X的…) unless the row allows one, not an
 * adjunct place (在北京), within a short gap.
 */
function subjectBefore(doc: Doc, before: readonly Group[], clause: Clause, at: number, row: FrameTrigger, role: 'agent' | 'patient', embedded = false): Group | undefined {
  for (let i = before.length - 1; i >= 0; i--) {
    const g = before[i]!;
    if (g.end > at) continue;
    const gap = doc.norm.slice(g.end, at).replace(GLOSS, '').replace(QUOTES, '').trim();
    if (gap.length > MAX_SUBJECT_GAP) return undefined;
    const possessive = gap.startsWith('的') || gap.startsWith('旗下');
    // 孔子学院中方院长遭FBI调查: an organisation before an unnamed post holder is not the one acted on or acting.
    if (roleAtStart(gap.replace(SIDE_MARK, '')) !== undefined) return undefined;
    const lead = doc.norm.slice(clause.start, g.start);
    // 对伊朗和对朝鲜的制裁: the object of a preposition is no subject (but in 对X收购Y, X is the subject of 收购).
    if (!embedded && OBJECT_BEFORE.test(lead)) return undefined;
    // 以55亿美元从黑石集团收购X: the seller after 从/自 is a source, not the buyer; the buyer may stand before it.
    if (SOURCE_BEFORE.test(lead)) continue;
    // 美国以国安为由在欧洲封杀华为: a place after 在/于 is where the act happens, not who acts.
    if (role === 'agent' && ADJUNCT_BEFORE.test(lead) && g.members.every((m) => m.type === 'Location')) continue;
    if ((possessive && !row.possessor) || !fitting(doc, row, role, g)) {
      // A place (在北京) is passed over when it cannot be the filler; anything else ends the search.
      if (g.members.every((m) => m.type === 'Location') || ADJUNCT_BEFORE.test(lead)) continue;
      return undefined;
    }
    return g;
  }
  return undefined;
}

/** The group right after the trigger (past 了, a short description, a place qualifying it): the direct patient. */
function groupAfter(doc: Doc, hit: Hit, groups: readonly Group[], c: number, row: FrameTrigger): Group | undefined {
  for (const g of groups) {
    if (g.clause !== c || g.start < hit.end) continue;
    // 收购美国影音平台Musical.ly: the place only qualifies the description before the name.
    // (So does a place before a common noun: 封杀美国稀土, 制裁的加拿大猪 — the noun is the patient.)
    if (!fitting(doc, row, 'patient', g) || qualifyingPlace(doc, g)) {
      if (g.members.every((m) => m.type === 'Location')) continue;
      return undefined;
    }
    let gap = doc.norm.slice(hit.end, g.start);
    // (The places passed over are part of the description: 隶属于英国X, 收购美国影音平台X.)
    for (const p of groups) if (p.clause === c && p.start >= hit.end && p.end <= g.start) gap = gap.replace(doc.norm.slice(p.start, p.end), '');
    gap = gap.replace(QUOTES, '').trim().replace(/^(?:了|过|着)/, '').replace(/^(?:一家|一个|一批|其|该|旗下的?)/, '');
    // (X…，旗下的Y, 旗下有Y和Z: after a possessor noun the owner carried from the clause before has, 的 or a verb of
    // having opens what is owned. Not after an owner in the clause, X旗下的Y和Z举行…: the pair rules read X的Y, and
    // 和 there is as often “with”.)
    if (row.possessor && !groups.some((p) => p.clause === c && p.end <= hit.start)) gap = gap.replace(POSSESSED_OPEN, '');
    // (A place is not described: 位于新彊的机构「新疆…」 names an organisation after the description, not a seat.)
    if (!APPOSITIVE.test(gap) || (row.places && gap !== '')) return undefined;
    // 旗下的斯柯达和消费金融企业捷信: a name the recogniser missed comes first in the list; the described one is another's.
    if (missedNameListed(doc, hit.end, g.start)) return undefined;
    return patientUsable(doc, g, row) ? g : undefined;
  }
  return undefined;
}

// What may stand between a possessor noun (旗下, 子公司) and what is owned: 的, or a verb of having.
const POSSESSED_OPEN = /^(?:的|(?:还|也|共|则)?(?:拥有|有|设有|包括)(?:了)?)/;

// A relative clause's end: a verb's short complement (下载) and 的.
const RELATIVE_END = /^(?:了)?[\u4e00-\u9fff]{0,3}?的/;

/** The group a passive relative clause (被X制裁的Y) qualifies: right after its 的, past a short description. */
function relativeHead(doc: Doc, hit: Hit, groups: readonly Group[], c: number, row: FrameTrigger): Group | undefined {
  const end = RELATIVE_END.exec(doc.norm.slice(hit.end, hit.end + 5));
  if (!end) return undefined;
  const from = hit.end + end[0].length;
  let gap = '';
  let at = from;
  for (const g of groups) {
    if (g.clause !== c || g.start < from) continue;
    gap += doc.norm.slice(at, g.start);
    at = g.end;
    // (A place in the description qualifies it: 受到美国制裁的大陆电信设备巨头华为.)
    if (!fitting(doc, row, 'patient', g) || qualifyingPlace(doc, g)) {
      if (g.members.every((m) => m.type === 'Location')) continue;
      return undefined;
    }
    return APPOSITIVE.test(gap.replace(QUOTES, '').trim()) ? g : undefined;
  }
  return undefined;
}

/** A group of places only, the last right before a common noun it qualifies. */
function qualifyingPlace(doc: Doc, g: Group): boolean {
  return g.members.every((m) => m.type === 'Location') && placeModifiesNoun(doc, g.end);
}

/** 起诉江泽民的罪行, 制裁香港的官员: a patient followed by 的 only qualifies the noun after it. */
function patientUsable(doc: Doc, g: Group, row: FrameTrigger): boolean {
  const after = doc.norm.slice(g.end, g.end + 24).replace(GLOSS, '').replace(QUOTES, '');
  if (row.patientAfter && !row.patientAfter.test(after)) return false;
  if (row.patientNotAfter && row.patientNotAfter.test(after)) return false;
  if (row.patientAfter) return true;
  // (调查半岛电视台所提及的问题: X所…的Y is Y, which X did something to.)
  return !/^(?:的|旗下|之|所)/.test(after);
}

/** X旗下单位有523间，包括A、B: the patients listed after 包括, in this clause or at the head of the next. */
function includedGroup(doc: Doc, hit: Hit, clauses: readonly Clause[], c: number, groups: readonly Group[]): Group | undefined {
  const g = groups.find((x) => x.start >= hit.end && x.clause <= c + 1);
  if (!g) return undefined;
  const lead = doc.norm.slice(g.clause === c ? hit.end : clauses[g.clause]!.start, g.start).replace(QUOTES, '');
  if (lead.length > (g.clause === c ? 14 : 6) || !INCLUDES.test(lead)) return undefined;
  // Only a list of names: 阿里巴巴则包括淘宝 names another owner first and is not reached here.
  return g;
}

function fitting(doc: Doc, row: FrameTrigger, role: 'agent' | 'patient', g: Group): boolean {
  return g.members.some((m) => fits(doc, row, role, m));
}

function fits(doc: Doc, row: FrameTrigger, role: 'agent' | 'patient', m: Anchor): boolean {
  const types = role === 'agent' ? row.agent : row.patient;
  if (types.includes(m.type)) return !(m.type === 'Location' && role === 'patient' && !row.places && !isCountry(doc.norm.slice(m.start, m.end)));
  return role === 'agent' && !!row.countryAgent && m.type === 'Location' && isCountry(doc.norm.slice(m.start, m.end));
}
