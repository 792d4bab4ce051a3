import type { Doc, EntityType, Mention, Token } from '../types.ts';
import { orgSuffixType } from './org-suffixes.ts';
import { looksLikeChineseName } from './surnames.ts';
import { isGeneric } from './generic-words.ts';
import { roleAtEnd } from './role-words.ts';
import { sentenceAt } from './sentence-at.ts';

interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  rule: string;
}

const CJK = /^[\u4e00-\u9fff]+$/;
const PROPER_POS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'eng', 'j']);
// Parts of speech that may stand inside an organisation name, left of its suffix.
const NAME_PART_POS = new Set([...PROPER_POS, 'n', 'nz', 'vn', 'an', 'b', 'x', 'f', 's']);
const STOP_PARTS = new Set(['的', '和', '与', '及', '或', '等', '在', '是', '为', '对', '向', '了', '该', '这', '那', '其', '各', '本', '一家', '这家', '那家', '多家', '两家', '各家', '一些', '一个', '旗下', '国有', '私营', '民营', '外资', '大型', '中小', '主要', '其他', '其它', '相关', '有关', '全国', '全国性', '当地', '地方', '新', '前', '原']);
// After a place name alone, only these endings make a specific organisation (上海市政府, 北京大学), not a description (美国公司).
const PLACE_ONLY_SUFFIXES = new Set(['大学', '学院', '日报', '晚报', '时报', '早报', '电视台', '政府', '人民政府', '法院', '检察院', '公安局', '公安厅', '警方', '银行', '交易所', '委员会', '议会', '研究院', '研究所', '商会', '协会', '证券交易所']);
const MEDIA_TITLE = /^(.{2,12}(?:报|日报|时报|周刊|杂志|新闻|邮报|晚报|早报|商报))$/;
const SPEECH_AFTER = /^(?:表示|说|称|指出|认为|透露|强调|坦言|回应|介绍|告诉|写道|解释|补充)/;

/** Entities that the lexicon does not know, found from POS tags, organisation suffixes, roles and titles. */
export function discoverEntities(doc: Doc): Mention[] {
  const candidates = [...discoverOrganisations(doc), ...discoverPeople(doc), ...discoverPlaces(doc), ...discoverTitles(doc)];
  return candidates.map((c) => ({
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

function contiguous(a: Token, b: Token): boolean {
  return a.end === b.start;
}

function discoverOrganisations(doc: Doc): Candidate[] {
  const { tokens, norm } = doc;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const asWhole = orgSuffixType(t.text, true);
    if (t.pos === 'nt' && t.text.length >= 3 && !isGeneric(t.text)) {
      out.push({ start: t.start, end: t.end, type: asWhole?.type ?? 'Organization', rule: 'org-pos-nt' });
      continue;
    }
    // The suffix is this token, or ends it (科技公司 → 公司).
    const suffixInfo = orgSuffixType('#' + t.text);
    if (!suffixInfo) continue;
    let j = k;
    let proper = 0;
    let placeOnly = true;
    let generic = 0;
    while (j - 1 >= 0 && k - (j - 1) <= 4) {
      const p = tokens[j - 1]!;
      if (!contiguous(p, tokens[j]!) || !NAME_PART_POS.has(p.pos) || STOP_PARTS.has(p.text)) break;
      if (p.pos === 'x' && !CJK.test(p.text)) break;
      j--;
      if (PROPER_POS.has(p.pos) || (p.pos === 'x' && p.text.length >= 2)) {
        proper++;
        if (p.pos !== 'ns') placeOnly = false;
      } else generic++;
    }
    // The suffix token itself may carry the name (华为公司 as one token).
    const headLen = t.text.length - suffixInfo.suffix.length;
    if (headLen >= 2) {
      proper++;
      placeOnly = false;
    }
    if (proper === 0) continue;
    if (placeOnly && !(PLACE_ONLY_SUFFIXES.has(suffixInfo.suffix) && generic <= 1)) continue;
    const start = tokens[j]!.start;
    const name = norm.slice(start, t.end);
    if (name.length < 3 || name.length > 16 || isGeneric(name)) continue;
    out.push({ start, end: t.end, type: suffixInfo.type, rule: 'org-suffix' });
  }
  return out;
}

function discoverPeople(doc: Doc): Candidate[] {
  const { tokens, norm } = doc;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'nr' || t.pos === 'nrfg' || t.pos === 'nrt') && looksLikeChineseName(t.text) && !isGeneric(t.text)) {
      out.push({ start: t.start, end: t.end, type: 'Person', rule: 'person-pos-nr' });
      continue;
    }
    // An unknown word before a speech verb, shaped like a name.
    const next = tokens[k + 1];
    if (t.pos === 'x' && looksLikeChineseName(t.text) && next && SPEECH_AFTER.test(norm.slice(next.start, next.start + 4))) {
      out.push({ start: t.start, end: t.end, type: 'Person', rule: 'person-speech' });
      continue;
    }
    // A name right after a role word: 记者林燕, 发言人华春莹 — even when the segmenter split it into characters.
    const before = norm.slice(Math.max(0, t.start - 6), t.start);
    if (roleAtEnd(before)) {
      const name = nameAt(norm, t.start, tokens, k);
      if (name) out.push({ start: t.start, end: t.start + name.length, type: 'Person', rule: 'person-after-role' });
    }
  }
  // Latin-script people in photo credits: (Hector Retamal/AFP via Getty Images).
  for (const m of norm.matchAll(/[(（]([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*\//g)) {
    const start = m.index! + 1;
    out.push({ start, end: start + m[1]!.length, type: 'Person', rule: 'person-photo-credit' });
  }
  return out;
}

/** The longest name-shaped string of 2–3 characters at `start` that ends on a token boundary. */
function nameAt(norm: string, start: number, tokens: readonly Token[], k: number): string | undefined {
  const ends = new Set<number>();
  for (let i = k; i < tokens.length && tokens[i]!.start - start < 4; i++) ends.add(tokens[i]!.end);
  for (const len of [3, 2]) {
    const cand = norm.slice(start, start + len);
    if (ends.has(start + len) && looksLikeChineseName(cand) && !isGeneric(cand)) return cand;
  }
  return undefined;
}

function discoverPlaces(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const t of doc.tokens) {
    if (t.pos === 'ns' && t.text.length >= 2 && CJK.test(t.text) && !isGeneric(t.text) && !orgSuffixType(t.text, true)) {
      out.push({ start: t.start, end: t.end, type: 'Location', rule: 'place-pos-ns' });
    }
  }
  return out;
}

/** 《X日报》-style titles are media outlets; other titles (books, laws, films) are not entities. */
function discoverTitles(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const m of doc.norm.matchAll(/《([^《》\n]{2,14})》/g)) {
    const inner = m[1]!;
    if (MEDIA_TITLE.test(inner) && !inner.includes('法')) {
      const start = m.index! + 1;
      out.push({ start, end: start + inner.length, type: 'MediaOutlet', rule: 'media-title' });
    }
  }
  return out;
}
