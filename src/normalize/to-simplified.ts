// The one place opencc-js is imported.
import * as OpenCC from 'opencc-js/t2cn';

let converter: ((text: string) => string) | undefined;
let traditional: Uint8Array | null | undefined; // null: could not be built, convert everything
let pairs: string | undefined;

function convert(text: string): string {
  const c = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return c(text);
}

/**
 * The CJK characters that conversion changes on their own, found once per process. A text with none of them
 * is already simplified (phrase rules only apply where a traditional character is present), so most news
 * text skips the converter entirely.
 */
function traditionalChars(): Uint8Array | null {
  if (traditional === undefined) {
    const set = new Uint8Array(0x10000);
    // Characters separated by newlines, so no phrase rule spans two of them and every output line is one input.
    const chars: string[] = [];
    for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
    const out = convert(chars.join('\n')).split('\n');
    let found = '';
    if (out.length === chars.length) {
      chars.forEach((ch, i) => {
        if (out[i] === ch) return;
        set[ch.charCodeAt(0)] = 1;
        if (out[i]!.length === 1) found += ch + out[i];
      });
      traditional = set;
    } else {
      traditional = null;
    }
    pairs = found;
  }
  return traditional;
}

/**
 * Every CJK character that converts on its own to one other character, as pairs ("馬马雲云…"): a table small enough
 * to ship to a browser, where opencc-js is not bundled (the viewer folds search queries with it).
 */
export function traditionalCharPairs(): string {
  traditionalChars();
  return pairs ?? '';
}

function needsConversion(text: string): boolean {
  const set = traditionalChars();
  if (set === null) return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Only CJK ideographs can be traditional; a range test spares the table lookup for the rest of the text.
    if (c >= 0x3400 && set[c] === 1) return true;
  }
  return false;
}

/** Traditional → simplified Chinese. Used per character run so that offsets never move. */
export function toSimplified(text: string): string {
  return needsConversion(text) ? convert(text) : text;
}
