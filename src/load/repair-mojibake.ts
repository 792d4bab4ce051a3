import { ZhkgError } from '../errors.ts';

/** Characters that windows-1252 maps bytes 0x80–0x9F to; mojibake made through cp1252 contains these. */
const CP1252_HIGH: Record<string, number> = {
  '\u20ac': 0x80, '\u201a': 0x82, '\u0192': 0x83, '\u201e': 0x84, '\u2026': 0x85, '\u2020': 0x86, '\u2021': 0x87,
  '\u02c6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c, '\u017d': 0x8e, '\u2018': 0x91,
  '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97, '\u02dc': 0x98,
  '\u2122': 0x99, '\u0161': 0x9a, '\u203a': 0x9b, '\u0153': 0x9c, '\u017e': 0x9e, '\u0178': 0x9f,
};
const CP1252_CLASS = Object.keys(CP1252_HIGH).join('');
/** A lead byte (U+00C2–U+00F4 as Latin-1) followed by a continuation byte seen through Latin-1 or cp1252. */
const GARBLED_PAIR = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252_CLASS}]`, 'g');
/** A maximal run of characters that stand for single bytes ≥ 0x80. */
const BYTE_RUN = new RegExp(`[\\u0080-\\u00ff${CP1252_CLASS}]+`, 'g');
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

export interface MojibakeRepair {
  text: string;
  repaired: boolean;
}

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** True when the text looks like UTF-8 that was decoded as Latin-1/cp1252: many garbled pairs, few real CJK chars. */
export function looksLikeMojibake(text: string): boolean {
  const garbled = countMatches(text, GARBLED_PAIR);
  if (garbled < 4) return false;
  return garbled >= countMatches(text, CJK) / 2;
}

function utf8Length(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Re-decodes one run as UTF-8 sequence by sequence; characters that are not part of a valid sequence stay as they are. */
function repairRun(run: string, atLineEnd: boolean): string {
  const chars = [...run];
  const bytes = chars.map((c) => CP1252_HIGH[c] ?? c.charCodeAt(0));
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const len = utf8Length(bytes[i]!);
    if (len > 0 && i + len <= bytes.length) {
      try {
        out += STRICT_UTF8.decode(Uint8Array.from(bytes.slice(i, i + len)));
        i += len;
        continue;
      } catch {
        // not a valid sequence: keep the character as it was
      }
    }
    const cutOff = atLineEnd && len > 0 && i + len > bytes.length && i + 1 < bytes.length;
    if (cutOff && bytes.slice(i + 1).every((b) => b >= 0x80 && b <= 0xbf)) {
      break; // a character cut off where the text was truncated (before markup or a line end): drop the fragment
    }
    out += chars[i];
    i++;
  }
  return out;
}

/**
 * Repairs mojibake segment by segment: only runs of Latin-1/cp1252 characters are re-decoded, so correct CJK text
 * around them is kept. Throws E_INPUT_MOJIBAKE when the text looks garbled and the repair leaves it garbled.
 */
export function repairMojibake(text: string, file = '<text>'): MojibakeRepair {
  if (!looksLikeMojibake(text)) return { text, repaired: false };
  const before = countMatches(text, GARBLED_PAIR);
  const fixed = text.replace(BYTE_RUN, (run: string, offset: number) =>
    repairRun(run, /^(?:\s|<|$)/.test(text.slice(offset + run.length, offset + run.length + 1))),
  );
  const after = countMatches(fixed, GARBLED_PAIR);
  if (after > before * 0.05) {
    throw new ZhkgError('E_INPUT_MOJIBAKE', `repairMojibake: ${file}: text is garbled (mojibake) and could not be repaired`, {
      file,
    });
  }
  return { text: fixed, repaired: true };
}
