import type { Doc } from '../types.ts';

/** A match with the offsets of its cue in the document. */
export interface CueMatch {
  match: RegExpExecArray;
  /** Document offsets of the `cue` group, or of the whole match when the pattern has no such group. */
  start: number;
  end: number;
  /** True when the pattern named its cue (group `cue`); otherwise the span is the whole match, filler and all. */
  named: boolean;
}

// Rule patterns are written without the `d` flag; the copy with it (for group offsets) is made once per pattern.
const WITH_INDICES = new WeakMap<RegExp, RegExp>();

/**
 * `re` run on `text`, which starts at document offset `offset`, with the span of its `cue` group. A trigger is the
 * cue's own words (公布), not the filler a pattern lets stand before it (在听证会召开前公布).
 */
export function execCue(re: RegExp, text: string, offset: number): CueMatch | null {
  let d = WITH_INDICES.get(re);
  if (!d) WITH_INDICES.set(re, (d = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + (re.flags.includes('d') ? '' : 'd'))));
  const match = d.exec(text);
  if (!match) return null;
  const cue = match.indices?.groups?.cue;
  const [from, to] = cue ?? match.indices![0]!;
  return { match, start: offset + from, end: offset + to, named: cue !== undefined };
}

/** The trigger as the page printed it: the cue spans in the original text, joined by … when apart. */
export function triggerText(doc: Doc, spans: ReadonlyArray<{ start: number; end: number } | null | undefined>): string {
  const parts = spans.filter((s): s is { start: number; end: number } => !!s && s.end > s.start).sort((x, y) => x.start - y.start);
  let out = '';
  let last = -1;
  for (const s of parts) {
    if (out && s.start > last) out += '…';
    out += doc.text.slice(Math.max(s.start, last), s.end);
    last = Math.max(last, s.end);
  }
  return out.trim();
}
