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
const FOOTER = /(?:<br\s*\/?>)?[ \t]*原文(?:链接|地址)(?:[（(][^）)\n]*[）)])?[：:][ \t]*(\S*)/g;
// A markdown heading holding a link: the mirror's own promotion lines (#### [首页](…), #### 💥 [《伪火》](…),
// #### 网站代理：[…](…)); the article itself is HTML, so no heading of it is written in markdown.
const NAV_LINE = /^#{1,6}[ \t]+[^\n\[]{0,40}\[[^\]\n]*\]\([^)\n]*\).*$/gm;

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

const BOM = /^\ufeff/;
const NAV_HOME = /^#{1,6}[ \t]+\[首页\]/m;

/** The lines of `text` (split on \n) from offset `at`: the line there and where the next one starts (past the end: none). */
function lineAt(text: string, at: number): { line: string; next: number } {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? { line: text.slice(at), next: text.length + 1 } : { line: text.slice(at, nl), next: nl + 1 };
}

/** The title line and the text after the `---` rule, or undefined; only the head of the page is cut into lines. */
function head(text: string): { title: RegExpExecArray; rest: string } | undefined {
  if (text.includes('\r')) {
    const lines = text.split(/\r?\n/);
    let i = 0;
    while (i < lines.length && lines[i]!.trim() === '') i++;
    const title = TITLE_LINE.exec(lines[i] ?? '');
    if (!title) return undefined;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    if (!RULE_LINE.test(lines[j] ?? '')) return undefined;
    return { title, rest: lines.slice(j + 1).join('\n') };
  }
  let at = 0;
  let cur = lineAt(text, at);
  while (at <= text.length && cur.line.trim() === '') cur = lineAt(text, (at = cur.next));
  const title = TITLE_LINE.exec(at <= text.length ? cur.line : '');
  if (!title) return undefined;
  cur = lineAt(text, (at = cur.next));
  while (at <= text.length && cur.line.trim() === '') cur = lineAt(text, (at = cur.next));
  if (!RULE_LINE.test(at <= text.length ? cur.line : '')) return undefined;
  return { title, rest: text.slice(cur.next) };
}

function split(text: string): MirrorPage | undefined {
  const found = head(text.replace(BOM, ''));
  if (!found) return undefined;
  let rest = found.rest;
  const hasNav = NAV_HOME.test(rest);
  let url: string | undefined;
  const footer = [...rest.matchAll(FOOTER)].pop();
  if (footer) {
    url = footer[1] ? footer[1] : undefined;
    rest = rest.slice(0, footer.index);
  }
  const noNav = rest.replace(NAV_LINE, '');
  // Only a line of three or more dashes is a rule to drop.
  const body = noNav.includes('---') ? noNav.split('\n').filter((line) => !RULE_LINE.test(line)).join('\n') : noNav;
  return { title: found.title[1]!.trim(), body, url, hasNav };
}
