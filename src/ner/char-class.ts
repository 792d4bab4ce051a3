/** Character classes for the name tagger: what kind of character a UTF-16 code is. */
export const CHAR_CLASS = { none: 0, han: 1, latin: 2, digit: 3, punct: 4, space: 5, other: 6 } as const;

export function charClass(code: number): number {
  if (code >= 0x4e00 && code <= 0x9fff) return CHAR_CLASS.han;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return CHAR_CLASS.latin;
  if (code >= 48 && code <= 57) return CHAR_CLASS.digit;
  if (code === 32 || code === 0x3000 || code === 9) return CHAR_CLASS.space;
  if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return CHAR_CLASS.han;
  if (code < 0x80 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) return CHAR_CLASS.punct;
  return CHAR_CLASS.other;
}

/** The code a character contributes to character features: digits collapse to '0', Latin letters fold to lower case. */
export function featureCode(code: number): number {
  if (code >= 48 && code <= 57) return 48;
  if (code >= 65 && code <= 90) return code + 32;
  return code;
}
