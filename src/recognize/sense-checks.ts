import type { Doc, Mention } from '../types.ts';
import { roleAtEnd, roleAtStart } from './role-words.ts';

/**
 * Lexicon aliases that are also ordinary words (蚂蚁 ants, 苹果 apples, 油管 a pipe) or names many people and places
 * share (张勇, 钟山, 林肯): a match becomes the lexicon's entity only with support in the text. Each row is a class of
 * ambiguity with its own examples (tests/unit/recognize/sense-checks.test.ts runs them).
 *
 * - `word`: an ordinary word. Support: a cue of the entity's kind next to it (苹果公司, 苹果发布, 据苹果), or another
 *   name of the same entity in the article (蚂蚁集团 … 蚂蚁).
 * - `name`: a common personal name. Support: a title right before or after it (阿里巴巴CEO张勇, 林肯总统), taking a
 *   post (张勇担任…), or another
 *   name of the same entity in the article (亚伯拉罕·林肯 … 林肯).
 * Without support a `word` match is dropped (一群蚂蚁); a `name` match is dropped inside a longer name (钟山风景区,
 * 林肯轿车) and otherwise kept as a person of that name who is not the lexicon's (四川农民张勇).
 * - `prefix`: a name that is also a country and a field (中国移动 China Mobile; 中国移动应用 Chinese mobile apps). It is
 *   the entity unless a word of the field follows (`notAfter`), which makes the phrase a description.
 */
export interface SenseRow {
  id: string;
  alias: string;
  lexId: string;
  kind: 'word' | 'name' | 'prefix';
  /** For `prefix`: the words after the alias that make it a description. */
  notAfter?: RegExp;
  /** Texts where the alias is the entity… */
  yes: readonly string[];
  /** …and where it is not. */
  no: readonly string[];
}

// 中国移动应用/支付/互联网 (Chinese mobile apps, payments, internet); 中国电信业/市场 (China's telecom industry, market).
// (应用商店 is the operator's store: a field word followed by more of a name is not the field.)
const MOBILE_FIELD = /^(?:应用(?!商店|商城)|App|APP|app|支付|互联网|游戏|端|设备|市场|产业|行业)/;
const TELECOM_FIELD = /^(?:业|市场|产业|行业|领域|监管|巨头|设备|运营商|企业)/;

export const SENSE_ROWS: readonly SenseRow[] = [
  { id: 'ant', alias: '蚂蚁', lexId: 'ant-group', kind: 'word', yes: ['蚂蚁集团周五宣布整改，蚂蚁将设立控股公司。', '监管部门约谈了蚂蚁，要求整改。', '蚂蚁旗下的支付宝用户众多。'], no: ['一群蚂蚁正在搬家。', '他像蚂蚁一样忙碌。'] },
  { id: 'apple', alias: '苹果', lexId: 'apple', kind: 'word', yes: ['苹果公司发布新手机，苹果股价上涨。', '苹果周二发布了新款iPhone。', '据苹果称，销量创新高。'], no: ['他每天吃一个苹果。', '苹果和香蕉的价格都上涨了。'] },
  { id: 'youtube', alias: '油管', lexId: 'youtube', kind: 'word', yes: ['他在油管上发布视频。', '油管频道的订阅者很多。'], no: ['工人正在修理破裂的油管。'] },
  { id: 'zhang-yong', alias: '张勇', lexId: 'daniel-zhang', kind: 'name', yes: ['阿里巴巴CEO张勇表示，公司将继续投资。', '张勇担任阿里巴巴集团董事局主席。'], no: ['四川农民张勇种植水稻。', '张勇和妻子开了一家面馆。'] },
  { id: 'zhong-shan', alias: '钟山', lexId: 'zhong-shan', kind: 'name', yes: ['商务部长钟山表示，谈判有进展。'], no: ['游客在钟山风景区游玩。'] },
  { id: 'china-mobile', alias: '中国移动', lexId: 'china-mobile', kind: 'prefix', notAfter: MOBILE_FIELD, yes: ['中国移动、中国联通和中国电信被摘牌。', '中国移动应用商店的收入增长。'], no: ['印度已经三次对中国移动应用实施封杀措施。', '中国移动支付的普及率很高。'] },
  { id: 'china-telecom', alias: '中国电信', lexId: 'china-telecom', kind: 'prefix', notAfter: TELECOM_FIELD, yes: ['中国电信周五公布业绩。'], no: ['中国电信业的改革由来已久。', '外资进入中国电信市场仍受限制。', '受美国制裁的中国电信巨头华为公司发布业绩。'] },
  { id: 'lincoln', alias: '林肯', lexId: 'abraham-lincoln', kind: 'name', yes: ['美国总统林肯废除了奴隶制。', '亚伯拉罕·林肯是美国第十六任总统，林肯出生于肯塔基州。'], no: ['他开着一辆林肯轿车。'] },
];

const BY_ALIAS = new Map(SENSE_ROWS.map((r) => [r.alias, r]));

// A cue of a company's or a product's kind right after the word (苹果公司, 苹果发布, 油管上发布) or right before it (据苹果).
const KIND_AFTER = /^(?:的)?(?:公司|集团|股价|股票|市值|旗下|财报|公布|发布|推出|宣布|表示|称|说|周[一二三四五六日]|CEO|首席|创始人|董事|总裁|App|APP|应用|平台|用户|频道|账号|上(?:发|的|看|有|传))/;
const KIND_BEFORE = /(?:据|与|和|跟|向|对|约谈|起诉|收购|投资|入股|监管|调查|罚款|批准|在)了?$/;
// 张勇担任阿里巴巴集团董事局主席: taking a post supports a person's name as a title does.
const TAKES_POST = /^(?:担任|出任|接任|现任|曾任|辞任|卸任)/;
// A quantity or an eating, growing or buying verb before the word names the thing (一群蚂蚁, 吃一个苹果).
const THING_BEFORE = /(?:一群|一只|一个|一颗|一些|几只|吃|种|买了|像)$/;

// A lower-case Latin word after another Latin word and a space or hyphen (F-1 visa, the apple): English text.
const LOWER_WORD = /^[a-z]+$/;
const ENGLISH_BEFORE = /[A-Za-z0-9][\s-]$/;

// 钟山风景区, 林肯轿车, 张勇路: the name is part of the name of a place or a thing.
const COMPOUND_AFTER = /^(?:风景区|景区|轿车|汽车|大学|学院|公园|路|街|大道|广场|中学|小学|山|湖|号|牌|镇|村|区|县|市|站|桥|陵|寺)/;

/**
 * The lexicon matches, ambiguous aliases checked: with support a match keeps its entity; without, a `word` match is
 * dropped, and a `name` match is dropped when it is part of a longer name, else kept as a person of that name who is
 * not the lexicon's (四川农民张勇: a farmer, not Alibaba's chief).
 */
export function senseChecked(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const supported = new Set<string>();
  for (const m of mentions) if (m.lexId && !BY_ALIAS.has(m.norm)) supported.add(m.lexId);
  const out: Mention[] = [];
  for (const m of mentions) {
    // 学生签证（F-1 visa）: a brand's name in lower case inside an English phrase is the English word (visa, apple).
    if (m.lexId && LOWER_WORD.test(m.text) && ENGLISH_BEFORE.test(doc.norm.slice(Math.max(0, m.start - 3), m.start))) continue;
    const row = m.lexId ? BY_ALIAS.get(m.norm) : undefined;
    if (!row || row.lexId !== m.lexId) {
      out.push(m);
      continue;
    }
    const before = doc.norm.slice(Math.max(0, m.start - 8), m.start);
    const after = doc.norm.slice(m.end, m.end + 8);
    if (row.kind === 'prefix') {
      if (!row.notAfter?.test(after)) out.push(m);
      continue;
    }
    if (!THING_BEFORE.test(before) && supported.has(row.lexId)) {
      out.push(m);
      continue;
    }
    if (row.kind === 'word') {
      if (!THING_BEFORE.test(before) && (KIND_AFTER.test(after) || KIND_BEFORE.test(before))) out.push(m);
      continue;
    }
    if (roleAtEnd(before) !== undefined || roleAtStart(after) !== undefined || TAKES_POST.test(after)) out.push(m);
    else if (!COMPOUND_AFTER.test(after)) out.push({ ...m, lexId: undefined, source: 'discovery', rule: 'name-unconfirmed' });
  }
  return out;
}
