import type { EntityType } from '../types.ts';

/**
 * Name endings that make a noun phrase an organisation, and the type they imply. Longest first, so that
 * 证券交易所 wins over 所 and 人民银行 over 银行.
 */
const SUFFIX_TABLE: ReadonlyArray<readonly [string, EntityType]> = [
  // media
  ['通讯社', 'MediaOutlet'], ['新闻社', 'MediaOutlet'], ['电视台', 'MediaOutlet'], ['广播电台', 'MediaOutlet'],
  ['电台', 'MediaOutlet'], ['日报', 'MediaOutlet'], ['时报', 'MediaOutlet'], ['晚报', 'MediaOutlet'], ['早报', 'MediaOutlet'],
  ['晨报', 'MediaOutlet'], ['商报', 'MediaOutlet'], ['周刊', 'MediaOutlet'], ['周报', 'MediaOutlet'], ['杂志', 'MediaOutlet'],
  ['新闻网', 'MediaOutlet'], ['邮报', 'MediaOutlet'], ['卫视', 'MediaOutlet'],
  // government
  ['委员会', 'GovernmentBody'], ['人民政府', 'GovernmentBody'], ['政府', 'GovernmentBody'], ['法院', 'GovernmentBody'],
  ['检察院', 'GovernmentBody'], ['公安局', 'GovernmentBody'], ['公安厅', 'GovernmentBody'], ['警察局', 'GovernmentBody'],
  ['警方', 'GovernmentBody'], ['监管局', 'GovernmentBody'], ['管理局', 'GovernmentBody'], ['总局', 'GovernmentBody'],
  ['国务院', 'GovernmentBody'], ['中院', 'GovernmentBody'], ['分局', 'GovernmentBody'], ['派出所', 'GovernmentBody'], ['中央银行', 'GovernmentBody'], ['人民银行', 'GovernmentBody'], ['市委', 'GovernmentBody'],
  ['省委', 'GovernmentBody'], ['县委', 'GovernmentBody'], ['区委', 'GovernmentBody'], ['发改委', 'GovernmentBody'],
  ['市政府', 'GovernmentBody'], ['省政府', 'GovernmentBody'], ['纪委', 'GovernmentBody'], ['监察委', 'GovernmentBody'], ['部', 'GovernmentBody'], ['局', 'GovernmentBody'], ['署', 'GovernmentBody'],
  ['厅', 'GovernmentBody'], ['办公室', 'GovernmentBody'], ['议会', 'GovernmentBody'], ['国会', 'GovernmentBody'],
  ['参议院', 'GovernmentBody'], ['众议院', 'GovernmentBody'], ['使馆', 'GovernmentBody'], ['大使馆', 'GovernmentBody'],
  ['领事馆', 'GovernmentBody'], ['监管委员会', 'GovernmentBody'],
  // companies
  ['合伙企业', 'Company'], ['股份有限公司', 'Company'], ['有限责任公司', 'Company'], ['有限公司', 'Company'], ['公司', 'Company'], ['集团', 'Company'],
  ['银行', 'Company'], ['证券', 'Company'], ['基金', 'Company'], ['保险', 'Company'], ['控股', 'Company'], ['资本', 'Company'],
  ['交易所', 'Company'], ['科技', 'Company'], ['汽车', 'Company'], ['航空', 'Company'], ['电信', 'Company'],
  ['地产', 'Company'], ['置业', 'Company'], ['文化', 'Company'], ['传媒', 'Company'], ['传播', 'Company'], ['影视', 'Company'], ['金服', 'Company'], ['网络', 'Company'],
  // industry words listed companies are called by (海螺水泥, 徐工机械, 华菱钢铁): weak, never a name on their own
  ['水泥', 'Company'], ['钢铁', 'Company'], ['机械', 'Company'], ['重工', 'Company'], ['制药', 'Company'], ['药业', 'Company'],
  ['化工', 'Company'], ['煤业', 'Company'], ['矿业', 'Company'], ['电器', 'Company'],
  // units of another organisation
  ['分校', 'Organization'], ['分行', 'Company'], ['分公司', 'Company'], ['子公司', 'Company'], ['办事处', 'GovernmentBody'], ['代表处', 'GovernmentBody'],
  // other organisations
  ['大学', 'Organization'], ['学院', 'Organization'], ['研究院', 'Organization'], ['研究所', 'Organization'],
  ['研究中心', 'Organization'], ['协会', 'Organization'], ['商会', 'Organization'], ['学会', 'Organization'],
  ['基金会', 'Organization'], ['联谊会', 'Organization'], ['中心', 'Organization'], ['联合会', 'Organization'], ['俱乐部', 'Organization'], ['协进会', 'Organization'], ['促进会', 'Organization'], ['同盟', 'Organization'], ['组织', 'Organization'], ['联盟', 'Organization'],
  ['智库', 'Organization'], ['医院', 'Organization'], ['中学', 'Organization'], ['小学', 'Organization'],
  // parties
  ['共产党', 'PoliticalParty'], ['民主党', 'PoliticalParty'], ['共和党', 'PoliticalParty'], ['国民党', 'PoliticalParty'],
  ['民进党', 'PoliticalParty'], ['工党', 'PoliticalParty'], ['保守党', 'PoliticalParty'],
];

export const ORG_SUFFIXES: ReadonlyArray<readonly [string, EntityType]> = [...SUFFIX_TABLE].sort(
  (a, b) => b[0].length - a[0].length,
);

/** Suffixes too short or too common to make an organisation from an unknown word by themselves. */
const WEAK_SUFFIXES = new Set(['文化', '传媒', '传播', '影视', '中心', '部', '局', '署', '厅', '科技', '网络', '基金', '保险', '证券', '资本', '控股', '汽车', '航空', '电信', '地产', '新闻', '组织', '联盟', '水泥', '钢铁', '机械', '重工', '制药', '药业', '化工', '煤业', '矿业', '电器']);

/** The organisation type implied by a name's ending, or undefined. `strict` ignores the weak endings. */
/** Suffixes by the code of their last character, longest first as in ORG_SUFFIXES; the answers are shared. */
const BY_LAST = new Map<number, Array<Readonly<{ suffix: string; type: EntityType }>>>();
for (const [suffix, type] of ORG_SUFFIXES) {
  const code = suffix.charCodeAt(suffix.length - 1);
  (BY_LAST.get(code) ?? BY_LAST.set(code, []).get(code)!).push(Object.freeze({ suffix, type }));
}

const LAST_CODES = new Uint8Array(0x10000);
for (const code of BY_LAST.keys()) LAST_CODES[code] = 1;

/** A cheap pre-check: could `word` end with an organisation suffix? */
export function mayEndOrg(word: string): boolean {
  return LAST_CODES[word.charCodeAt(word.length - 1)] === 1;
}

export function orgSuffixType(name: string, strict = false): Readonly<{ suffix: string; type: EntityType }> | undefined {
  const candidates = BY_LAST.get(name.charCodeAt(name.length - 1));
  if (!candidates) return undefined;
  for (const found of candidates) {
    const { suffix } = found;
    if (name.length > suffix.length && name.endsWith(suffix)) {
      if (strict && WEAK_SUFFIXES.has(suffix)) continue;
      return found;
    }
  }
  return undefined;
}

/**
 * The organisation suffix a segmenter word ends with, the whole word included (华为公司 → 公司, 公司 → 公司):
 * `orgSuffixType('#' + word)` without building that string.
 */
export function orgSuffixOfWord(word: string): Readonly<{ suffix: string; type: EntityType }> | undefined {
  const candidates = BY_LAST.get(word.charCodeAt(word.length - 1));
  if (!candidates) return undefined;
  for (const found of candidates) if (word.length >= found.suffix.length && word.endsWith(found.suffix)) return found;
  return undefined;
}

/**
 * Endings that short forms drop, one after another: 福特汽车公司 → 福特汽车 → 福特,
 * 华为技术有限公司 → 华为技术 → 华为. Corporate forms first, then industry words.
 */
export const SHORT_FORM_SUFFIXES = [
  '股份有限公司', '有限责任公司', '有限公司', '控股集团', '集团公司', '集团', '公司', '控股', '股份',
  '汽车', '科技', '技术', '电子', '通讯', '通信', '网络', '国际', '实业', '航空', '电器', '酒店', '快递', '传媒', '影业', '地产',
];

/** Endings that name a unit of the organisation before them (威斯康辛大学麦迪逊分校, 中国银行纽约分行). */
export const UNIT_SUFFIXES = new Set(['分校', '分行', '分公司', '子公司', '办事处', '代表处', '研究所', '研究院', '研究中心', '学院', '委员会', '法院']);
