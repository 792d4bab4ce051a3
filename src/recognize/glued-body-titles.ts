import type { Token } from '../types.ts';
import type { Lexicon, LexiconEntry } from '../lexicon/load-lexicon.ts';
import { isCountry } from './countries.ts';
import { mayBeSurface, mayStartSurface, surfaceFilter, type SurfaceFilter } from '../lexicon/surface-filter.ts';

/**
 * A body's name glued to a title in one word the segmenter cut elsewhere: 立法会议员 (立法/会议员), 商务部长 (one
 * token). The lexicon matcher aligns names to tokens, so the body inside is lost; these rules find it. Each rule is
 * data with an id and its own examples (tests/unit/recognize/glued-body-titles.test.ts runs them through the lexicon).
 */
export interface GluedTitleRule {
  readonly id: string;
  /** The title's part after the body's name, when the rule licenses it (the body's name given). */
  readonly rest: (body: string, after: string) => string | undefined;
  /** Texts where the body is found (the body's surface given)… */
  readonly yes: ReadonlyArray<readonly [string, string]>;
  /** …and texts where no body is found inside the glued word. */
  readonly no: readonly string[];
}

// Titles a member or an officer of a body bears right after its name.
const MEMBER_TITLES = ['副主席', '主席', '议员', '成员', '委员', '秘书长', '发言人'];
// 商务部长, 财政司长, 保安局长: a head's title that shares the body's last character (部 → 部长).
const SHARED_HEAD = /[部局署司厅处]$/;

export const GLUED_TITLE_RULES: readonly GluedTitleRule[] = [
  {
    id: 'body-then-member-title',
    rest: (_body, after) => MEMBER_TITLES.find((t) => after.startsWith(t)),
    yes: [['立法会议员李小明表示反对。', '立法会'], ['行政会议成员表示支持。', '行政会议']],
    no: ['他在立法会议上发言。', '这次立法会议成果丰硕。'],
  },
  {
    id: 'body-sharing-head-title',
    rest: (body, after) => (SHARED_HEAD.test(body) && after.startsWith('长') ? '长' : undefined),
    yes: [['商务部长表示将加征关税。', '商务部']],
    no: ['商务部门加强监管。', '两国外交部长举行会谈。', '日本外交部长访华。', '美国前商务部长罗斯访华。', '日本时任外交部长访华。'],
  },
];

const ORGAN_TYPES = new Set(['GovernmentBody', 'PoliticalParty']);
const TENSE_WORDS: ReadonlySet<string> = new Set(['前', '原', '时任', '现任', '已故']);
const MAX_TOKENS = 3;

const organFilters = new WeakMap<Lexicon, SurfaceFilter>();

/** The prefilter of the lexicon's surfaces of bodies and parties, built once per lexicon. */
function organFilter(lexicon: Lexicon): SurfaceFilter {
  let f = organFilters.get(lexicon);
  if (!f) {
    f = surfaceFilter([...lexicon.bySurface].filter(([, e]) => ORGAN_TYPES.has(e.type)).map(([s]) => s));
    organFilters.set(lexicon, f);
  }
  return f;
}

/**
 * At token `i`: a government body or party of the lexicon whose name ends inside a word (not at a token end), glued
 * to a title a rule licenses that ends at a token end, and not after a country (日本外交部长 is Japan's minister). Returns where the name ends, the index of the token the title
 * ends, and the entry; undefined when none.
 */
export function gluedBodyTitle(tokens: readonly Token[], i: number, norm: string, lexicon: Lexicon): { end: number; j: number; entry: LexiconEntry } | undefined {
  const start = tokens[i]!.start;
  // 两国外交部长, 日本外交部长: after a country or a count of countries the title is that country's, not the body's.
  if (i > 0 && (norm[start - 1] === '国' || isCountry(tokens[i - 1]!.text))) return undefined;
  // 美国前商务部长, 日本时任外交部长: a tense word between the country and the title changes nothing.
  if (i > 1 && TENSE_WORDS.has(tokens[i - 1]!.text) && (norm[tokens[i - 1]!.start - 1] === '国' || isCountry(tokens[i - 2]!.text))) return undefined;
  const filter = organFilter(lexicon);
  if (!mayStartSurface(filter, norm, start)) return undefined; // no body's name starts here
  const tokenEnds = new Set<number>();
  for (let j = i; j < tokens.length && j < i + MAX_TOKENS; j++) {
    if (j > i && tokens[j]!.start !== tokens[j - 1]!.end) break;
    tokenEnds.add(tokens[j]!.end);
  }
  const last = Math.max(...tokenEnds);
  for (let end = last - 1; end >= start + 2; end--) {
    if (tokenEnds.has(end) || !mayBeSurface(filter, norm, start, end)) continue;
    const entry = lexicon.bySurface.get(norm.slice(start, end));
    if (!entry || !ORGAN_TYPES.has(entry.type)) continue;
    for (const rule of GLUED_TITLE_RULES) {
      const rest = rule.rest(norm.slice(start, end), norm.slice(end, last));
      if (rest === undefined || !tokenEnds.has(end + rest.length)) continue;
      let j = i;
      while (tokens[j]!.end < end) j++;
      return { end, j: j - 1 < i ? i : j - 1, entry };
    }
  }
  return undefined;
}
