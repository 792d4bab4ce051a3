import type { Doc, Mention } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';

/**
 * Short names of bodies that each region has its own of (证监会, 央行, 民主党, 廉政公署): the lexicon links the bare
 * form to the body most news means (中国证监会, 中国人民银行, 美国民主党, 香港廉政公署), but a Hong Kong page's
 * 證監會 is Hong Kong's Securities and Futures Commission and a Taiwan page's 央行 Taiwan's central bank.
 *
 * Data, not names of articles: `REGIONS` says how a page is placed in a region (its host outlet, its dateline, or a
 * traditional-script page naming the region's places most); `REGIONAL_SENSE_ROWS` lists, per bare form, the body it
 * names in each region (a lexicon id), or `null` where the region's own body is not in the lexicon: the mention is
 * then left unlinked (its own entity) rather than linked to another region's body. A row applies only when the page
 * names its region's places at least as often as the words of the lexicon sense's home (`home`: a Hong Kong outlet's
 * report on a US election keeps 民主党 the US party), and not when the page also names the lexicon's body by another
 * of its forms (中国证监会 … 证监会). Each row has invented examples (tests/unit/resolve/regional-senses.test.ts).
 */
export type RegionId = 'hk' | 'tw' | 'mo';

export interface Region {
  id: RegionId;
  /** Canonical names (src/load/outlet-table.ts) of outlets based in the region. */
  outlets: readonly string[];
  /** Place and institution words (simplified) that say a page is about the region. */
  places: readonly string[];
}

export const REGIONS: readonly Region[] = [
  {
    id: 'hk',
    outlets: ['众新闻', '立场新闻', '苹果日报', '明报', '星岛日报', '东方日报', '香港01', '信报', '香港经济日报', '大公报', '香港文汇报', '香港商报', '经济通', '852邮报', '香港独立媒体', '香港电台', '有线新闻', 'Now新闻台', '香港无线电视', '香港商业电台', '南华早报', '端传媒'],
    places: ['香港', '本港', '港府', '特区政府', '立法会', '九龙', '新界', '港岛', '港股', '港交所'],
  },
  {
    id: 'tw',
    outlets: ['中央社', '台湾苹果日报', '台湾经济日报', '联合报', '中国时报', '工商时报', '自由时报', 'ETtoday新闻云', '三立新闻网', '东森新闻', '民视', 'TVBS', '中天新闻', '台湾公共电视台', '新头壳', '风传媒', '镜周刊', '镜新闻', '今周刊', '天下杂志', '台湾商业周刊'],
    places: ['台湾', '台北', '新北', '高雄', '台中', '台南', '桃园', '行政院', '立法院', '蔡英文'],
  },
  { id: 'mo', outlets: [], places: ['澳门', '澳区', '氹仔', '路环'] },
];

export interface RegionalSenseRow {
  id: string;
  /** The bare form (simplified) as the lexicon lists it. */
  alias: string;
  /** The lexicon id the bare form links to. */
  lexId: string;
  /** Per region: the lexicon id of the region's own body, or null (not in the lexicon: left unlinked). */
  senses: Partial<Record<RegionId, string | null>>;
  /** Words of the lexicon sense's home: where they outnumber the region's places, the lexicon sense stands. */
  home: readonly string[];
  /** Pages (text, outlet) where the form is the region's body (its name, or the form itself when unlinked)… */
  yes: ReadonlyArray<readonly [string, string, string]>;
  /** …and where it stays the lexicon's body (its canonical name). */
  no: ReadonlyArray<readonly [string, string, string]>;
}

const MAINLAND = ['中国', '内地', '大陆', '北京', '上海', '深圳', '国务院', '人民币'];

export const REGIONAL_SENSE_ROWS: readonly RegionalSenseRow[] = [
  {
    id: 'securities-commission', alias: '证监会', lexId: 'csrc', senses: { hk: 'hk-sfc', tw: null, mo: null }, home: MAINLAND,
    yes: [['證監會周五對本港一家上市公司的前董事展開調查，香港股民關注。', '众新闻', '香港证券及期货事务监察委员会']],
    no: [
      ['證監會周五批准兩家內地企業在上海和深圳上市，中國監管收緊。', '众新闻', '中国证券监督管理委员会'],
      ['中國證監會主席周五表示，證監會將支持企業在香港上市。', '众新闻', '中国证券监督管理委员会'],
      ['证监会周五对一家上市公司展开调查。', '新华社', '中国证券监督管理委员会'],
    ],
  },
  {
    id: 'democratic-party', alias: '民主党', lexId: 'us-democratic-party', senses: { hk: 'hk-democratic-party' }, home: ['美国', '华盛顿', '白宫', '国会', '参议院', '众议院'],
    yes: [['民主黨周日在立法會外舉行記者會，批評香港特區政府的防疫措施。', '众新闻', '香港民主党']],
    no: [['民主黨周日在美國國會提出法案，白宮表示反對，香港傳媒關注。', '众新闻', '美国民主党']],
  },
  {
    id: 'central-bank', alias: '央行', lexId: 'pboc', senses: { tw: 'tw-central-bank' }, home: MAINLAND,
    yes: [['央行周四宣布升息半碼，台灣股市應聲下跌，台北房市降溫。', '中央社', '中华民国中央银行']],
    no: [['央行周四宣布降准，北京和上海的银行下调利率，中国股市上涨。', '中央社', '中国人民银行']],
  },
  {
    id: 'supreme-court', alias: '最高法院', lexId: 'us-supreme-court', senses: { tw: null }, home: ['美国', '华盛顿', '联邦'],
    yes: [['最高法院周五駁回上訴，全案定讞，台北地檢署表示尊重。', '中央社', '最高法院']],
    no: [['最高法院周五裁定美國總統的移民禁令合法，華盛頓震動，台灣關注。', '中央社', '美国最高法院']],
  },
  {
    id: 'anti-corruption', alias: '廉政公署', lexId: 'icac', senses: { mo: null }, home: ['香港'],
    yes: [['【本報澳門訊】廉政公署周五公布調查報告，指澳門一名官員涉嫌受賄，氹仔一地盤停工。', '大纪元', '廉政公署']],
    no: [['【本報香港訊】廉政公署周五拘捕一名官員，澳門亦有類似案件，香港市民關注，本港輿論嘩然。', '大纪元', '香港廉政公署']],
  },
  {
    id: 'legislative-council', alias: '立法会', lexId: 'hk-legco', senses: { mo: null }, home: ['香港', '本港', '港府'],
    yes: [['【本報澳門訊】立法會周五通過法案，澳門特區政府表示歡迎，氹仔居民關注。', '大纪元', '立法会']],
    no: [['立法會周五通過法案，香港特區政府表示歡迎。', '众新闻', '香港立法会']],
  },
];

const BY_ALIAS = new Map(REGIONAL_SENSE_ROWS.map((r) => [r.alias, r]));
// A dateline or credit placing the page (【大纪元2020年5月1日讯】…香港讯, 中央社记者X台北1日电): region words before 讯/电/报导.
// (Only a dateline's shape: 台北5日电, 澳门讯, 香港报导）— not 据香港电台报道.)
const DATELINE = /([\u4e00-\u9fff]{2,3}?)(?:\d{1,2}日电|讯|报导[）)]|报道[）)])/g;
const DATELINE_SPAN = 120;

function count(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) n++;
  return n;
}

/** The region a page is placed in: its host outlet's, its dateline's, or a traditional-script page's main region. */
export function articleRegion(doc: Doc): RegionId | undefined {
  const outlet = doc.article.outlet;
  const byOutlet = outlet ? REGIONS.find((r) => r.outlets.includes(outlet)) : undefined;
  if (byOutlet) return byOutlet.id;
  for (const m of doc.norm.slice(0, DATELINE_SPAN).matchAll(DATELINE)) {
    const r = REGIONS.find((x) => x.places.some((p) => m[1]!.endsWith(p)));
    if (r) return r.id;
  }
  if (doc.text === doc.norm || !traditional(doc)) return undefined;
  const counts = REGIONS.map((r) => [r.id, count(doc.norm, r.places)] as const).sort((a, b) => b[1] - a[1]);
  return counts[0]![1] >= 2 && counts[0]![1] > counts[1]![1] * 2 ? counts[0]![0] : undefined;
}

/** A page written in traditional script: at least 2% of its characters change when simplified. */
function traditional(doc: Doc): boolean {
  let changed = 0;
  const n = Math.min(doc.text.length, doc.norm.length, 4000);
  for (let i = 0; i < n; i++) if (doc.text[i] !== doc.norm[i]) changed++;
  return n > 0 && changed / n >= 0.02;
}

/**
 * The lexicon matches of the rows' bare forms, read in the page's region: linked to the region's body, or
 * unlinked where the region's body is not in the lexicon. Other mentions pass unchanged.
 */
export function regionalSenses(doc: Doc, mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  if (!mentions.some((m) => m.lexId && BY_ALIAS.get(m.norm)?.lexId === m.lexId)) return [...mentions];
  const region = articleRegion(doc);
  if (!region) return [...mentions];
  const places = count(doc.norm, REGIONS.find((r) => r.id === region)!.places);
  const remap = new Map<string, string | null>(); // bare form → regional id or null
  for (const row of REGIONAL_SENSE_ROWS) {
    const sense = row.senses[region];
    if (sense === undefined || places < count(doc.norm, row.home)) continue;
    // 中国证监会 … 证监会: a page that names the lexicon's body by another of its forms means it.
    if (mentions.some((m) => m.lexId === row.lexId && m.norm !== row.alias)) continue;
    if (sense !== null && !lexicon.byId.has(sense)) continue;
    remap.set(row.alias, sense);
  }
  if (remap.size === 0) return [...mentions];
  return mentions.map((m) => {
    const to = m.lexId && BY_ALIAS.get(m.norm)?.lexId === m.lexId ? remap.get(m.norm) : undefined;
    if (to === undefined) return m;
    if (to === null) return { ...m, lexId: undefined, source: 'discovery', rule: 'regional-sense' };
    return { ...m, lexId: to, type: lexicon.byId.get(to)!.type, rule: 'regional-sense' };
  });
}
