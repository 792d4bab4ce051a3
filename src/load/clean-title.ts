import { outletFromName } from './find-outlet.ts';

export interface CleanTitle {
  title: string;
  /** The outlet named by a site label that was cut off the title, if any. */
  outlet?: string;
}

/** ` - `, ` – `, ` — `, `|`, `｜`, `_`, and a bare `-` next to a Chinese character (`标题-新华网`). */
const SEPARATOR = /\s+[-–—]\s+|\s*[|｜_]\s*|(?<=[\u3400-\u9fff])-|-(?=[\u3400-\u9fff])/;
/** Words that mark a segment as a site, channel or date label rather than part of the headline. */
const SITE_WORD =
  /网|網|news|新闻|新聞|频道|頻道|日报|日報|时报|時報|早报|早報|晚报|晚報|财经|財經|电子报|電子報|中文|daily|times|\bcna\b|\bdw\b|paper|\d{4}年\d{1,2}月\d{1,2}日|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/i;

function isSiteLabel(segment: string, siteName: string | undefined): boolean {
  if (segment.length > 24) return false;
  return (
    outletFromName(segment) !== undefined || (siteName !== undefined && segment === siteName) || SITE_WORD.test(segment)
  );
}

/**
 * A page title without the site-name suffix or prefix: `测试-新华网` → `测试`, `標題 | 政治 | 中央社 CNA` → `標題`.
 * `headline` (the page's <h1>) wins when it is one of the title's segments.
 */
export function cleanTitle(raw: string, siteName?: string, headline?: string): CleanTitle {
  const title = raw.trim();
  const segments = title.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (segments.length < 2) return { title };
  const outlet = segments.map((s) => outletFromName(s)).find((o) => o !== undefined) ?? outletFromName(siteName);
  if (headline && segments.includes(headline.trim())) return { title: headline.trim(), outlet };
  let end = segments.length;
  let cut = false;
  while (end > 1 && isSiteLabel(segments[end - 1]!, siteName)) {
    end--;
    cut = true;
  }
  // A short section name before the site label (`標題 | 政治 | 中央社 CNA`).
  while (cut && end > 1 && segments[end - 1]!.length <= 4) end--;
  let start = 0;
  while (start < end - 1 && outletFromName(segments[start]!) !== undefined) start++;
  if (!cut && start === 0) return { title, outlet };
  return { title: segments.slice(start, end).join(' '), outlet };
}
