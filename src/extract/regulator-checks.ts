import type { Doc, EntityType, Fact } from '../types.ts';
import type { Anchor } from './extract-relations.ts';
import { isIntergovernmental } from './intergovernmental-bodies.ts';

/**
 * Who may hold a REGULATES fact, whatever rule drew it (DESIGN: a government or party body regulates an
 * organisation, a product or a person). Each check is a row with an id and its own examples
 * (tests/unit/extract/regulator-checks.test.ts runs them through the whole pipeline):
 *
 * - `described-actor`: a party or a country right before a description of an unnamed actor is only that actor's
 *   qualifier (中共金融监管机构约谈X, 中共党媒批评X, 中共官方点名X, 美国总统X): the party or country does not act.
 *   The words that stand for the state itself keep it (中共当局, 美国政府).
 * - `party-not-state`: a political party regulates only where it rules as the state (the parties of `PARTY_STATES`);
 *   民主党要求X整改 or 共和党指控X are a party's demands and accusations, not regulation.
 * - `personal-measure`: arrests, detentions, summons to appear, sentences and extraditions fall on a person, and only
 *   a government body (police, court, prosecutor) takes them (警方逮捕了X公司创始人张三: 张三, not his company);
 *   charges (起诉, 指控) may also fall on a company, but are brought by a government body only.
 * - `no-place-object`: a place is never what is regulated (DESIGN: org/product/person): 美国制裁中国 draws nothing.
 * - `call-or-topic`: a cue right after a call (敦促制裁X, 呼吁禁止X) is what someone asks others to do, and one right
 *   after 对于 a topic (X对于引渡Y有准备): neither is the subject's act (关于禁止X的命令 is an order on it).
 *   A body's 要求X整改 is an order and stays: the object stands between 要求 and the cue.
 * - `not-over-states-body`: an intergovernmental body (`INTERGOVERNMENTAL_BODIES`: 世卫组织, 联合国, 世贸组织) is
 *   governed by its member states together, so no one state's body, country or party regulates it: 白宫调查世卫组织
 *   is one government's inquiry into it, 中共接管联合国机构 a bid for its posts. Only another such body may.
 */
export interface RegulatorCheck {
  id: string;
  yes: ReadonlyArray<readonly [string, readonly string[]]>;
  no: ReadonlyArray<readonly [string, readonly string[]]>;
}

/** Parties that rule as the state (a one-party state's party acts through it): lexicon ids. */
export const PARTY_STATES: ReadonlySet<string> = new Set(['ccp', 'wpk', 'cpsu']);

// Measures on a person's body and liberty: their object is a person.
const PERSONAL_ONLY = /(?:逮捕|拘捕|拘留|抓捕|判处|判刑|通缉|传唤|遣返|驱逐|引渡|羁押|收押|留置)/;
// Charges: a company may be charged, but only an authority brings them.
const CHARGES = /(?:起诉|指控|提起公诉|公诉)/;
// Words after a party or a country that still name the state itself (中共当局, 美国方面), and heads of state or
// government who act for it (美国总统X宣布制裁Y).
const STATE_STANDIN = /^(?:当局|政府|政权|中央|方面|官方当局)/;
const STATE_HEAD = /^(?:总统|总理|首相|国务卿)/;
// Parts of speech of a noun (the segmenter's tags): a noun after the party or country heads the actor's phrase.
const NOUN_POS = /^(?:n[a-z]*|vn|an|j|s)$/;
// Modifiers that may open a noun phrase before its noun (中共最高检察院: 最高 is an adjective).
const MODIFIER_POS = /^(?:a|b|m|q)$/;
// A call on others to act, or a topic marker, right before the cue.
const CALL_OR_TOPIC = /(?:敦促|呼吁|促请|吁请|建议|主张|提议|游说|对于)$/;

export const REGULATOR_CHECKS: readonly RegulatorCheck[] = [
  {
    id: 'described-actor',
    yes: [
      ['中共当局周五约谈了阿里巴巴。', ['REGULATES 中共→阿里巴巴集团']],
      ['美国制裁了华为。', ['REGULATES 美国→华为']],
      ['美国方面还对腾讯施加了新的制裁。', ['REGULATES 美国→腾讯']],
      ['美国总统拜登宣布制裁华为。', ['REGULATES 美国→华为']],
    ],
    no: [
      ['中共金融监管机构周五约谈了阿里巴巴。', ['REGULATES 中共→阿里巴巴集团']],
      ['中共网络监管机构封杀了腾讯。', ['REGULATES 中共→腾讯']],
      ['中共官方点名阿里巴巴。', ['REGULATES 中共→阿里巴巴集团']],
      ['中共最高检察院对薄熙来立案侦查。', ['REGULATES 中共→薄熙来']],
    ],
  },
  {
    id: 'party-not-state',
    yes: [['中共对阿里巴巴实施监管。', ['REGULATES 中共→阿里巴巴集团']]],
    no: [['美国共和党要求腾讯整改。', ['REGULATES 美国共和党→腾讯']], ['民主党调查了华为。', ['REGULATES 美国民主党→华为']]],
  },
  {
    id: 'personal-measure',
    yes: [
      ['香港警务处逮捕了阿里巴巴创始人张三。', ['REGULATES 香港警务处→张三']],
      ['美国司法部起诉了华为。', ['REGULATES 美国司法部→华为']],
      ['康明凯去年被中共当局拘留。', ['REGULATES 中共→康明凯']],
    ],
    no: [
      ['香港警务处逮捕了阿里巴巴创始人张三。', ['REGULATES 香港警务处→阿里巴巴集团']],
      ['中共随即逮捕了加拿大公民康明凯。', ['REGULATES 中共→康明凯']],
      ['美国司法部起诉了华为首席财务官孟晚舟。', ['REGULATES 美国司法部→华为']],
    ],
  },
  {
    id: 'call-or-topic',
    yes: [['工信部要求腾讯限期整改。', ['REGULATES 工业和信息化部→腾讯']], ['美国商务部颁发了关于禁止微信的命令。', ['REGULATES 美国商务部→微信']]],
    no: [
      ['英国议会香港小组敦促制裁林郑月娥。', ['REGULATES 英国议会→林郑月娥']],
      ['中共当局对于引渡孟晚舟早有准备。', ['REGULATES 中共→孟晚舟']],
    ],
  },
  {
    id: 'not-over-states-body',
    yes: [['美国司法部调查了华为。', ['REGULATES 美国司法部→华为']]],
    no: [
      ['白宫下令调查世卫组织的疫情应对。', ['REGULATES 白宫→世界卫生组织']],
      ['美国国会周三调查了世界卫生组织。', ['REGULATES 美国国会→世界卫生组织']],
      ['美国周三制裁了世界贸易组织。', ['REGULATES 美国→世界贸易组织']],
      ['中共试图接管联合国。', ['REGULATES 中共→联合国']],
    ],
  },
  {
    id: 'no-place-object',
    yes: [['美国制裁了华为。', ['REGULATES 美国→华为']]],
    no: [['美国周三制裁了伊朗。', ['REGULATES 美国→伊朗']], ['美国对朝鲜实施制裁。', ['REGULATES 美国→朝鲜']]],
  },
];

/** True when the fact's trigger is a measure on a person (逮捕, 判处) or a charge (起诉). */
export function isPersonalMeasure(trigger: string): boolean {
  return PERSONAL_ONLY.test(trigger) || CHARGES.test(trigger);
}

/**
 * The REGULATES fact if its actor and object pass the checks above, else undefined; other facts pass unchanged.
 * `lexIdOf` gives an entity key's lexicon id (for `PARTY_STATES`); the key is tried when it gives none.
 */
export function checkRegulator(doc: Doc, anchors: readonly Anchor[], fact: Fact, lexIdOf: (key: string) => string | undefined = (k) => k): Fact | undefined {
  if (fact.type !== 'REGULATES') return fact;
  const inSentence = anchors.filter((a) => a.start >= fact.evidence.start && a.end <= fact.evidence.end);
  const subjectType = typeOf(inSentence, fact.subject);
  const objectType = typeOf(inSentence, fact.object);
  if (objectType === 'Location') return undefined;
  if (isIntergovernmental(lexIdOf(fact.object) ?? fact.object) && !isIntergovernmental(lexIdOf(fact.subject) ?? fact.subject)) return undefined;
  if (subjectType === 'PoliticalParty' && !PARTY_STATES.has(lexIdOf(fact.subject) ?? fact.subject)) return undefined;
  const trigger = fact.evidence.trigger;
  if (isPersonalMeasure(trigger) && subjectType !== 'GovernmentBody' && !actsAsState(doc, inSentence, fact.subject)) return undefined;
  if (PERSONAL_ONLY.test(trigger) && objectType !== undefined && objectType !== 'Person') return undefined;
  if ((subjectType === 'PoliticalParty' || subjectType === 'Location') && describedEverywhere(doc, inSentence, fact)) return undefined;
  if (calledFor(doc, fact)) return undefined;
  return fact;
}

function typeOf(anchors: readonly Anchor[], key: string): EntityType | undefined {
  return anchors.find((a) => a.key === key)?.type;
}

/** True when every part of the trigger found in the sentence stands right after a call or a topic marker. */
function calledFor(doc: Doc, fact: Fact): boolean {
  const parts = fact.evidence.trigger.split('…').filter(Boolean);
  const first = parts[0];
  if (!first) return false;
  const { start, end } = fact.evidence;
  let seen = false;
  for (let at = doc.text.indexOf(first, start); at >= 0 && at < end; at = doc.text.indexOf(first, at + 1)) {
    seen = true;
    if (!CALL_OR_TOPIC.test(doc.norm.slice(Math.max(start, at - 4), at))) return false;
  }
  return seen;
}

/** True when an occurrence of the party or country is followed by a word for the state (中共当局, 美国政府). */
function actsAsState(doc: Doc, anchors: readonly Anchor[], key: string): boolean {
  return anchors.some((a) => a.key === key && !a.coref && STATE_STANDIN.test(doc.norm.slice(a.end, a.end + 4)));
}

/** True when every occurrence of the subject before the trigger heads no action of its own (中共党媒…). */
function describedEverywhere(doc: Doc, anchors: readonly Anchor[], fact: Fact): boolean {
  const parts = fact.evidence.trigger.split('…').filter(Boolean);
  const own = anchors.filter((a) => a.key === fact.subject && !a.coref);
  if (own.length === 0) return false;
  return own.every((a) => {
    const cue = cueAfter(doc, parts, a.end, fact.evidence.end);
    return cue === undefined || described(doc, anchors, a.end, cue);
  });
}

/** Where the first part of the trigger found after `from` starts (the trigger as printed, so in `doc.text`). */
function cueAfter(doc: Doc, parts: readonly string[], from: number, to: number): number | undefined {
  let best: number | undefined;
  for (const p of parts) {
    const i = doc.text.indexOf(p, from);
    if (i >= 0 && i < to && (best === undefined || i < best)) best = i;
  }
  return best;
}

/** True when the text between a party or country and the cue opens (past 的) with a noun or a name of its own. */
function described(doc: Doc, anchors: readonly Anchor[], from: number, cue: number): boolean {
  let at = from;
  if (doc.norm[at] === '的') at++;
  if (at >= cue) return false;
  const rest = doc.norm.slice(at, cue);
  if (STATE_STANDIN.test(rest) || STATE_HEAD.test(rest)) return false;
  // 美国特朗普政府: a leader's name before 政府 names the administration.
  const name = anchors.find((a) => a.start === at);
  if (name) return !(name.type === 'Person' && STATE_STANDIN.test(doc.norm.slice(name.end, cue)));
  let i = doc.tokens.findIndex((t) => t.start >= at);
  if (i < 0 || doc.tokens[i]!.start !== at) return false;
  while (i < doc.tokens.length && doc.tokens[i]!.start < cue && MODIFIER_POS.test(doc.tokens[i]!.pos)) i++;
  const token = doc.tokens[i];
  return token !== undefined && token.start < cue && NOUN_POS.test(token.pos);
}
