import { normalizeText } from '../normalize/normalize-text.ts';
import { outletAtStart, outletFromName } from './find-outlet.ts';
import { isoDate, yearForMonthDay } from './parse-dates.ts';

export interface Dateline {
  outlet?: string;
  date?: string;
  /** Month and day when the dateline gives no year; the caller supplies the year. */
  monthDay?: [number, number];
}

const BRACKET = /^【([^】\d]{1,12}?)\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:[^】]{0,12}讯)?】/;
const REUTERS = /^路透(?:社)?[^\s\d-]{0,16}?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*(?:电\s*)?[-—－]/;
const VOA_BYLINE = /^[（(]?(美国之音|美國之音)/;
/** Agency datelines: `新华社北京6月23日电`, `中新网上海6月23日电`, `本报北京6月23日讯`, `人民网北京2023年6月23日电`. */
const AGENCY = /^([^\s\d（()【】〔:：，。]{2,16}?)\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*(?:专)?(?:电|讯)/;
/** CNA: `（中央社记者林志明台北23日电）`, `（中央社华盛顿22日综合外电报导）`: the day only. */
const CNA = /^[（(](中央社)[^（）()]{0,24}?(\d{1,2})日(?:专)?(?:电|综合外电报导)/;
/** `【明报专讯】`, `【星岛日报报道】`, `【财新网】`: the outlet, no date. */
const BRACKET_NAME = /^【([^】\d]{2,12}?)(?:专讯|讯|报道|报导)?】/;

/**
 * The dateline at the start of the first paragraph: `【大纪元2021年06月23日讯】`, `路透北京8月31日 -`.
 * `context` (the whole page) lets a month-day dateline find its year.
 */
export function findDateline(paragraphs: readonly string[], context = ''): Dateline {
  // Read through the length-preserving normaliser so traditional datelines (【大紀元…訊】) match too.
  for (const p of paragraphs.slice(0, 3).map(normalizeText)) {
    const bracket = BRACKET.exec(p);
    if (bracket) {
      // 【新唐人北京时间2019年06月24日讯】: a place or time zone may follow the name.
      const outlet = outletFromName(bracket[1]) ?? outletAtStart(bracket[1]!);
      const [month, day] = [Number(bracket[3]), Number(bracket[4])];
      const date = bracket[2] ? isoDate(Number(bracket[2]), month, day) : undefined;
      return { outlet, date, monthDay: date ? undefined : [month, day] };
    }
    const reuters = REUTERS.exec(p);
    if (reuters) {
      const [month, day] = [Number(reuters[2]), Number(reuters[3])];
      const year = reuters[1] ? Number(reuters[1]) : yearForMonthDay(month, day, context);
      const date = year ? isoDate(year, month, day) : undefined;
      return { outlet: '路透社', date, monthDay: date ? undefined : [month, day] };
    }
    const agency = AGENCY.exec(p);
    const agencyOutlet = agency && !p.startsWith('路透') ? outletAtStart(agency[1]!) : undefined;
    if (agency && (agencyOutlet || /^本报/.test(agency[1]!))) {
      const [month, day] = [Number(agency[3]), Number(agency[4])];
      const year = agency[2] ? Number(agency[2]) : yearForMonthDay(month, day, context);
      const date = year ? isoDate(year, month, day) : undefined;
      return { outlet: agencyOutlet, date, monthDay: date ? undefined : [month, day] };
    }
    if (CNA.test(p)) return { outlet: '中央社' };
    const named = BRACKET_NAME.exec(p);
    const namedOutlet = named ? outletFromName(named[1]) ?? outletAtStart(named[1]!) : undefined;
    if (namedOutlet) return { outlet: namedOutlet };
    if (VOA_BYLINE.test(p) && /记者|記者/.test(p.slice(0, 20))) return { outlet: '美国之音' };
  }
  return {};
}
