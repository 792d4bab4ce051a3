import { ZhkgError } from '../errors.ts';

/** A labelled sentence of a public NER dataset, with the dataset's own label names. Spans are [start, end). */
export interface RawNerSentence {
  text: string;
  spans: Array<{ start: number; end: number; label: string }>;
}

/**
 * CLUENER2020, one JSON record per line: `{"text", "label": {label: {surface: [[start, end], …]}}}`, spans
 * inclusive. Overlapping spans (rare) keep the first.
 */
export function parseCluener(jsonl: string, origin = 'cluener'): RawNerSentence[] {
  const out: RawNerSentence[] = [];
  const lines = jsonl.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (!line) continue;
    let rec: { text: string; label?: Record<string, Record<string, Array<[number, number]>>> };
    try {
      rec = JSON.parse(line);
    } catch (e) {
      throw new ZhkgError('E_INPUT_ENCODING', `parseCluener: ${origin} line ${k + 1} is not JSON`, { file: origin, cause: e });
    }
    const spans: RawNerSentence['spans'] = [];
    for (const [label, surfaces] of Object.entries(rec.label ?? {})) {
      for (const ranges of Object.values(surfaces)) for (const [s, e] of ranges) spans.push({ start: s, end: e + 1, label });
    }
    out.push({ text: rec.text, spans: dropOverlaps(spans) });
  }
  return out;
}

/** People's Daily 1998: one character and its BIO tag per line (`中 B-ORG`), a blank line between sentences. */
export function parsePeoplesDaily(text: string): RawNerSentence[] {
  const out: RawNerSentence[] = [];
  let chars: string[] = [];
  let at = 0; // UTF-16 offset of the next character
  let spans: RawNerSentence['spans'] = [];
  let open: { start: number; label: string } | undefined;
  const close = () => {
    if (open) spans.push({ start: open.start, end: at, label: open.label });
    open = undefined;
  };
  const flush = () => {
    close();
    if (chars.length) out.push({ text: chars.join(''), spans });
    chars = [];
    at = 0;
    spans = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const ch = line.slice(0, line.codePointAt(0)! > 0xffff ? 2 : 1);
    const tag = line.slice(ch.length).trim();
    if (tag.startsWith('B-') || (tag.startsWith('I-') && open?.label !== tag.slice(2))) {
      close();
      open = { start: at, label: tag.slice(2) };
    } else if (!tag.startsWith('I-')) close();
    chars.push(ch);
    at += ch.length;
  }
  flush();
  return out;
}

function dropOverlaps(spans: RawNerSentence['spans']): RawNerSentence['spans'] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawNerSentence['spans'] = [];
  for (const s of sorted) if (!kept.length || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  return kept;
}
