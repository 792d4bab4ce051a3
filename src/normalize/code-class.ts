/**
 * A regular-expression character class body (no brackets) of the UTF-16 codes that pass `test`, as ranges. A
 * regular expression scans a text for such characters several times faster than a loop over char codes.
 */
export function codeClass(test: (code: number) => boolean): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let c = 0; c < 0x10000; c++) {
    if (!test(c)) continue;
    let end = c;
    while (end + 1 < 0x10000 && test(end + 1)) end++;
    out += end === c ? hex(c) : `${hex(c)}-${hex(end)}`;
    c = end;
  }
  return out;
}
