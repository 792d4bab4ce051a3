/**
 * Listed companies go by short plain-word names (航天科技, 东方证券, 康仁堂) that no suffix rule or lexicon knows. A
 * short name is read as a company only where the clause supports it: a stake or takeover verb (收购, 增持, 持有…)
 * beside it, a stake noun after it (1%股权), or a listed company's announcement (今日公告). The words are data; the
 * rules say which shape each context licenses, each with invented sentences it must and must not read.
 */

/** Verbs of buying, holding or putting capital into a company: the name after them is the company acted on. */
export const STAKE_VERBS: readonly string[] = [
  '全资收购', '收购', '并购', '增持', '减持', '持有', '入股', '参股', '注资', '注入', '增资', '出资', '入主', '受让', '买入', '认购', '竞得', '举牌', '控股',
  '吸收合并', '要约收购',
];

/** A shareholder's title: the name right after it is the holder, a company (第三大股东X电子, 控股股东X集团). */
export const HOLDER_TITLES: readonly string[] = ['股东', '大股东', '控股股东', '主要股东'];

/** What a listed company does in its own name (X今日公告称, X发布公告): the name before it is the company. */
export const ANNOUNCE_CUES: readonly string[] = ['发布公告', '公告称', '公告', '披露', '晚间公告', '董事会公告'];

/**
 * Time, manner and attribution words that may stand between a company and its verb (X今日公告, X拟收购, X仍持有,
 * X据报持有): none of them is a name, even opening a clause (据报也持有Y).
 */
export const BETWEEN_WORDS: readonly string[] = [
  '据报', '据报道', '据报导', '据悉', '据称', '据传', '据闻', '据了解', '传闻', '今日', '昨日', '近日', '日前', '今天', '昨天', '晚间', '同日', '当日', '拟', '将', '已', '已经', '仍', '欲', '再度', '再次', '首次', '计划', '决定', '宣布', '合计', '累计', '共', '共计', '便', '也', '还', '曾', '正式', '又',
];

/**
 * Words that say whose or what kind a holding vehicle is (家族信托, 员工持股, 国有资本): before an industry ending they
 * describe, they name no company.
 */
export const DESCRIPTIVE_PARTS: readonly string[] = [
  '家族', '员工', '个人', '私人', '国有', '外资', '民营', '私营', '政府', '境外', '海外', '本地', '当地', '上市', '关联', '离岸', '慈善', '公益',
];

/**
 * Industry and corporate endings that listed companies' short names end with (X股份, X控股, X药业…). Alone they name
 * nothing (科技 is a word); after a short proper part and in a stake context they name a company.
 */
export const SHORT_NAME_SUFFIXES: readonly string[] = [
  '股份', '控股', '集团', '药业', '医药', '制药', '生物', '国际', '科技', '高科', '实业', '证券', '银行', '电子', '化学', '化工', '软件', '传媒',
  '地产', '置业', '钢铁', '电器', '能源', '汽车', '客车', '矿业', '煤业', '重工', '机械', '水泥', '物业', '电力', '通信', '信息', '网络', '投资', '航空',
  '食品', '乳业', '酒业', '纺织', '新材', '光电', '电气', '环保', '保险', '信托', '基金', '资本', '物流', '港口', '建设', '农业',
];

/** After a short name: where it ends (a stake, a share count, 的, a time word, the clause end). */
export const NAME_END_AFTER = /^(?:[\d.]+%|[\d.]+(?:万|亿)?股|的|股权|股份|股票|控股权|后|时|一事|之后|[，,。；;：:！？、）)」”"]|$)/;

export interface ShortNameRule {
  id: string;
  /** What the rule reads. */
  shape: string;
  /** Invented sentences, each with the short names the rule must find… */
  positive: ReadonlyArray<readonly [string, readonly string[]]>;
  /** …or must not find. */
  negative: ReadonlyArray<readonly [string, readonly string[]]>;
}

export const SHORT_NAME_RULES: readonly ShortNameRule[] = [
  {
    id: 'short-suffix',
    shape: 'a short proper part and an industry ending (X股份, X药业), in a clause with a stake verb or an announcement',
    positive: [
      ['青松药业今日公告称，公司将出售一处厂房。', ['青松药业']],
      ['报道称，白鹭控股持有金桥电子三成股份。', ['白鹭控股', '金桥电子']],
      // After a shareholder's title, and not a person's name (大股东X is as often a person: 大股东王明远).
      ['公司第二大股东翠岭电子昨日抛售了部分股份。', ['翠岭电子']],
    ],
    negative: [
      ['这家工厂发展电子科技多年，员工很多。', ['电子科技']],
      ['我们关注新能源汽车的发展。', ['能源汽车']],
      ['他另通过家族信托持有禾丰堂三成股份。', ['家族信托']],
    ],
  },
  {
    id: 'short-after-stake-verb',
    shape: 'a proper word right after a stake verb, ending at a stake, a share count, 的 or the clause end',
    positive: [
      ['据悉，远帆集团收购蓝港湾的时候，市场反应平淡。', ['蓝港湾']],
      ['青松药业拟以2亿元增持禾丰堂5%股权。', ['禾丰堂']],
      ['青松药业拟将旗下资产注入禾丰堂，交易明年完成。', ['禾丰堂']],
      // A place opening the name is part of it (天津X); a country is not (美国X is nationality).
      ['远帆集团拟增持天津翠岭5%股权。', ['天津翠岭']],
    ],
    negative: [
      ['他去年收购了大量土地，并持有现金。', ['大量土地', '现金']],
      ['公司收购北京的一处厂房。', ['北京']],
      ['远帆集团增持了美国翠岭5%股权。', ['美国翠岭']],
    ],
  },
  {
    id: 'short-before-verb',
    shape: 'a proper word opening the clause, then a stake verb or an announcement (time and manner words between)',
    positive: [['禾丰堂今日公告，董事会同意出售资产。', ['禾丰堂']]],
    negative: [
      ['张明华今日公告了自己的决定。', ['张明华']],
      ['另外，商人李明远，据报也持有禾丰堂的股份。', ['据报']],
    ],
  },
  {
    id: 'short-repeat',
    shape: 'another mention of a short name the rules above found in the same document, at word boundaries',
    positive: [['青松药业拟增持禾丰堂5%股权。禾丰堂董事长表示欢迎。', ['禾丰堂']]],
    negative: [],
  },
];
