import type { Doc, Mention } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { sentenceAt } from './sentence-at.ts';
import { isCountry } from './countries.ts';

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
  const prefixes = prefixIndex(lexicon);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: { end: number; j: number; id: string } | undefined;
    const start = tokens[i]!.start;
    // Most tokens start no name at all: a look at their first two characters settles them, before any string is
    // hashed (a string lookup costs most for a fresh segmenter token).
    const first = tokens[i]!.text;
    const latinFirst = isLatin(first);
    const startsName = latinFirst
      ? prefixes.has(first) || prefixes.has(first.toLowerCase())
      : prefixes.firstChars[first.charCodeAt(0)] === 1 && (first.length === 1 || (prefixes.pairs[pairKey(first.charCodeAt(0), first.charCodeAt(1))] === 1 && prefixes.has(first)));
    for (let j = i; startsName && j < tokens.length && j < i + MAX_TOKENS; j++) {
      const end = tokens[j]!.end;
      if (end - start > MAX_CHARS) break;
      // Tokens must be contiguous, except for the single space between Latin words.
      if (j > i && tokens[j]!.start !== tokens[j - 1]!.end && !(tokens[j]!.start === tokens[j - 1]!.end + 1 && norm[tokens[j - 1]!.end] === ' ')) break;
      const latin = latinFirst || (j > i && HAS_LATIN.test(tokens[j]!.text));
      // A one-character name matches nothing, and a span whose first two characters start no name is no prefix.
      if (j === i && first.length < 2) continue;
      if (j === i + 1 && first.length === 1 && !latin && prefixes.pairs[pairKey(first.charCodeAt(0), norm.charCodeAt(start + 1))] !== 1) break;
      const surface = j === i ? first : norm.slice(start, end);
      // Stop as soon as the span is no prefix of any name (the first token was checked above).
      if (j > i && !prefixes.has(surface) && !(latin && prefixes.has(surface.toLowerCase()))) break;
      const entry = lexicon.bySurface.get(surface) ?? (latin ? lexicon.bySurface.get(surface.toLowerCase()) : undefined);
      if (entry && surface.length >= 2) best = { end, j, id: entry.id };
    }
    // A place fused with a word the segmenter glued to it: 新疆地区, 美国政府, 中国境内.
    if (!best && tokens[i]!.text.length >= 3 && FUSION_LAST[tokens[i]!.text.charCodeAt(tokens[i]!.text.length - 1)] === 1) {
      const tok = tokens[i]!;
      const fused = PLACE_FUSION.exec(tok.text);
      const entry = fused ? lexicon.bySurface.get(fused[1]!) : undefined;
      if (entry && entry.type === 'Location' && fused![1]!.length >= 2) best = { end: tok.start + fused![1]!.length, j: i, id: entry.id };
    }
    if (!best && tokens[i]!.text.length >= 4 && prefixes.firstChars[first.charCodeAt(0)] === 1) {
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
      const entry = lexicon.byId.get(best.id)!;
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

type PrefixIndex = Set<string> & { firstChars: Uint8Array; pairs: Uint8Array };
const prefixCache = new WeakMap<Lexicon, PrefixIndex>();

/** A filter over the first two characters of names: 0 means no name starts with them (1 may be a collision). */
function pairKey(a: number, b: number): number {
  return ((a & 0x3ff) << 10) | (b & 0x3ff);
}

/** Every prefix of every surface form (and of its lower-cased form), their first characters and pairs; once per lexicon. */
function prefixIndex(lexicon: Lexicon): PrefixIndex {
  let set = prefixCache.get(lexicon);
  if (!set) {
    set = Object.assign(new Set<string>(), { firstChars: new Uint8Array(0x10000), pairs: new Uint8Array(1 << 20) });
    for (const surface of lexicon.bySurface.keys()) {
      set.firstChars[surface.charCodeAt(0)] = 1;
      if (surface.length >= 2) set.pairs[pairKey(surface.charCodeAt(0), surface.charCodeAt(1))] = 1;
      for (let i = 1; i <= surface.length; i++) set.add(surface.slice(0, i));
    }
    prefixCache.set(lexicon, set);
  }
  return set;
}

const COMPOUND_ENDING = /^(?:公司|集团|有限公司|股份有限公司|控股)?$/;

/**
 * Known names inside one segmenter token (jieba's dictionary has compounds such as 美国高通公司): a place,
 * then a known organisation, then an optional corporate ending.
 */
function compoundMatch(text: string, lexicon: Lexicon): Array<{ start: number; end: number; id: string }> | undefined {
  if (text.length < 4 || text.length > 16 || !/^[\u4e00-\u9fff]+$/.test(text)) return undefined;
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
