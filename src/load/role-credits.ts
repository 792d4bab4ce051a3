import { outletFromName } from './find-outlet.ts';

/**
 * Credit lines that label each name with its role: `采访/陈汉 编辑/李明飞 后制/陈建铭`, `记者：高锋/责编：胡力汉、何平
 * 网编：瑞哲`, `作者丨夏二`, `文/张三`. Roles are data: which make a reporter, which an editor; other crew (后制, 美编,
 * 校对) are nobody's byline.
 */
export const REPORTER_ROLES = ['特约记者', '实习记者', '见习记者', '摄影记者', '记者', '采访', '采写', '撰文', '撰稿', '作者', '编译', '翻译', '整理', '摄影', '文字'] as const;
export const EDITOR_ROLES = ['责任编辑', '版面编辑', '责编', '网编', '主编', '编审', '审校', '校对', '编辑'] as const;
export const OTHER_ROLES = ['后制', '后期', '制作', '审核', '美编', '视觉', '设计', '监制', '出品', '排版'] as const;

const ALL = [...REPORTER_ROLES, ...EDITOR_ROLES, ...OTHER_ROLES].sort((a, b) => b.length - a.length);
/** A role and the mark after it; `文` only opens a line (文/张三), elsewhere it is part of words. */
const ROLE = new RegExp(`(^文|${ALL.join('|')})\\s*([：:/／|丨]\\s*|\\s+)`, 'g');

export interface RoleCredit {
  role: 'reporter' | 'editor' | 'other';
  names: string;
  /** Only names that look like personal names count (a photo line could end a sentence: 他在北京摄). */
  strict?: boolean;
}

/** `吴靖 吴晔婷|撰稿`, `王吉陆|责编`: the names first, the role after a bar. */
const ROLE_AFTER = new RegExp(`^([^|｜丨]{2,40}?)\\s*[|｜丨]\\s*(${ALL.join('|')})$`);
/** `编辑/排版：肠粉`: two roles for the same names; the first one counts. */
const ROLE_PAIR = new RegExp(`(${ALL.join('|')})\\s*[/／、]\\s*(?:${ALL.join('|')})\\s*(?=[：:])`, 'g');
/** Bullets and marks that open a credit line: `〇编辑：X`, `▲摄影：Y`. */
const BULLET = /^[〇○●◎·•▲△※*＊\s]+/;
/** `杨威廉/邹宗翰(路透社等)`, `李澄欣/张慈（综合报导）`: names by slashes, then where the report comes from. */
const NAMES_THEN_SOURCE = /^([\u3400-\u9fff·]{2,4}(?:\s*[/／、]\s*[\u3400-\u9fff·]{2,4}){0,3})\s*[（(]([^（）()]{1,20})[）)]$/;
const SOURCE_WORDS = /报导|报道|综合|编译|外电|社|台|网|报/;
/** `张三 摄`, `李四、王五摄影`: a photographer's own line (not a caption, which is longer and says what is shown). */
const PHOTO = /^([\u3400-\u9fff·]{2,4}(?:[、\s]+[\u3400-\u9fff·]{2,4}){0,2})\s*(?:摄影|拍摄|摄)$/;
/** `© 一朵后浪 for 中国数字时代`: a feed's poster, who edited the item for the site. */
const POSTED_FOR = /^(?:©|&copy;)\s*(\S[^©]{0,30}?)\s+for\s+(\S[^|,，]{1,20})/;

function roleOf(label: string): RoleCredit['role'] {
  return (REPORTER_ROLES as readonly string[]).includes(label) || label === '文' ? 'reporter' : (EDITOR_ROLES as readonly string[]).includes(label) ? 'editor' : 'other';
}

/** The labelled parts of a credit line, or undefined when the line does not open with a role (or `X记者Y …`). */
export function roleCredits(raw: string): { lead: string; parts: RoleCredit[] } | undefined {
  const line = raw.replace(BULLET, '').replace(ROLE_PAIR, '$1');
  const sourced = NAMES_THEN_SOURCE.exec(line);
  if (sourced && SOURCE_WORDS.test(sourced[2]!)) return { lead: '', parts: [{ role: 'reporter', names: sourced[1]!, strict: true }] };
  const after = ROLE_AFTER.exec(line);
  if (after) return { lead: '', parts: [{ role: roleOf(after[2]!), names: after[1]!.trim() }] };
  const photo = PHOTO.exec(line);
  if (photo) return { lead: '', parts: [{ role: 'reporter', names: photo[1]!.trim(), strict: true }] };
  // Only `for` a news site: `© Getty Images for Dior` credits a photo agency, not an editor.
  const posted = POSTED_FOR.exec(line);
  if (posted && outletFromName(posted[2]!.trim())) return { lead: '', parts: [{ role: 'editor', names: posted[1]!.trim() }] };
  const marks = [...line.matchAll(ROLE)];
  if (marks.length === 0) return undefined;
  const lead = line.slice(0, marks[0]!.index);
  // What comes before the first label may only be another credit (`自由亚洲电台记者郑崇生华盛顿报道`).
  if (lead.trim() !== '' && !/记者/.test(lead)) return undefined;
  const parts = marks.map((m, i): RoleCredit => {
    const end = i + 1 < marks.length ? marks[i + 1]!.index : line.length;
    // A role and a name separated by a space only (`编辑 精选` in a menu) is believed only for a personal name.
    return { role: roleOf(m[1]!), strict: !/[：:/／|丨]/.test(m[2]!), names: line.slice(m.index + m[0].length, end).trim() };
  });
  return { lead, parts };
}
