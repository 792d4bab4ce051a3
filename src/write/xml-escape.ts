/** XML 1.0 text helpers for the GraphML writer. */

// C0 controls other than \t \n \r, unpaired surrogates, and the non-characters U+FFFE / U+FFFF.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML 1.0 cannot carry removed. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

// Anything xmlEscape might change; most names and ids have none of it.
const NEEDS_WORK = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/**
 * Escape for element content or attribute values. Line breaks and tabs become character references so that parsers
 * neither normalise \r\n nor turn them into spaces inside attributes.
 */
export function xmlEscape(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return stripInvalidXmlChars(text).replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]);
}
