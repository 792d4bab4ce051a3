import { normalizeText } from '../normalize/normalize-text.ts';
import { outletAtStart, outletFromName } from './find-outlet.ts';

/**
 * Repost lines: the page reprints another outlet's article. Each rule is data: an id, the pattern (over the
 * simplified, half-width line), and examples that its test runs. The name is group 1.
 */
export interface RepostRule {
  id: string;
  pattern: RegExp;
  /** Only a name the outlet table knows: the line has no cue word to say it names a source. */
  knownOnly?: boolean;
  positive: readonly [line: string, source: string][];
  negative: readonly string[];
}

/** What may stand between the cue and the name: 公众号「X」, 微信订阅号「X」, ◎X. */
const ACCOUNT = '(?:微信)?(?:公众号|订阅号|公号|微博)?\\s*[：:]?\\s*[「『“"《【◎]?\\s*';
const NAME = '([^」』”"》】：:\\s|｜丨（()~\\[\\]，,、。;；!！?？<>]{2,24})';

export const REPOST_RULES: readonly RepostRule[] = [
  {
    id: 'repost-from',
    // Bare 来自 opens ordinary sentences (来自北京的记者说): it needs 原文/本文 before it; 转自, 摘自 do not.
    pattern: new RegExp(`^(?:(?:原文|本文|文章|全文|此文)(?:来自|来源于)|(?:原文|本文|文章)?(?:转载自|转自|转引自|摘自|选自|转载于))\\s*[：:]?\\s*${ACCOUNT}${NAME}`),
    positive: [
      ['原文来自「好奇心日报」：~~[一个学校的消失]', '好奇心日报'],
      ['本文来自微信公众号：测试周刊（ID：test_weekly），作者：李明', '测试周刊'],
      ['原文来自公众号「好声量」：[标题](https://mp.weixin.qq.com/s/x)', '好声量'],
      ['转载自北京日报', '北京日报'],
      ['原文来自◎智谷趋势（ID：zgtrend）', '智谷趋势'],
    ],
    negative: ['来自北京的记者说，他们已经离开。', '原文链接：https://example.com/a'],
  },
  {
    id: 'repost-source',
    // `来源|X`, `来源丨X`: the bar of WeChat-style footers stands for the colon.
    pattern: new RegExp(`^(?:文章|新闻|稿件|本文)?(?:来源|出处)\\s*[：:|丨｜]\\s*${ACCOUNT}${NAME}`),
    positive: [
      ['来源：北京日报', '北京日报'],
      ['来源|测试参考、测试发布、羊城晚报', '测试参考'],
      ['来源丨北京日报', '北京日报'],
      ['來源：中央社', '中央社'],
      ['文章来源: 澎湃新闻', '澎湃新闻'],
    ],
    negative: ['图片来源：Pixabay/公有领域', '消息来源称，两人已经离开。', '来源|网络', '来源广泛|测试', '来源：受访者提供', '来源：视觉中国', '來源：Twitter', '来源：本报综合', '来源：网络截图'],
  },
  {
    id: 'repost-source-after-date',
    // Portal header lines: `2019-06-06 10:43:20　来源: 新京报`, with the page's tools between (`字号：A- A+来源：X`).
    pattern: new RegExp(`^(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?[^。！？]{0,24}?(?:来源|来自)\\s*[：:]\\s*${ACCOUNT}${NAME}`),
    positive: [['2019-06-06 10:43:20 来源: 新京报', '新京报'], ['2019-09-07 15:10:53字号：A-A A+来源：测试网', '测试网']],
    negative: ['2019-06-06 10:43:20 作者: 张三', '2019-06-06 10:43:20 图片来源：网络'],
  },
  {
    id: 'repost-outlet-after-date',
    // Portal header lines that print the source as a bare link after the time: `2019-09-26 10:56:28 证券时报网`.
    pattern: /^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*([^\s：:|｜，,。]{2,16})$/,
    knownOnly: true,
    positive: [['2019-09-26 10:56:28 证券时报网', '证券时报'], ['2019-09-26 10:56:28证券时报网', '证券时报'], ['2020年5月6日 新京报', '新京报']],
    negative: ['2019-09-26 10:56:28 张三', '2019-09-26 10:56:28 星期四', '2019-09-26 阅读'],
  },
];

/** Lines that say who made a page, never long sentences. */
const MAX_LINE = 80;

export interface Repost {
  /** The original outlet: its canonical name when the outlet table knows it, else the name as printed. */
  outlet: string;
  rule: string;
}

/** A name that is no outlet: a URL, a platform, a picture credit, a person credit. */
const NOT_OUTLET = /^(?:https?|www\.|网络|网友|网络图片|图片|视频|互联网|本站|本网|本报|本台|本刊|作者|记者|编辑|原创|微信|公众号|受访者|当事人|读者|视觉中国|getty|twitter|facebook|youtube|instagram|推特|脸书|微博截图|网页截图|截图|资料|档案)/i;
/** What a picture credit or a note says, not an outlet: `来源：受访者提供`, `来源：网络截图`. */
const NOT_OUTLET_END = /(?:提供|供图|截图|截屏|图片|照片|摄|整理|综合)$/;

/**
 * The outlet a page reprints, from its first and last lines (`来源：北京日报`, `转自X`, `本文来自X`, `原文来自「X」`),
 * or undefined. The host's own name (`来源：网易`) is no repost.
 */
export function findRepost(lines: readonly string[], host?: string): Repost | undefined {
  const edges = lines.length <= 16 ? lines : [...lines.slice(0, 8), ...lines.slice(-8)];
  for (const raw of edges) {
    if (raw.length > MAX_LINE * 3) continue;
    // Runs of spaces are one space before the patterns run: their optional-space parts cannot then backtrack.
    const line = normalizeText(raw).replace(/\s+/g, ' ').trim();
    for (const rule of REPOST_RULES) {
      const m = rule.pattern.exec(line);
      if (!m) continue;
      const printed = m[1]!.replace(/[「」『』“”"《》【】◎]/g, '').trim();
      if (printed.length < 2 || NOT_OUTLET.test(printed) || NOT_OUTLET_END.test(printed)) continue;
      const known = outletFromName(printed);
      if (rule.knownOnly && !known) continue;
      const outlet = known ?? outletAtStart(printed) ?? printed;
      if (host && outlet === host) continue;
      return { outlet, rule: rule.id };
    }
  }
  return undefined;
}
