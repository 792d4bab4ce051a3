import type { Doc, EntityType, Mention } from '../types.ts';
import { tokenIndex } from '../segment/token-index.ts';
import { roleAtStart } from './role-words.ts';

/**
 * A unit of a named body: a bank's branch, a regulator's local office, a ministry's bureau, a university's institute,
 * a station's channel (中国人民银行长沙市中心支行, 某监管委员会岳阳监管分局, 公安部交通管理局, 北京大学光电所,
 * 湖北电视台经视频道). A university's teaching school (经济学院) is not read as a unit: a professor there works for the
 * university (see role-table.ts). The body's name, then (optionally a place and) a few plain words, then a unit word of the
 * body's kind name one more body of the same type; the parent stays as a nested mention, any place inside too.
 * Unit words by the parent's type, as a table with its own examples.
 */
export interface BodyUnitRow {
  readonly id: string;
  readonly parents: ReadonlyArray<EntityType>;
  /** Unit words, longest first within the row. */
  readonly units: readonly string[];
  /** A one-character unit word needs words before it (光电所, not 所 alone). */
  readonly needsMiddle: boolean;
}

export const BODY_UNIT_ROWS: readonly BodyUnitRow[] = [
  { id: 'bank-branch', parents: ['GovernmentBody', 'Company'], units: ['中心支行', '营业管理部', '支行', '分行'], needsMiddle: false },
  { id: 'local-office', parents: ['GovernmentBody'], units: ['监管分局', '监管局', '分局', '管理局', '办公室', '气象台'], needsMiddle: true },
  { id: 'bureau', parents: ['GovernmentBody'], units: ['局'], needsMiddle: true },
  { id: 'institute', parents: ['Organization', 'GovernmentBody'], units: ['研究院', '研究所', '研究中心', '实验室'], needsMiddle: true },
  { id: 'institute-short', parents: ['Organization'], units: ['所'], needsMiddle: true },
  { id: 'channel', parents: ['MediaOutlet'], units: ['频道'], needsMiddle: true },
];

export const BODY_UNIT_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['中国人民银行长沙市中心支行日前发布提示。', '中国人民银行长沙市中心支行'],
    ['公安部交通管理局提醒司机注意安全。', '公安部交通管理局'],
    ['北京大学光电所所长接受采访。', '北京大学光电所'],
    ['据浙江电视台教育科技频道报道，此事已有进展。', '浙江电视台教育科技频道'],
    ['复旦大学高分子研究所发布成果。', '复旦大学高分子研究所'],
  ],
  negative: [
    // A verb between the body and a unit word: the body did something to some office, which is no unit of it.
    ['公安部要求各地公安局加强管理。', '公安部要求各地公安局'],
    // A unit word that only opens a title (所长, 局长) or a longer word (局面) is no unit.
    ['清华大学所长会议召开。', '清华大学所'],
    ['外交部局面紧张。', '外交部局'],
    // 所 and 局 alone are also words (所持有, 局面): a one-character unit word needs a title or punctuation after it.
    ['该报为英国驻华使馆官方所持有。', '英国驻华使馆官方所'],
    ['北京大学官方所发布的消息。', '北京大学官方所'],
    // A function word in the middle ends the name.
    ['北京大学的研究所发布报告。', '北京大学的研究所'],
  ],
};

// Words that may stand between a body and its unit: nouns, places, names, unknown words, abbreviations.
const MIDDLE_POS = new Set(['n', 'ns', 'nz', 'nt', 'nr', 'x', 'j', 'vn', 'eng', 'nrt', 'nrfg']);
const MAX_MIDDLE = 10;
// A unit word followed by these is the start of a title or a longer word, not the end of a name.
const NOT_AFTER_UNIT = /^(?:长|面|势|部|员)/;
// What may follow a one-character unit word (所, 局) besides a title: the end of the phrase.
const ONE_CHAR_UNIT_AFTER = /^(?:[^\u4e00-\u9fff]|$|[的和与及、])/;

/** The parent of each unit replaced by the unit, the parent and any place inside kept as nested mentions. */
export function bodyUnits(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const { norm, tokens } = doc;
  const { startingAt, endingAt } = tokenIndex(tokens);
  const out: Mention[] = [...mentions];
  const starts = new Map<number, Mention>();
  for (const m of mentions) if (!m.nested) starts.set(m.start, m);
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.nested || m.source === 'hint') continue;
    let best: { end: number } | undefined;
    for (const row of BODY_UNIT_ROWS) {
      if (!row.parents.includes(m.type)) continue;
      // Walk whole tokens after the parent; at each token end, try the unit words.
      let at = m.end;
      for (let steps = 0; at - m.end <= MAX_MIDDLE && steps < 6; steps++) {
        for (const unit of row.units) {
          if (!norm.startsWith(unit, at)) continue;
          const end = at + unit.length;
          if ((row.needsMiddle && at === m.end) || !endingAt[end] || NOT_AFTER_UNIT.test(norm.slice(end, end + 1))) continue;
          if (unit.length === 1 && !(ONE_CHAR_UNIT_AFTER.test(norm.slice(end, end + 1)) || roleAtStart(norm.slice(end, end + 8)))) continue;
          if (!best || end > best.end) best = { end };
          break;
        }
        if (best) break;
        const k = startingAt[at];
        if (!k) break;
        const t = tokens[k - 1]!;
        const other = starts.get(at);
        if (other && other.type !== 'Location') break;
        // 科技频道 as one token: a unit word of two characters or more closing a longer token.
        const glued = row.units.find((u) => u.length >= 2 && t.text.length > u.length && t.text.endsWith(u));
        if (glued && !NOT_AFTER_UNIT.test(norm.slice(t.end, t.end + 1))) {
          best = { end: t.end };
          break;
        }
        if (!MIDDLE_POS.has(t.pos) || !/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(t.text)) break;
        at = t.end;
      }
      if (best) break;
    }
    if (!best) continue;
    const end = best.end;
    // Every mention inside the unit's span after the parent must be a place (nested) or nothing.
    const within = mentions.filter((o) => o !== m && !o.nested && o.start >= m.end && o.start < end);
    if (within.some((o) => o.type !== 'Location' || o.end > end)) continue;
    for (const o of within) out[out.indexOf(o)] = { ...o, nested: true };
    out[out.indexOf(m)] = { ...m, nested: true };
    added.push({ start: m.start, end, text: doc.text.slice(m.start, end), norm: norm.slice(m.start, end), type: m.type, source: 'discovery', rule: 'body-unit', sentence: m.sentence });
  }
  return [...out, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
