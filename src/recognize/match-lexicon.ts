import type { Doc, Mention } from '../types.ts';
import type { Lexicon, LexiconEntry } from '../lexicon/load-lexicon.ts';
import { sentenceAt } from './sentence-at.ts';
import { isCountry } from './countries.ts';
import { gluedBodyTitle } from './glued-body-titles.ts';

const MAX_TOKENS = 8;
const GLUE_FIRST = new Set(['它', '与', '和', '对', '在', '及', '是', '被', '把', '将', '向', '从', '给', '跟', '同', '由', '让', '驻']);
const MAX_CHARS = 32;
const HAS_LATIN = /[A-Za-z]/;
// By UTF-16 code, so the test on every token allocates no one-character string.
const FUSION_LAST = new Uint8Array(0x10000);
for (const c of '区内局府方地市省境') FUSION_LAST[c.charCodeAt(0)] = 1;
const PLACE_FUSION = /^([\u4e00-\u9fff]{2,8}?)(?:地区|境内|当局|政府|官方|方面|各地|全境|市|省)$/;

/**
 * Gazetteer matches over token boundaries: longest first, earliest start on ties, never overlapping.
 * A span of 1..MAX_TOKENS tokens matches when its normalised text (lower-cased if Latin) is a name or
 * alias in the lexicon; aligning to tokens keeps 中国 out of 中国人 and 美国 out of 美国之音.
 */
export function matchLexicon(doc: Doc, lexicon: Lexicon): Mention[] {
  const { tokens, norm, text } = doc;
  const index = prefixIndex(lexicon);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: { end: number; j: number; entry: LexiconEntry } | undefined;
    const start = tokens[i]!.start;
    // Most tokens start no name at all: their first character settles it. Spans of Chinese text are followed
    // through a character trie of the surface forms, so no string is sliced or hashed for them (a fresh segmenter
    // token costs a hash on its first lookup); a span with Latin letters is looked up as text, lower-cased too.
    const first = tokens[i]!.text;
    const latinFirst = isLatin(first);
    let node = latinFirst || !startsSurface(index, first.charCodeAt(0)) ? NO_NODE : walk(index, ROOT, norm, start, tokens[i]!.end);
    // A Latin span in ASCII follows the trie twice, as written and lower-cased (then a trie node stands for a prefix
    // and for the entry ending there); past a non-ASCII character it is looked up as text, as toLowerCase is not
    // one code for one code there.
    let ascii = latinFirst && isAscii(norm, start, tokens[i]!.end);
    let latinNode = ascii ? walk(index, ROOT, norm, start, tokens[i]!.end) : NO_NODE;
    let latinLower = ascii ? walkLower(index, ROOT, norm, start, tokens[i]!.end) : NO_NODE;
    const startsName = latinFirst
      ? ascii
        ? latinNode !== NO_NODE || latinLower !== NO_NODE
        : index.prefixes.has(first) || index.prefixes.has(first.toLowerCase())
      : node !== NO_NODE;
    for (let j = i; startsName && j < tokens.length && j < i + MAX_TOKENS; j++) {
      const end = tokens[j]!.end;
      if (end - start > MAX_CHARS) break;
      // Tokens must be contiguous, except for the single space between Latin words.
      if (j > i && tokens[j]!.start !== tokens[j - 1]!.end && !(tokens[j]!.start === tokens[j - 1]!.end + 1 && norm[tokens[j - 1]!.end] === ' ')) break;
      const latin = latinFirst || (j > i && HAS_LATIN.test(tokens[j]!.text));
      let entry: LexiconEntry | undefined;
      if (latinFirst) {
        if (ascii && j > i) {
          const from = tokens[j - 1]!.end;
          if (!isAscii(norm, from, end)) ascii = false;
          else {
            if (latinNode !== NO_NODE) latinNode = walk(index, latinNode, norm, from, end);
            if (latinLower !== NO_NODE) latinLower = walkLower(index, latinLower, norm, from, end);
          }
        }
        if (ascii) {
          // Stop as soon as the span is no prefix of any name (the first token was checked above).
          if (j > i && latinNode === NO_NODE && latinLower === NO_NODE) break;
          entry = (latinNode !== NO_NODE ? index.entries[latinNode] : undefined) ?? (latinLower !== NO_NODE ? index.entries[latinLower] : undefined);
        } else {
          const surface = j === i ? first : norm.slice(start, end);
          if (j > i && !index.prefixes.has(surface) && !index.prefixes.has(surface.toLowerCase())) break;
          entry = lexicon.bySurface.get(surface) ?? lexicon.bySurface.get(surface.toLowerCase());
        }
      } else {
        if (j > i && node !== NO_NODE) node = walk(index, node, norm, tokens[j - 1]!.end, end);
        // The span as written is a prefix of a name while the walk goes on; else only its lower-cased form may be.
        const lower = node === NO_NODE || latin ? (latin ? norm.slice(start, end).toLowerCase() : undefined) : undefined;
        if (node === NO_NODE && (lower === undefined || !index.prefixes.has(lower))) break;
        entry = (node !== NO_NODE ? index.entries[node] : undefined) ?? (lower !== undefined ? lexicon.bySurface.get(lower) : undefined);
      }
      if (entry && end - start >= 2) best = { end, j, entry };
    }
    // A place fused with a word the segmenter glued to it: 新疆地区, 美国政府, 中国境内.
    if (!best && tokens[i]!.text.length >= 3 && FUSION_LAST[tokens[i]!.text.charCodeAt(tokens[i]!.text.length - 1)] === 1) {
      const tok = tokens[i]!;
      const fused = PLACE_FUSION.exec(tok.text);
      const entry = fused ? lexicon.bySurface.get(fused[1]!) : undefined;
      if (entry && entry.type === 'Location' && fused![1]!.length >= 2) best = { end: tok.start + fused![1]!.length, j: i, entry };
    }
    // A body glued to a title in a word cut elsewhere: 立法/会议员, 商务部长.
    if (!best && !latinFirst && startsSurface(index, first.charCodeAt(0))) best = gluedBodyTitle(tokens, i, norm, lexicon);
    if (!best && tokens[i]!.text.length >= 4 && startsSurface(index, first.charCodeAt(0))) {
      const inner = compoundMatch(tokens[i]!.text, lexicon);
      if (inner) {
        const base = tokens[i]!.start;
        for (const part of inner) mentions.push(mentionOf(doc, base + part.start, base + part.end, lexicon.byId.get(part.id)!.id, lexicon));
        i++;
        continue;
      }
    }
    // 其它华为: the segmenter's guesser glued a function character to a known name (它华为).
    if (!best && first.length >= 3 && GLUE_FIRST.has(first[0]!)) {
      const entry = lexicon.bySurface.get(first.slice(1));
      if (entry && first.length - 1 >= 2) {
        mentions.push(mentionOf(doc, start + 1, tokens[i]!.end, entry.id, lexicon));
        i++;
        continue;
      }
    }
    if (best) {
      const entry = best.entry;
      mentions.push({
        start,
        end: best.end,
        text: text.slice(start, best.end),
        norm: norm.slice(start, best.end),
        type: entry.type,
        lexId: entry.id,
        source: 'lexicon',
        sentence: sentenceAt(doc.sentences, start),
      });
      i = best.j + 1;
    } else {
      i++;
    }
  }
  return mentions;
}

function isLatin(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

interface PrefixIndex {
  /** Every prefix of every surface form (Latin ones lower-cased too, as they are keys of their own). */
  prefixes: Set<string>;
  /** The first characters of the surface forms, as a bit set by UTF-16 code (8 KB: stays in the CPU cache). */
  firstChars: Uint32Array;
  /**
   * The trie of the surface forms in compact arrays, so that a walk touches few cache lines (the segmenter evicts
   * most of them between documents): node n's children are codes childCode[childStart[n] .. childStart[n + 1]),
   * sorted, leading to nodes childNode[…].
   */
  childStart: Int32Array;
  childCode: Uint16Array;
  childNode: Int32Array;
  /** The entry whose surface form ends at a node. */
  entries: Array<LexiconEntry | undefined>;
}
const prefixCache = new WeakMap<Lexicon, PrefixIndex>();
const ROOT = 0;
const NO_NODE = -1;

function startsSurface(index: PrefixIndex, code: number): boolean {
  return (index.firstChars[code >>> 5]! & (1 << (code & 31))) !== 0;
}

/** The child of `node` over the character `code`, or NO_NODE (children are sorted by code). */
function child(index: PrefixIndex, node: number, code: number): number {
  const { childStart, childCode, childNode } = index;
  let lo = childStart[node]!;
  let hi = childStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = childCode[mid]!;
    if (c < code) lo = mid + 1;
    else if (c > code) hi = mid - 1;
    else return childNode[mid]!;
  }
  return NO_NODE;
}

/** The trie node reached from `node` over `norm[from, to)`, or NO_NODE when no surface form goes on that way. */
function walk(index: PrefixIndex, node: number, norm: string, from: number, to: number): number {
  for (let k = from; k < to && node !== NO_NODE; k++) node = child(index, node, norm.charCodeAt(k));
  return node;
}

/** `walk` over the codes of `norm[from, to)` with A–Z lower-cased: the caller checked that they are ASCII. */
function walkLower(index: PrefixIndex, node: number, norm: string, from: number, to: number): number {
  for (let k = from; k < to && node !== NO_NODE; k++) {
    const code = norm.charCodeAt(k);
    node = child(index, node, code >= 65 && code <= 90 ? code + 32 : code);
  }
  return node;
}

function isAscii(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) >= 0x80) return false;
  return true;
}

/** The prefixes, first characters and trie of every surface form; once per lexicon. */
function prefixIndex(lexicon: Lexicon): PrefixIndex {
  let index = prefixCache.get(lexicon);
  if (!index) {
    const prefixes = new Set<string>();
    const firstChars = new Uint32Array(0x10000 >>> 5);
    const children: Array<Map<number, number>> = [new Map()];
    const entries: Array<LexiconEntry | undefined> = [undefined];
    for (const [surface, entry] of lexicon.bySurface) {
      const first = surface.charCodeAt(0);
      firstChars[first >>> 5] |= 1 << (first & 31);
      for (let i = 1; i <= surface.length; i++) prefixes.add(surface.slice(0, i));
      let node = ROOT;
      for (let k = 0; k < surface.length; k++) {
        const code = surface.charCodeAt(k);
        let child = children[node]!.get(code);
        if (child === undefined) {
          child = entries.length;
          entries.push(undefined);
          children.push(new Map());
          children[node]!.set(code, child);
        }
        node = child;
      }
      entries[node] = entry;
    }
    const childStart = new Int32Array(children.length + 1);
    let total = 0;
    children.forEach((map, n) => {
      childStart[n] = total;
      total += map.size;
    });
    childStart[children.length] = total;
    const childCode = new Uint16Array(total);
    const childNode = new Int32Array(total);
    children.forEach((map, n) => {
      let at = childStart[n]!;
      for (const [code, child] of [...map].sort((x, y) => x[0] - y[0])) {
        childCode[at] = code;
        childNode[at++] = child;
      }
    });
    index = { prefixes, firstChars, childStart, childCode, childNode, entries };
    prefixCache.set(lexicon, index);
  }
  return index;
}

const CJK_ONLY = /^[\u4e00-\u9fff]+$/;
const COMPOUND_ENDING = /^(?:公司|集团|有限公司|股份有限公司|控股)?$/;

/**
 * Known names inside one segmenter token (jieba's dictionary has compounds such as 美国高通公司): a place,
 * then a known organisation, then an optional corporate ending.
 */
function compoundMatch(text: string, lexicon: Lexicon): Array<{ start: number; end: number; id: string }> | undefined {
  if (text.length < 4 || text.length > 16 || !CJK_ONLY.test(text)) return undefined;
  for (let p = 2; p <= 4 && p < text.length - 1; p++) {
    const place = lexicon.bySurface.get(text.slice(0, p));
    if (place?.type !== 'Location') continue;
    // 辽宁沈阳, 广东深圳: a province and a city the segmenter kept as one word.
    const city = lexicon.bySurface.get(text.slice(p));
    if (city?.type === 'Location' && text.length - p >= 2 && !isCountry(text.slice(p)) && !isCountry(text.slice(0, p))) {
      return [
        { start: 0, end: p, id: place.id },
        { start: p, end: text.length, id: city.id },
      ];
    }
    for (let q = text.length; q >= p + 2; q--) {
      const org = lexicon.bySurface.get(text.slice(p, q));
      if (org && org.type !== 'Location' && COMPOUND_ENDING.test(text.slice(q))) {
        return [
          { start: 0, end: p, id: place.id },
          { start: p, end: q, id: org.id },
        ];
      }
    }
  }
  return undefined;
}

function mentionOf(doc: Doc, start: number, end: number, id: string, lexicon: Lexicon): Mention {
  const entry = lexicon.byId.get(id)!;
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    norm: doc.norm.slice(start, end),
    type: entry.type,
    lexId: entry.id,
    source: 'lexicon',
    sentence: sentenceAt(doc.sentences, start),
  };
}
