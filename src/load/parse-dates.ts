/** Date helpers: every date leaves load as `YYYY-MM-DD`. */

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Two-digit years in URLs such as /gb/4/11/19/ or /gb/21/6/23/ are 20YY. */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

/** The first `YYYY年M月D日` in a text. */
export function dateFromChinese(text: string): string | undefined {
  const m = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** A date in a URL path: Epoch Times `/gb/21/6/23/`, or `/2021/06/23/`, `-20210623` style segments. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const epoch = /\/(?:gb|b5)\/(\d{1,2})\/(\d{1,2})\/(\d{1,2})\//.exec(url);
  if (epoch) return isoDate(fullYear(epoch[1]!), Number(epoch[2]), Number(epoch[3]));
  const slashed = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(url);
  if (slashed) return isoDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const compact = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(url);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // Radio Free Asia: `…/GF1-09212020070749.html`, a MMDDYYYYhhmmss stamp after the slug.
  const rfa = /-(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])((?:19|20)\d{2})\d{6}(?:\.html?|\.md)?(?=[?#]|$)/.exec(url);
  if (rfa) return isoDate(Number(rfa[3]), Number(rfa[1]), Number(rfa[2]));
  return undefined;
}

/** The date part of an ISO timestamp (`2018-09-01T07:51:46+08:00` → `2018-09-01`), as written by the page. */
export function dateFromTimestamp(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(value);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : dateFromChinese(value);
}

const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/**
 * The latest year not after `referenceYear` in which month/day falls on the weekday the text names first
 * (`周五`, `星期五`). Weekdays repeat every 5–11 years, so this is right when the file was saved within a few
 * years of publication.
 */
export function yearFromWeekday(month: number, day: number, text: string, referenceYear: number): number | undefined {
  const m = /(?:周|星期|禮拜|礼拜)([日天一二三四五六])/.exec(text);
  if (!m) return undefined;
  const weekday = WEEKDAYS[m[1]!]!;
  for (let year = referenceYear; year > referenceYear - 15; year--) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday) return year;
  }
  return undefined;
}

/**
 * The year of a dateline that gives only month and day (`路透北京8月31日 -`): a full date with that month and day in
 * the page, a `YYYYMMDD`/`YYYY-MM`/`YYYYMM` date of that month in a link, else the year the page mentions most
 * often. Undefined when the page names no year.
 */
export function yearForMonthDay(month: number, day: number, text: string): number | undefined {
  const counts = new Map<number, number>();
  const add = (year: number, n: number): void => void counts.set(year, (counts.get(year) ?? 0) + n);
  for (const m of text.matchAll(/((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?/g)) {
    if (Number(m[2]) === month && Number(m[3]) === day) return Number(m[1]);
    add(Number(m[1]), 1);
  }
  const mm = String(month).padStart(2, '0');
  for (const m of text.matchAll(new RegExp(`(?<![0-9])((?:19|20)\\d{2})[-/]?${mm}(?:[-/]?\\d{2})?(?![0-9])`, 'g'))) {
    add(Number(m[1]), 3);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}
