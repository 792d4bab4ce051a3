/** The parts of a page of the gfw-breaker "banned-news" mirror: markdown title, HTML body, original-URL footer. */
export interface MirrorPage {
  title: string;
  /** The HTML between the header and the `原文链接` footer, markdown nav and rules removed. */
  body: string;
  url?: string;
  /** True when the page has the `#### [首页](…)` navigation line of the 2020–2021 mirror. */
  hasNav: boolean;
}

const TITLE_LINE = /^#{1,6}[ \t]+(.+?)[ \t#]*$/;
const RULE_LINE = /^[ \t]*-{3,}[ \t]*$/;
const FOOTER = /(?:<br\s*\/?>)?[ \t]*原文链接(?:[（(][^）)\n]*[）)])?[：:][ \t]*(\S*)/g;
const NAV_LINE = /^#{1,6}[ \t]+\[[^\]\n]*\]\([^)\n]*\).*$/gm;

// Layouts ask for the split of the same page in turn (each `matches`, then `parse`): the last answer is kept.
let last: { text: string; page: Readonly<MirrorPage> | undefined } | undefined;

/**
 * Splits a mirror page; returns undefined when the text does not start with `### title` and a `---` rule.
 * The same text gives the same (frozen) object.
 */
export function splitMirrorPage(text: string): Readonly<MirrorPage> | undefined {
  if (last?.text === text) return last.page;
  const page = split(text);
  last = { text, page: page && Object.freeze(page) };
  return last.page;
}

function split(text: string): MirrorPage | undefined {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const titleMatch = TITLE_LINE.exec(lines[i] ?? '');
  if (!titleMatch) return undefined;
  let j = i + 1;
  while (j < lines.length && lines[j]!.trim() === '') j++;
  if (!RULE_LINE.test(lines[j] ?? '')) return undefined;
  let rest = lines.slice(j + 1).join('\n');
  const hasNav = /^#{1,6}[ \t]+\[首页\]/m.test(rest);
  let url: string | undefined;
  const footer = [...rest.matchAll(FOOTER)].pop();
  if (footer) {
    url = footer[1] ? footer[1] : undefined;
    rest = rest.slice(0, footer.index);
  }
  const body = rest
    .replace(NAV_LINE, '')
    .split('\n')
    .filter((line) => !RULE_LINE.test(line))
    .join('\n');
  return { title: titleMatch[1]!.trim(), body, url, hasNav };
}
