import type { Doc, Mention, Token } from '../types.ts';
import { tokensWithin } from '../segment/tokens-within.ts';
import { ANNOUNCE_CUES, BETWEEN_WORDS, DESCRIPTIVE_PARTS, HOLDER_TITLES, NAME_END_AFTER, SHORT_NAME_SUFFIXES, STAKE_VERBS } from './company-short-name-rules.ts';
import { isGeneric } from './generic-words.ts';
import { isCountry } from './countries.ts';
import { looksLikeChineseName } from './surnames.ts';
import { sentenceAt } from './sentence-at.ts';
import { listedCompanyNames } from './listed-company-names.ts';
import { endsToken, startsToken } from '../segment/token-index.ts';
import { FUNCTION_WORD_POS, HAN_RUN } from '../segment/pos-classes.ts';

const SUFFIXES = new Set(SHORT_NAME_SUFFIXES);
const VERBS = new Set(STAKE_VERBS);
const HOLDERS = new Set(HOLDER_TITLES);
// 1.1亿增持: the segmenter glues an amount's unit to the verb after it.
const UNIT_GLUED = /^[万亿元]/;
const stakeVerb = (text: string) => VERBS.has(text) || (text.length > 2 && UNIT_GLUED.test(text) && VERBS.has(text.slice(1)));
const ANNOUNCE = new Set(ANNOUNCE_CUES);
const BETWEEN = new Set(BETWEEN_WORDS);
const DESCRIPTIVE = new Set(DESCRIPTIVE_PARTS);
// Parts of speech a short name's first word has: a name, a place, an organisation, an unknown word, an abbreviation.
const PROPER_POS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'nt', 'ns', 'x', 'j']);
// Function words, numbers and pronouns never stand inside a short name.
const STOP_POS = new Set([...FUNCTION_WORD_POS, 'zg', 't']);
const CJK = HAN_RUN;
const FUNCTION_CHARS = /[的了是在与和及对将把被从而但就都以其该这那些给让为前后]/;
const STOCK_PREFIX = /^\*?ST$/;
const CLAUSE_MARK = /[，,；;：:。！？!?\n]/;
const MAX_NAME = 6;

/**
 * Company short names licensed by their clause (see company-short-name-rules.ts): an industry ending in a sentence
 * with a stake verb or an announcement, a proper word after a stake verb or opening a clause before one, and the
 * other mentions of a name so found, and listed companies' short names with company evidence (listed-company-names.ts). `occupied` marks the text other recognisers already took; nothing found
 * overlaps it or another short name.
 */
export function companyShortNames(doc: Doc, occupied: Uint8Array): Mention[] {
  const found: Array<{ start: number; end: number; rule: string }> = [];
  const taken = occupied.slice();
  const take = (start: number, end: number, rule: string, listed = false) => {
    const name = doc.norm.slice(start, end);
    if (!listed && (end - start < 2 || end - start > MAX_NAME || !CJK.test(name) || FUNCTION_CHARS.test(name))) return;
    if (isGeneric(name) || isCountry(name)) return;
    for (let i = start; i < end; i++) if (taken[i]) return;
    taken.fill(1, start, end);
    found.push({ start, end, rule });
  };
  // Listed companies' short names (data/listed-companies.tsv) where the text gives company evidence.
  const listed = new Set<string>();
  for (const m of listedCompanyNames(doc)) {
    listed.add(m.company.name);
    take(m.start, m.end, 'listed-name', true);
  }
  for (const sentence of doc.sentences) {
    const tokens = tokensWithin(doc.tokens, sentence.start, sentence.end);
    const stakeInSentence = tokens.some((t) => stakeVerb(t.text));
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (SUFFIXES.has(t.text)) {
        const start = prefixStart(doc, tokens, k);
        if (start !== undefined && suffixLicensed(doc, tokens, tokens.findIndex((x) => x.start === start), k, stakeInSentence)) take(start, t.end, 'short-suffix');
      }
      if (stakeVerb(t.text)) {
        const end = runAfterVerb(doc, tokens, k + 1);
        if (end) take(end.start, end.end, 'short-after-stake-verb');
      }
      if (k === 0 || CLAUSE_MARK.test(tokens[k - 1]!.text) || STOCK_PREFIX.test(tokens[k - 1]!.text)) {
        const opening = runBeforeVerb(doc, tokens, k);
        if (opening) take(opening.start, opening.end, 'short-before-verb');
      }
    }
  }
  // Other mentions of the names found, at word boundaries.
  for (const name of new Set(found.map((f) => doc.norm.slice(f.start, f.end)))) {
    for (let at = doc.norm.indexOf(name); at >= 0; at = doc.norm.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (startsToken(doc.tokens, at) && (endsToken(doc.tokens, end) || NAME_END_AFTER.test(doc.norm.slice(end)))) take(at, end, 'short-repeat', listed.has(name));
    }
  }
  return found.map((f) => ({
    start: f.start,
    end: f.end,
    text: doc.text.slice(f.start, f.end),
    norm: doc.norm.slice(f.start, f.end),
    type: 'Company' as const,
    source: 'discovery' as const,
    rule: f.rule,
    sentence: sentenceAt(doc.sentences, f.start),
  }));
}

const STAKE_AFTER = /^(?:[\d.]+%|[\d.]+(?:万|亿)?股|(?:的)?(?:股权|股份|股票))/;
const LIST_MARK = /^(?:、|和|与|及|以及|，|,|；|;|：|:|。)$/;

/**
 * Where an industry-ending name is licensed: right after a stake verb (增持X药业) or a shareholder's title (大股东X实业), right before one or an
 * announcement (X控股持有, X股份今日公告), before a stake (X科技1%股权), or opening the clause or a list when the
 * sentence has a stake verb.
 */
function suffixLicensed(doc: Doc, tokens: readonly Token[], j: number, k: number, stakeInSentence: boolean): boolean {
  const before = tokens[j - 1];
  const prior = before && (before.text === '了' || STOCK_PREFIX.test(before.text)) ? tokens[j - 2] : before;
  if (prior && (VERBS.has(prior.text) || HOLDERS.has(prior.text))) return true;
  const t = tokens[k]!;
  if (STAKE_AFTER.test(doc.norm.slice(t.end)) || announcedAfter(tokens, k + 1)) return true;
  let i = k + 1;
  while (i < tokens.length && i - k <= 3 && BETWEEN.has(tokens[i]!.text)) i++;
  if (tokens[i] && VERBS.has(tokens[i]!.text)) return true;
  return stakeInSentence && (!before || LIST_MARK.test(before.text));
}

/** A word that may stand inside a short name: Han characters, no function word, no cue, no holder's title. */
function namePart(t: Token): boolean {
  return CJK.test(t.text) && !STOP_POS.has(t.pos) && !FUNCTION_CHARS.test(t.text) && !VERBS.has(t.text) && !ANNOUNCE.has(t.text) && !BETWEEN.has(t.text) && !HOLDERS.has(t.text);
}

/** Where the short proper part before the ending at tokens[k] starts: 2–4 characters after a boundary, or none. */
function prefixStart(doc: Doc, tokens: readonly Token[], k: number): number | undefined {
  let j = k;
  let chars = 0;
  while (j > 0 && namePart(tokens[j - 1]!) && tokens[j - 1]!.end === tokens[j]!.start && chars + tokens[j - 1]!.text.length <= 4) {
    j--;
    chars += tokens[j]!.text.length;
  }
  if (chars < 2 || j === k) return undefined;
  // The word before must end the phrase: a longer name or description (中国化工新材料) is not a short name.
  const before = tokens[j - 1];
  if (before && before.end === tokens[j]!.start && namePart(before)) return undefined;
  const prefix = doc.norm.slice(tokens[j]!.start, tokens[k]!.start);
  // 电子科技, 能源汽车: two industry words describe an industry.
  // 家族信托, 员工持股: whose vehicle it is, not its name.
  if (SUFFIXES.has(prefix) || DESCRIPTIVE.has(prefix) || isGeneric(prefix) || isCountry(prefix)) return undefined;
  // The first word must be a name-like word or a word the segmenter does not know as a common noun phrase.
  if (!PROPER_POS.has(tokens[j]!.pos) && !(tokens[j]!.pos === 'n' || tokens[j]!.pos === 'f' || tokens[j]!.pos === 's' || tokens[j]!.pos === 'nz')) return undefined;
  return tokens[j]!.start;
}

/** A name-like word at tokens[k], or a single character the segmenter split off one (禾 + 丰堂). */
function properStart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (PROPER_POS.has(t.pos)) return true;
  const next = tokens[k + 1];
  return t.text.length === 1 && !!next && next.start === t.end && PROPER_POS.has(next.pos) && CJK.test(next.text);
}

/** True when an announcement cue follows tokens[k], past time and manner words. */
function announcedAfter(tokens: readonly Token[], k: number): boolean {
  let i = k;
  while (i < tokens.length && i - k < 3 && BETWEEN.has(tokens[i]!.text)) i++;
  return i < tokens.length && ANNOUNCE.has(tokens[i]!.text);
}

/** The proper run right after a stake verb (past 了 and ST), ending where a name ends. */
function runAfterVerb(doc: Doc, tokens: readonly Token[], k: number): { start: number; end: number } | undefined {
  let i = k;
  if (tokens[i]?.text === '了') i++;
  if (tokens[i] && STOCK_PREFIX.test(tokens[i]!.text)) i++;
  const first = tokens[i];
  if (!first || !namePart(first) || !properStart(tokens, i)) return undefined;
  for (let j = i, chars = 0; j < tokens.length && chars + tokens[j]!.text.length <= MAX_NAME; j++) {
    const t = tokens[j]!;
    if (!CJK.test(t.text) || FUNCTION_CHARS.test(t.text) || STOP_POS.has(t.pos)) break;
    chars += t.text.length;
    // A place on its own is a place (收购北京的厂房).
    if (j === i && t.pos === 'ns' && NAME_END_AFTER.test(doc.norm.slice(t.end))) return undefined;
    // (注资周转: one two-character word after the verb is as often a word as a name.)
    if (chars >= 2 && !(j === i && chars === 2 && t.pos !== 'x') && NAME_END_AFTER.test(doc.norm.slice(t.end))) return { start: first.start, end: t.end };
  }
  return undefined;
}

/** A proper run opening the clause at tokens[k], then (time words and) a stake verb or an announcement. */
function runBeforeVerb(doc: Doc, tokens: readonly Token[], k: number): { start: number; end: number } | undefined {
  const first = tokens[k];
  if (!first || !namePart(first) || !properStart(tokens, k)) return undefined;
  let j = k;
  let chars = 0;
  while (j < tokens.length && namePart(tokens[j]!) && chars + tokens[j]!.text.length <= 4) chars += tokens[j++]!.text.length;
  if (chars < 2 || j === k) return undefined;
  const next = tokens[j];
  if (!next || !(VERBS.has(next.text) || announcedAfter(tokens, j) || (BETWEEN.has(next.text) && tokens.slice(j, j + 3).some((t) => VERBS.has(t.text))))) return undefined;
  const name = doc.norm.slice(first.start, tokens[j - 1]!.end);
  // A person opens many clauses (张明华今日公告): a name shaped like a Chinese personal name is left to the person rules.
  if (j - k === 1 && first.pos === 'ns') return undefined;
  if (looksLikeChineseName(name) && !SUFFIXES.has(tokens[j - 1]!.text)) return undefined;
  return { start: first.start, end: tokens[j - 1]!.end };
}
