import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ZhkgError } from '../errors.ts';
import { commonHanziRatio } from './common-hanzi-ratio.ts';
import { repairMojibake } from './repair-mojibake.ts';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as, lowercase (`utf-8`, `utf-16le`, `gb18030`, `big5`, …). */
  encoding: string;
  repaired?: 'mojibake';
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Encodings worth trying for Chinese text that is not UTF-8; chardet only orders them. */
const LEGACY_CHINESE = ['gb18030', 'big5'];
const CHINESE_FAMILY: Record<string, string> = {
  gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', 'euc-cn': 'gb18030', big5: 'big5', 'big5-hkscs': 'big5', cp950: 'big5',
};
const SNIFF_BYTES = 64 * 1024;

/** File signatures of common binary formats (PNG, JPEG, GIF, ZIP, gzip, PDF). */
const MAGIC: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x50, 0x4b, 0x03, 0x04],
  [0x1f, 0x8b],
  [0x25, 0x50, 0x44, 0x46, 0x2d],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function isBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => startsWith(bytes, m))) return true;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return control > n * 0.1;
}

function emptyError(file: string): ZhkgError {
  return new ZhkgError('E_INPUT_EMPTY', `decodeBytes: ${file}: file is empty`, { file });
}

/** The charset an HTML page declares in a <meta> tag, if any (a hint only). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : undefined;
}

function hasBadChars(text: string): boolean {
  // U+FFFD marks bytes invalid in the charset; C0 controls mean the charset split bytes wrongly.
  return /[\ufffd\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text);
}

/** Picks the legacy encoding whose decoding is valid and reads most like ordinary Chinese. */
function decodeLegacy(bytes: Uint8Array, file: string): DecodedText {
  const buf = Buffer.from(bytes);
  const hint = declaredCharset(bytes);
  const guesses = chardet.analyse(buf.subarray(0, SNIFF_BYTES));
  const confidence = new Map<string, number>();
  for (const g of guesses) {
    const name = CHINESE_FAMILY[g.name.toLowerCase()] ?? g.name.toLowerCase();
    if (!confidence.has(name)) confidence.set(name, g.confidence);
  }
  // The declared charset is tried too (it may be right), but a Western guess from chardet is not: any bytes are
  // "valid" Latin-1, so that would hide undecodable input.
  const candidates = [...new Set([...(hint ? [hint] : []), ...LEGACY_CHINESE])];
  let best: { text: string; encoding: string; score: number } | undefined;
  for (const encoding of candidates) {
    if (!iconv.encodingExists(encoding) || encoding.startsWith('utf')) continue;
    const text = iconv.decode(buf, encoding);
    if (hasBadChars(text)) continue;
    const family = CHINESE_FAMILY[encoding] ?? encoding;
    const score =
      commonHanziRatio(text) + 0.3 * ((confidence.get(family) ?? 0) / 100) + (encoding === hint ? 0.05 : 0);
    if (!best || score > best.score) best = { text, encoding: family, score };
  }
  if (!best) {
    throw new ZhkgError('E_INPUT_ENCODING', `decodeBytes: ${file}: bytes are not valid UTF-8, GB18030 or Big5 text`, { file });
  }
  return { text: best.text, encoding: best.encoding };
}

function decodeUnicode(bytes: Uint8Array, file: string): DecodedText | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeUtf8(bytes.subarray(3), file), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  return undefined;
}

/**
 * UTF-16 without a BOM (Notepad's "Unicode" without signature, some exports). The ASCII in ordinary text (newlines,
 * digits) has zero high bytes, which name the byte order; a few CJK characters (开 U+5F00) put zeros on the other
 * side, so the majority decides. The decoding must then read as text (ASCII, CJK, full-width forms), which the
 * code units of a binary file do not.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  if (evenZeros === oddZeros) return undefined;
  const encoding = oddZeros > evenZeros ? 'utf-16le' : 'utf-16be';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (text.includes('\u0000') || hasBadChars(text)) return undefined;
  const texty = text.match(/[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/g)?.length ?? 0;
  return texty >= 0.9 * text.length ? { text, encoding } : undefined;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch (cause) {
    throw new ZhkgError('E_INPUT_ENCODING', `decodeBytes: ${file}: starts with a UTF-8 BOM but is not valid UTF-8`, { file, cause });
  }
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Turns raw bytes into text: BOMs, UTF-16 without BOM, UTF-8, then GB18030/Big5 (chardet and the page's <meta charset> as hints, checked
 * against the bytes), then mojibake repair. Throws E_INPUT_EMPTY, E_INPUT_BINARY, E_INPUT_ENCODING, E_INPUT_MOJIBAKE.
 */
export function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw emptyError(file);
  let decoded = decodeUnicode(bytes, file) ?? decodeUtf16WithoutBom(bytes);
  if (!decoded) {
    if (isBinary(bytes)) {
      throw new ZhkgError('E_INPUT_BINARY', `decodeBytes: ${file}: binary file, not text (nor UTF-8, UTF-16, GB18030 or Big5)`, { file });
    }
    const utf8 = tryUtf8(bytes);
    decoded = utf8 === undefined ? decodeLegacy(bytes, file) : { text: utf8, encoding: 'utf-8' };
  }
  if (decoded.text.trim() === '') throw emptyError(file);
  const repair = repairMojibake(decoded.text, file);
  return repair.repaired ? { ...decoded, text: repair.text, repaired: 'mojibake' } : decoded;
}
