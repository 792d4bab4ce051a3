/** Cypher literals for values of load rows: strings escaped per the Cypher manual, integers vs floats kept apart. */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A single-quoted Cypher string literal. Backslash, quote and the named control characters use their escapes, the
 * other control characters (and U+2028/2029) `\uXXXX`; everything else is written as is (the script is UTF-8). Lone
 * surrogates become U+FFFD, which is what the driver sends for them too.
 */
export function cypherString(value: string): string {
  const body = value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\\'\n\r\t\b\f]|[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${body}'`;
}

/** A map key: bare when it is a plain identifier, else backtick-quoted (backticks doubled). */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
}

/** A Cypher float literal: always with a decimal point or exponent, so 1 stays a Float. */
export function cypherFloat(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cypherFloat: ${value} is not finite`);
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

export function cypherInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`cypherInteger: ${value} is not a safe integer`);
  return String(value);
}

/** A literal for a row value: null, boolean, string, number (Float unless `isInt`), list or map. */
export function cypherLiteral(value: unknown, isInt = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return isInt ? cypherInteger(value) : cypherFloat(value);
  if (Array.isArray(value)) return `[${value.map((v) => cypherLiteral(v, isInt)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`);
    return `{${entries.join(', ')}}`;
  }
  throw new TypeError(`cypherLiteral: cannot write a ${typeof value}`);
}

/** A row map, with `intFields` written as integers. */
export function cypherRow(row: object, intFields: readonly string[]): string {
  const entries = Object.entries(row).map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v, intFields.includes(k))}`);
  return `{${entries.join(', ')}}`;
}
