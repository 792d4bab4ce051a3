import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZhkgError } from '../errors.ts';
import type { Doc, Token } from '../types.ts';
import { tokensWithin } from '../segment/tokens-within.ts';
import { endsToken, tokenStartingAt } from '../segment/token-index.ts';
import { NAME_END_AFTER } from './company-short-name-rules.ts';

/**
 * Listed companies by their securities short name (证券简称: 贵州茅台, 海能达, 京东方A), from data/listed-companies.tsv.
 * Many short names are ordinary words or places (机器人, 农产品, 太阳能, 东方明珠), so a name is only a company where
 * the text gives company evidence (LISTED_NAME_EVIDENCE): its stock code, or a market or deal cue in its sentence —
 * and a name the segmenter reads as one common word (a noun, verb or place of its dictionary) needs its code.
 */
export interface ListedCompany {
  readonly name: string;
  readonly exchange: string;
  readonly code: string;
}

export const LISTED_COMPANIES_PATH = fileURLToPath(new URL('../../data/listed-companies.tsv', import.meta.url));
const HEADER = 'name\texchange\tcode';
const NAME = /^[\u4e00-\u9fff]{2,8}A?$/;

/** Parses the table (header `name<TAB>exchange<TAB>code`); throws E_LEXICON_INVALID with the line on a bad row. */
export function parseListedCompanies(text: string, origin = LISTED_COMPANIES_PATH): ListedCompany[] {
  const lines = text.split('\n');
  if (lines[0]?.replace(/\r$/, '') !== HEADER) throw new ZhkgError('E_LEXICON_INVALID', `parseListedCompanies: ${origin}: the header must be "name<TAB>exchange<TAB>code"`, { file: origin });
  const out: ListedCompany[] = [];
  const seen = new Set<string>();
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, exchange, code, extra] = line.split('\t');
    if (extra !== undefined || !name || !NAME.test(name) || !exchange || !code || !/^\d{6}$/.test(code) || seen.has(name)) {
      throw new ZhkgError('E_LEXICON_INVALID', `parseListedCompanies: ${origin} line ${k + 1}: expected "name<TAB>exchange<TAB>code" with a Chinese name listed once and a six-digit code`, { file: origin });
    }
    seen.add(name);
    out.push({ name, exchange, code });
  }
  return out;
}

let cached: Map<string, ListedCompany> | undefined;

/** The committed table by name, read once per process. */
export function listedCompanies(): ReadonlyMap<string, ListedCompany> {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(LISTED_COMPANIES_PATH, 'utf8');
    } catch (e) {
      throw new ZhkgError('E_LEXICON_INVALID', `listedCompanies: cannot read ${LISTED_COMPANIES_PATH}`, { file: LISTED_COMPANIES_PATH, cause: e });
    }
    cached = new Map(parseListedCompanies(text).map((c) => [c.name, c]));
  }
  return cached;
}

/** Company evidence around a listed name, each with its id and invented examples (tests/unit/recognize). */
export interface ListedNameEvidence {
  readonly id: string;
  readonly description: string;
  /** Strong evidence licenses even a name that is a common word. */
  readonly strong: boolean;
  readonly positive: ReadonlyArray<readonly [string, readonly string[]]>;
  readonly negative: ReadonlyArray<readonly [string, readonly string[]]>;
}

/** Cues in a name's sentence that it is spoken of as a listed company. */
export const LISTED_NAME_CUES: readonly string[] = [
  '持股', '收购', '公告', '股价', '涨停', '跌停', '股东', '子公司', '控股', '股份', '股权', '股票', '市值', '增持', '减持',
  '停牌', '复牌', '重组', '并购', '净利润', '营收', '上市', '定增', '增发', '募资', '募集', '年报', '股改', '披露', '个股', '收盘',
  '开盘', '证券代码', '股本', '董事长', '董事会', '大宗交易', '龙虎榜', '每股收益',
];

export const LISTED_NAME_EVIDENCE: readonly ListedNameEvidence[] = [
  {
    id: 'listed-code',
    description: 'the listed code of the name, anywhere in the article (海能达(002583))',
    strong: true,
    positive: [
      ['机器人（300024）今日发布年报。', ['机器人']],
      ['海能达（002583）今天举行了开放日活动。', ['海能达']],
    ],
    negative: [
      ['机器人（300025）今日亮相展会。', ['机器人']],
      ['机器人编号3000241号今日亮相展会。', ['机器人']],
    ],
  },
  {
    id: 'listed-cue',
    description: 'a market or deal cue in the sentence (收购, 公告, 股价, 涨停, 股东, 子公司, 控股 …)',
    strong: false,
    positive: [
      ['海能达昨日公告，拟出售一家子公司。', ['海能达']],
      ['贵州茅台股价再创新高。', ['贵州茅台']],
      ['海能达拿出了增发方案。', ['海能达']],
    ],
    negative: [
      ['海能达的员工在门口排队吃饭。', ['海能达']],
      ['这台机器人获得了股东们的一致好评。', ['机器人']],
      ['农产品价格持续上涨，收购价也提高了。', ['农产品']],
    ],
  },
];

// Parts of speech of a proper name; a one-token name with another part of speech is a common word of the dictionary.
const PROPER_POS = new Set(['nr', 'nrt', 'nrfg', 'nt', 'nz', 'x', 'j', 'eng']);
const MAX_NAME = 9;

/** A listed name found: its span, row and the evidence that licensed it. */
export interface ListedNameMatch {
  readonly start: number;
  readonly end: number;
  readonly company: ListedCompany;
  readonly evidence: string;
}

/**
 * Listed short names at word boundaries (starting a token, ending one or before a name end: 海能达的, 海能达5%股权),
 * each licensed by evidence; longest name first. `table` defaults to the committed table.
 */
export function listedCompanyNames(doc: Doc, table: ReadonlyMap<string, ListedCompany> = listedCompanies()): ListedNameMatch[] {
  const out: ListedNameMatch[] = [];
  const norm = doc.norm;
  for (const sentence of doc.sentences) {
    const tokens = tokensWithin(doc.tokens, sentence.start, sentence.end);
    let next = 0;
    for (const t of tokens) {
      if (t.start < next) continue;
      for (let len = Math.min(MAX_NAME, sentence.end - t.start); len >= 2; len--) {
        const name = norm.slice(t.start, t.start + len);
        const company = table.get(name);
        if (!company) continue;
        const end = t.start + len;
        if (!endsToken(doc.tokens, end) && !NAME_END_AFTER.test(norm.slice(end))) continue;
        // A cue inside the name itself (腾讯控股) is not evidence for it.
        const around = norm.slice(sentence.start, t.start) + '|' + norm.slice(end, sentence.end);
        const evidence = evidenceFor(doc, company, t.start, end, LISTED_NAME_CUES.some((c) => around.includes(c)));
        if (!evidence) break;
        out.push({ start: t.start, end, company, evidence });
        next = end;
        break;
      }
    }
  }
  return out;
}

/** How each evidence row of LISTED_NAME_EVIDENCE is tested (every row has one: tests/unit/recognize). */
export const LISTED_EVIDENCE_TESTS: Readonly<Record<string, (doc: Doc, company: ListedCompany, cued: boolean) => boolean>> = {
  'listed-code': (doc, company) => new RegExp(`(?<!\\d)${company.code}(?!\\d)`).test(doc.norm),
  'listed-cue': (_doc, _company, cued) => cued,
};

/**
 * The first row of LISTED_NAME_EVIDENCE that licenses a listed name at start..end, or undefined; a name that is a
 * common word of the dictionary takes only strong evidence.
 */
function evidenceFor(doc: Doc, company: ListedCompany, start: number, end: number, cued: boolean): string | undefined {
  const common = commonWord(doc.tokens, start, end);
  for (const row of LISTED_NAME_EVIDENCE) {
    if (common && !row.strong) continue;
    if (LISTED_EVIDENCE_TESTS[row.id]?.(doc, company, cued)) return row.id;
  }
  return undefined;
}

/** True when the name is one token of the segmenter's dictionary that is not a proper name (机器人/n, 珠海港/ns). */
function commonWord(tokens: readonly Token[], start: number, end: number): boolean {
  const t = tokenStartingAt(tokens, start);
  return !!t && t.end === end && !PROPER_POS.has(t.pos);
}

