/**
 * The matches of a global pattern of the form `(R{min,max})(T)`, where R is a run of one character class and T
 * starts with a character R does not contain (a Chinese name before a Latin gloss, say): the same matches, in the
 * same order, as `text.matchAll(pattern)`, found without trying the pattern at every character of every run (where
 * a regular expression engine backtracks up to `max` times). `starts` finds the places T can begin (its match index
 * plus `offset`), `sticky` is the pattern with the y flag, `inRun` tests a character code for R.
 */
export function* runMatches(
  text: string,
  starts: RegExp,
  offset: number,
  sticky: RegExp,
  inRun: (code: number) => boolean,
  min: number,
  max: number,
): Generator<RegExpExecArray> {
  let last = 0;
  for (const s of text.matchAll(starts)) {
    const at = s.index! + offset;
    if (at < last) continue;
    // The leftmost start a scan from `last` could use for a T at `at`: R greedily runs up to T, so a match ends its
    // run exactly there; if the pattern fails from that start, T fails for every later start too.
    const floor = Math.max(last, at - max);
    let from = at;
    while (from > floor && inRun(text.charCodeAt(from - 1))) from--;
    if (at - from < min) continue;
    sticky.lastIndex = from;
    const m = sticky.exec(text);
    if (!m) continue;
    last = from + m[0].length;
    yield m;
  }
}
