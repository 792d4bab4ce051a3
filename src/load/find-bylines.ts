import { normalizeText } from '../normalize/normalize-text.ts';
import { outletFromName } from './find-outlet.ts';
import { roleCredits } from './role-credits.ts';
import { trailingCredit } from './trailing-credit.ts';
import { looksLikeChineseName } from '../recognize/surnames.ts';
/** Reporter and editor names from the byline conventions of Chinese news pages. */
export interface Bylines {
  reporters: string[];
  editors: string[];
}

/** Places that follow a reporter's name in datelines such as `大纪元记者钟元台北报导`. */
const PLACES =
  '台湾|台北|台中|台南|高雄|香港|澳门|美国|白宫|华盛顿|纽约|洛杉矶|旧金山|硅谷|休斯顿|芝加哥|波士顿|费城|西雅图|亚特兰大|' +
  '加拿大|多伦多|温哥华|蒙特利尔|渥太华|英国|伦敦|法国|巴黎|德国|柏林|日本|东京|大阪|韩国|首尔|澳洲|澳大利亚|悉尼|墨尔本|' +
  '新西兰|奥克兰|丹麦|瑞典|挪威|芬兰|荷兰|比利时|瑞士|意大利|西班牙|俄罗斯|以色列|印度|泰国|马来西亚|新加坡|印尼|菲律宾|' +
  '越南|北京|上海|广州|深圳|欧洲|联合国|国会|加州|巴西|墨西哥|南非|捷克|波兰|奥地利|爱尔兰|新泽西|达拉斯|圣地亚哥|日内瓦|布鲁塞尔|坦帕|奥兰多|迈阿密|佛州|德州|得州|休斯敦|圣荷西|费城|底特律|旧金山湾区|纽约法拉盛|法拉盛|长岛|曼哈顿|台中市|桃园|新竹|花莲|宜兰|屏东|嘉义|基隆|东京都|维也纳|布拉格|华沙|罗马|马德里|米兰|慕尼黑|法兰克福|汉堡|斯德哥尔摩|哥本哈根|奥斯陆|赫尔辛基|莫斯科|基辅|布里斯班|珀斯|阿德莱德|卡尔加里|埃德蒙顿|惠灵顿|首都';
const TRAILING_PLACE = new RegExp(`(?:${PLACES})$`);
const ONLY_PLACE = new RegExp(`^(?:${PLACES}|本报|本報|综合)$`);
const ROLE_SUFFIX = /(?:综合|編譯|编译|采访|採訪|翻译|翻譯|整理|撰文|撰稿|专访|報導|报导|报道|報道|综合报导|即时|摄影|摄)+$/;
/** CNA's `林志明台北23日电`: the place and day after the name. */
const DAY_SUFFIX = /\d{1,2}日(?:专)?(?:电|综合外电报导)$/;
const CJK_NAME = /^[\u3400-\u9fff·]{2,4}$/;
const LATIN_NAME = /^[A-Za-z][A-Za-z .'-]{1,40}$/;

/** A portal's staff code after an editor's name: `荀建国_NN7379`, `史建磊_NBJ11331`. */
const STAFF_CODE = /_[A-Za-z]{0,6}\d{2,}$/;

function cleanName(raw: string): string | undefined {
  let name = raw.trim().replace(STAFF_CODE, '').replace(DAY_SUFFIX, '').replace(ROLE_SUFFIX, '').trim();
  while (name.length > 3 && TRAILING_PLACE.test(name)) name = name.replace(TRAILING_PLACE, '');
  if (ONLY_PLACE.test(name)) return undefined;
  if (CJK_NAME.test(name) || LATIN_NAME.test(name)) return name;
  return undefined;
}

function names(list: string, separators: RegExp): string[] {
  return list.split(separators).flatMap((part) => {
    const name = cleanName(part);
    if (name) return [name];
    // `记者 陈立新 周文`: Chinese names separated by spaces only.
    const words = part.trim().split(/\s+/);
    // A last word that is only a place and a role (`伦敦报道`, `台北即时报导`) is not a name.
    const last = words.at(-1)!.replace(ROLE_SUFFIX, '');
    if (words.length > 1 && last !== words.at(-1) && (last === '' || ONLY_PLACE.test(last))) words.pop();
    if (words.length === 1) return cleanName(words[0]!) === words[0] ? words : [];
    if (words.length < 2 || !words.every((w) => /[\u3400-\u9fff]/.test(w))) return [];
    // Every word must be a bare name: `申华 拍摄` is a photo credit, not two reporters.
    return words.every((w) => cleanName(w) === w) ? words : [];
  });
}

/** `（大纪元记者林燕、李辰综合报导）`, `（美国之音记者X报道）`, `新唐人记者A报导／大纪元记者B翻译`. */
function reportersFromCredit(credit: string): string[] {
  const out: string[] = [];
  for (const segment of credit.split(/[／/；;，,]/)) {
    // `（记者李韵报导/责任编辑：祝馨睿）`: the editor's part names no reporter.
    if (/编辑|編輯|责编|網編|网编|审校/.test(segment)) continue;
    const at = segment.search(/记者|記者|特派员|特派員/);
    if (at < 0) {
      if (out.length > 0) out.push(...names(segment, /[、和]/)); // `…报导、张婷综合编译`
      continue;
    }
    // `记者张三 通讯员李四`, `记者 张三 实习生 李四`: co-authors under another title.
    const rest = segment.slice(at + (segment.startsWith('特派', at) ? 3 : 2)).replace(/\s*(?:通讯员|实习生|见习记者|特约记者)\s*/g, '、');
    if (rest.startsWith('站')) continue; // 记者站: a bureau, not a person
    out.push(...names(rest, /[、和]/));
  }
  return out;
}

const CREDIT = /[（(〔\[]([^（）()〔〕\[\]]{0,60}?(?:记者|記者)[^（）()〔〕\[\]]{1,60}?)[）)〕\]]/g;
const OPEN_CREDIT = /(?:大纪元|大紀元|美国之音|美國之音)(?:记者|記者)([^（）()。，,\s]{2,30}?)(?:报导|报道|報導|報道)/g;
const EDITOR = /(?:责任编辑|責任編輯)(?:\s*[：:]\s*|\s+)([^\s#）)】\]|]+)/;
const REUTERS_ROLE = /(责任编辑|責任編輯|记者|編譯\/審校|编译\/审校|编译|編譯|发稿|發稿|撰稿|编辑|編輯|审校|審校)[\s:：]*/g;

/** Reuters attribution: `编译 李爽；审校 徐文焰`, `发稿 张喜良`, `(记者 X；编辑 Y)`. */
export function parseAttribution(text: string): Bylines {
  const reporters: string[] = [];
  const editors: string[] = [];
  const marks = [...text.matchAll(REUTERS_ROLE)];
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.index : text.length;
    const list = text.slice(m.index + m[0].length, end).replace(/[;；,，]\s*$/, '');
    const found = names(list, /[\/、，,;；\s\u3000]+/);
    if (/编辑|編輯|审校|審校/.test(m[1]!) && !/编译|編譯/.test(m[1]!)) editors.push(...found);
    else reporters.push(...found);
  });
  return { reporters, editors };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** A short line that only credits people: `文|财新记者 赵一鸣`, `记者陈大文／台北即时报导`, `本报记者 林佳慧`. */
const CREDIT_LINE = /^(?:文\s*[|/／]\s*)?[^\s。，,！？]{0,8}?(?:记者|記者|特派员)\s*([^。！？]{2,40})$/;
/** `撰文：张三`, `作者：张三、李四`, `文字：张三`. */
const AUTHOR_LINE = /^(?:撰文|文字|作者|文)\s*[：:|]\s*([^：:]{2,30})$/;
/** Taiwanese papers without 记者: `张三／台北报导`, `张三、李四/台北即时报导`. */
const SLASH_CREDIT = /^([\u3400-\u9fff、，,]{2,20})\s*[／/]\s*([\u3400-\u9fff]{2,6}?)(?:即时)?(?:报导|报道)$/;
/** `（编辑：黄美玲）`, `【编辑:刘洋】`, `编辑：X`, `责编：X`, `版面编辑：X` as a line or a bracketed trailer. */
const EDITOR_CREDIT = /(?:^|[（(【\[|])\s*(?:责任编辑|责编|版面编辑|编辑)\s*[：:]\s*([^（）()【】\[\]|。]{2,30}?)\s*(?=[）)】\]|]|$)/g;

const OPENERS = '【[（(';
const CLOSERS = '】]）)';
const BRACKETS = /[【】[\]（）()]/;

/** `【撰文：X】` → `撰文：X`: a line wholly inside one pair of brackets, without them; any other line as it is. */
function unbracket(line: string): string {
  if (line.length < 2 || !OPENERS.includes(line[0]!) || !CLOSERS.includes(line.at(-1)!)) return line;
  const inner = line.slice(1, -1);
  return BRACKETS.test(inner) ? line : inner.trim();
}

/**
 * Reporters and editors from short credit lines anywhere in a web page (`<div class="author">` and the like,
 * outside the article body). Lines with sentence punctuation or longer than 50 characters are ignored.
 */
export function findCreditLines(lines: readonly string[]): Bylines {
  const reporters: string[] = [];
  const editors: string[] = [];
  for (const raw of lines.map(normalizeText)) {
    // `【撰文：烈巴司機】`, `（文/张三）`: a bracketed credit line is read without its brackets.
    // A feed's `© X for site | Permalink | tags…` line: only its head is a credit.
    const head = /^\s*(?:©|&copy;)/.test(raw) ? raw.slice(0, 60) : raw;
    if (head.length > 200) continue; // no credit line is that long: skip before any pattern runs
    const line = unbracket(head.trim());
    if (line.length > 80 || /[。！？]/.test(line)) continue;
    const labelled = roleCredits(line);
    if (labelled && labelled.parts.some((p) => p.role !== 'other')) {
      if (labelled.lead) reporters.push(...reportersFromCredit(labelled.lead));
      for (const part of labelled.parts) {
        const found = names(part.names, /[、，,\/／\s]+/).filter((n) => isPersonName(n) && (!part.strict || plausibleName(n)));
        if (part.role === 'reporter') reporters.push(...found);
        else if (part.role === 'editor') editors.push(...found);
      }
      continue;
    }
    if (line.length > 50) continue;
    const credit = CREDIT_LINE.exec(line);
    if (credit) reporters.push(...reportersFromCredit(line.replace(/^文\s*[|/／]\s*/, '')));
    const author = AUTHOR_LINE.exec(line);
    if (!credit && author) reporters.push(...names(author[1]!, /[、，,\/／和\s]+/).filter(isPersonName));
    const slashed = SLASH_CREDIT.exec(line);
    if (!credit && slashed && ONLY_PLACE.test(slashed[2]!)) reporters.push(...names(slashed[1]!, /[、，,]/).filter(isPersonName));
    for (const m of line.matchAll(EDITOR_CREDIT)) editors.push(...names(m[1]!, /[、，,\/／\s]+/));
  }
  return { reporters: unique(reporters), editors: unique(editors) };
}

/** CNA's trailer `（编辑：黄美玲）1120623`, 中新网's `【编辑:刘洋】` at the end of a paragraph. */
const EDITOR_TRAILER = /[（(【\[]\s*(?:责任编辑|责编|编辑)\s*[：:]\s*([^（）()【】\[\]]{2,30}?)\s*[）)】\]]\s*\d{0,8}$/;

/**
 * A name from a page's metadata fields, which sites fill with anything (`name`, `我已授权`): Latin names are
 * capitalised; Chinese ones start with a surname and have two to four characters.
 */
export function plausibleName(name: string): boolean {
  if (/^[A-Za-z]/.test(name)) return /^[A-Z]/.test(name);
  if (/^[\u3400-\u9fff]/.test(name)) return looksLikeChineseName(name);
  return true;
}

/** Not an outlet or a desk: `新华网`, `政治新闻`, `编辑部` are not people. */
function isPersonName(name: string): boolean {
  return outletFromName(name) === undefined && !/(?:网|报|社|台|新闻|编辑部|中心|频道|组)$/.test(name);
}

/**
 * Reporters from a byline that names people only (Readability's byline from `class="author"`: `王德华`,
 * `作者：张三、李四`, `文|张三`). Anything that is not a plain name gives nothing.
 */
export function reportersFromByline(byline: string | undefined): string[] {
  if (!byline) return [];
  const text = normalizeText(byline).trim().replace(/^(?:文\s*[|/／]|作者\s*[：:]|撰文\s*[：:]|by\s+)\s*/i, '');
  if (text.length > 40) return [];
  if (/记者|特派员/.test(text)) return reportersFromCredit(text);
  // `<meta name="author" content="新华网">`: an outlet, not a person.
  return unique(names(text, /[、，,\/／和]|\s+and\s+/)).filter(isPersonName);
}

/** Reporters and editors from the credit lines at the start and end of an article. */
export function findBylines(paragraphs: readonly string[]): Bylines {
  const reporters: string[] = [];
  const editors: string[] = [];
  // Patterns are written in simplified Chinese; traditional credits (大紀元記者林燕綜合報導) are read through the
  // length-preserving normaliser, so names come out simplified like every other name in the graph.
  const edges = [...paragraphs.slice(0, 3), ...paragraphs.slice(Math.max(3, paragraphs.length - 4))].map(normalizeText);
  // The last sentence may be followed by lines of furniture (a hotline box, keywords, a follow button).
  const tail = paragraphs.slice(Math.max(3, paragraphs.length - 8)).map(normalizeText).reverse();
  const trailing = tail.map(trailingCredit).find((found) => found.length > 0) ?? [];
  for (const p of edges) {
    for (const m of p.matchAll(CREDIT)) reporters.push(...reportersFromCredit(m[1]!));
    if (reporters.length === 0) for (const m of p.matchAll(OPEN_CREDIT)) reporters.push(...names(m[1]!, /[、和]/));
    const editor = EDITOR.exec(p) ?? EDITOR_TRAILER.exec(p);
    if (editor) editors.push(...names(editor[1]!, /[、，,\/／]/));
    const attribution = /^[（(]\s*(?:记者|编译|编辑)[^（）()]*[）)]$/.test(p) ? parseAttribution(p.slice(1, -1)) : undefined;
    if (attribution) {
      reporters.push(...attribution.reporters);
      editors.push(...attribution.editors);
    }
  }
  if (reporters.length === 0) reporters.push(...trailing);
  return { reporters: unique(reporters), editors: unique(editors) };
}
