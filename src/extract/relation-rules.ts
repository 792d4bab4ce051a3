import type { EntityType, RelationType } from '../types.ts';

/**
 * Pair rules: two entity anchors A (first in the text) and B (next), the text between them (`gap`), and
 * optionally the text before A or after B (same clause). Cue words, not names: every rule must hold on
 * articles nobody has seen. `swap` means B is the subject.
 */
export interface PairRule {
  id: string;
  type: RelationType;
  first: readonly EntityType[];
  second: readonly EntityType[];
  gap: RegExp;
  after?: RegExp;
  before?: RegExp;
  /** A test on the second entity's surface text. */
  secondText?: RegExp;
  /** The `after` text may run past a place (在平壤会晤, 在中国建立的): places are adjuncts here. */
  pastPlace?: boolean;
  /** The text after the second entity must not open with a role word (刘正荣的新华社副社长职务: a post, not a property). */
  noRoleAfter?: boolean;
  /** No appointing verb may stand between the cue and the second entity (批准才委任李小加: 委任's object, not 批准's). */
  noVerbAfterCue?: boolean;
  /** The gap must not open with a title (孔子学院中方院长遭FBI调查: the holder of the post is the patient). */
  noRoleInGap?: boolean;
  /** The gap is tested as printed, a closing quote mark included (「不要董建华」的《苹果日报》: the name is quoted). */
  printedGap?: boolean;
  /** This side must be a country (a country acts as a government: 美国制裁中兴). */
  country?: 'first' | 'second';
  swap?: boolean;
  confidence: number;
}

const ORG: EntityType[] = ['Company', 'Organization', 'GovernmentBody', 'MediaOutlet', 'PoliticalParty'];
const AGENT: EntityType[] = [...ORG, 'Person'];
const OWNED: EntityType[] = ['Company', 'Organization', 'Product', 'MediaOutlet'];
const GOV: EntityType[] = ['GovernmentBody', 'PoliticalParty'];
const REGULATED: EntityType[] = ['Company', 'Product', 'Person', 'Organization', 'MediaOutlet'];
const LOC: EntityType[] = ['Location'];
const SITED: EntityType[] = ['Company', 'Organization', 'GovernmentBody', 'MediaOutlet'];

// A character that stays inside the clause; a comma between digits (1,900万英镑) is a thousands separator.
const C = '(?:[^，,。；;：:！？]|(?<=\\d),(?=\\d))';
// A clause character that is no list mark (、).
const NO_LIST = '(?:[^，,。；;：:！？、]|(?<=\\d),(?=\\d))';
// A cue heading a noun (监管机构, 调查人员, 审查部门) names an agent, it is no verb; 不点名 (without naming) is no
// summons.
const REG_VERBS = '(?:接管|(?<!不)点名|查封|没收|打压|拘捕|通缉|判处|扣押|遣返|驱逐|禁入|采取|监管|监督|指导|约谈|罚款|处罚|调查|整改|叫停|下架|批准|限制|制裁|起诉|审查|查处|打击|禁止|封杀|关闭|冻结|逮捕|拘留|约见|问询|责令|勒令|暂停|吊销|核准|审批|放行|罚|取缔|整顿|关停|立案|传唤|管控)(?!机构|部门|人员|官员|当局|者|层)';

// X与Y, X周三同Y: nothing that makes X a possessor (弗吉尼亚州的决定与…: the decision, not the state, is the party).
// (An unnamed owner after 与 qualifies the second party: 光明日报与南方报业的南方都市报合办.)
// (X旗下子公司与Y, 公司全资子公司与Y: an unnamed unit of X is the party, not X.)
const PARTY_GAP = new RegExp(`^(?!${C}*?(?:子公司|附属公司|孙公司|分公司|旗下|下属))(?:(?!的)${C}){0,8}?(?:与|和|同|跟)(?:[\u4e00-\u9fff]{2,6}的)?$`);
// 股份, 股权: a stake in a company, not the company (收购X的股份 is an investment, 收购X control).
// (A quantity may stand before it: 收购X 51%股权, 竞得X 1000万股股份.)
const STAKE = '的?(?:[\\d.]+(?:%|％|万股|亿股|股)的?)?(?:部分|少数|多数|全部|较多|大量|少量|过半|逾半)?(?:股份|股权|股票|权益|ADS|ADR|美国存托股|存托股)';
const STAKE_AFTER = new RegExp(`^${STAKE}`);
const STAKE_NOT_AFTER = new RegExp(`^(?!${STAKE})`);
// 公司在海南产权交易所竞得X的股份: a place of the deal (在/于/从 X) is no party to it.
const NOT_ADJUNCT = /(?<![在于从经])$/;
const BA_LISTED = new RegExp(`^${C}{0,4}?(?:列入|纳入|加入|列进)${C}{0,8}?(?:实体清单|黑名单|制裁名单|清单|名单)`);
// 外交部发言人X的推特曾被揭关注Y: what only an account does (follow, retweet, get suspended) says the platform after 的
// is the person's account on it, not a company the person owns.
const ACCOUNT_NOT_AFTER = /^(?!(?:曾|已|又|也|还)?(?:被揭|被指|被发现)?(?:关注|转发|转推|点赞|封号|被封|被冻结|被停用|被注销|被盗)|(?:官方)?(?:账号|帐号|账户|帐户|户口|存款|专栏|节目|主页|页面|公众号|频道|粉丝|推文|贴文|帖子|群组|内容|言论|发文|发帖|文(?![化学])|动态|视频|直播|留言|评论|上(?:发|写|贴|表示|说|称|留言|转发|公开|直播|回应)))/;
const SANCTIONS = '制裁|封杀|禁售|禁运|列入实体清单|列入黑名单|拉黑';
// 某人的北大校友, 任志强的北大演讲: the organisation qualifies a noun of ties or events the person has; he owns none.
const TIE_NOT_AFTER = new RegExp(`${ACCOUNT_NOT_AFTER.source}(?!(?:的)?(?:校友|同学|同窗|学生|学弟|学妹|毕业生|老师|导师|同事|演讲|讲座|讲话|讲课|课堂|课程|学位|文凭|会议|活动|访问|之行))`);


export const PAIR_RULES: readonly PairRule[] = [
  // CONTROLS
  { id: 'controls-qixia', type: 'CONTROLS', first: AGENT, second: OWNED, gap: /^(?:通过|利用|及其|和其|及|和)?(?:的|所)?(?:旗下|属下|下属)(?:的|拥有的|所属的?|控制的)?(?:[\u4e00-\u9fff]{0,4}?)[“"「]?$/, after: ACCOUNT_NOT_AFTER, confidence: 0.9 },
  { id: 'controls-verb-de', type: 'CONTROLS', first: AGENT, second: [...OWNED, 'PoliticalParty'], gap: /^(?:所|实际|间接|直接|一手)?(?:控制|控股|掌控|掌握|拥有|持有|收购|买下)(?:了)?的$/, after: STAKE_NOT_AFTER, confidence: 0.85 },
  // 他的推特上发文, 闫丽梦的推特账号: a person's account on a platform, not the platform.
  { id: 'controls-possessive', type: 'CONTROLS', first: ['Person'], second: ['Company', 'Organization', 'MediaOutlet'], gap: /^的$/, after: TIE_NOT_AFTER, noRoleAfter: true, printedGap: true, confidence: 0.6 },
  { id: 'controls-parent-of', type: 'CONTROLS', first: OWNED, second: AGENT, gap: new RegExp(`^(?:${C}{0,20}?其|的)?(?:母公司|控股股东|(?:第一|最)?大股东|控股公司|实际控制人|实控人|所有者|拥有者|东家)(?:是|为)?$`), swap: true, confidence: 0.85 },
  // 力拓的第二大股东中铝, 建行第二大股东为美国银行: a shareholder that is not the largest invests, it does not control.
  { id: 'invests-shareholder-of', type: 'INVESTS_IN', first: ['Company', 'Organization'], second: AGENT, gap: new RegExp(`^(?:${C}{0,20}?其|的)?(?:第[二三四五六七八九十]|主要|重要|战略)(?:大)?股东(?:之一)?(?:是|为)?$`), swap: true, confidence: 0.75 },
  { id: 'controls-subsidiary', type: 'CONTROLS', first: ORG, second: OWNED, gap: /^(?:的|旗下的?)?(?:全资|控股)?(?:子公司|附属公司|分公司|孙公司|旗舰店)$/, confidence: 0.85 },
  { id: 'controls-is-parent', type: 'CONTROLS', first: AGENT, second: OWNED, gap: /^(?:是|为|乃|作为)$/, after: /^的?(?:母公司|控股股东|第一大股东|最大股东|大股东|实际控制人|实控人|所有者)/, confidence: 0.85 },
  { id: 'controls-is-subsidiary', type: 'CONTROLS', first: OWNED, second: ORG, gap: /^(?:是|为|作为)$/, after: /^(?:(?:的|旗下的?)(?:全资)?(?:子公司|附属公司|下属企业|下属公司|子企业)|旗下的?[\u4e00-\u9fff]{0,4}?(?:公司|企业|品牌|平台|机构|媒体))/, swap: true, confidence: 0.85 },
  // (收购X的股份 buys a stake, not the company: see invests-buys-stake.)
  { id: 'controls-acquire', type: 'CONTROLS', first: AGENT, second: OWNED, gap: new RegExp(`^${C}{0,18}?(?<cue>收购|并购|控股|买下|全资收购|吞并|入主)(?:了)?$`), after: STAKE_NOT_AFTER, before: NOT_ADJUNCT, confidence: 0.7 },
  // INVESTS_IN
  { id: 'invests-verb', type: 'INVESTS_IN', first: AGENT, second: ['Company', 'Organization', 'Product'], gap: new RegExp(`^${C}{0,8}?(?<cue>入股|(?<!主权|风险|私募|天使|创业)投资|持股|参股|注资|战略投资|增持|认购|领投|投资了)(?:了|于)?$`), confidence: 0.7 },
  // 中国铝业对江西钨业的增资扩股, 东航集团对东航增资: capital put into a company.
  { id: 'invests-capital-into', type: 'INVESTS_IN', first: AGENT, second: ['Company', 'Organization'], gap: /^(?:[\d年月日]{0,8})?(?:通过|拟|将|已|已经|正式|决定|宣布|再次|首次)?(?:对|向)$/, after: new RegExp(`^(?:的)?(?:${C}{0,2}?)(?<cue>增资扩股|增资|注资)`), confidence: 0.7 },
  { id: 'invests-received', type: 'INVESTS_IN', first: ['Company', 'Organization'], second: AGENT, gap: /^(?:获得|获|得到|接受)(?:了)?$/, after: /^(?:的)?(?:投资|注资|入股|战略投资|融资)/, swap: true, confidence: 0.65 },
  // 蚂蚁金服完成140亿美元融资，由X和Y领投: the backers of a round stand after 由, the next clause on.
  { id: 'invests-round-led-by', type: 'INVESTS_IN', first: ['Company', 'Organization', 'Product'], second: AGENT, gap: new RegExp(`^${C}{0,16}?(?:融资|投资|增资|注资)${C}{0,6}?[，,](?:本轮融资|该轮融资|此轮融资)?(?:由|获)$`), after: new RegExp(`^${C}{0,6}?(?:领投|投资|注资|参投|跟投|联合领投|共同领投)`), swap: true, confidence: 0.7 },
  // 国家大基金向中芯国际注资50亿元
  { id: 'invests-xiang', type: 'INVESTS_IN', first: AGENT, second: ['Company', 'Organization'], gap: new RegExp(`^${C}{0,6}?向$`), after: new RegExp(`^${C}{0,4}?(?:注资|投资|增资|入股)`), confidence: 0.7 },
  // 阿里巴巴是苏宁的第二大股东: a shareholder that does not control.
  { id: 'invests-is-shareholder', type: 'INVESTS_IN', first: AGENT, second: ['Company', 'Organization'], gap: /^(?:是|为|成为|已成为)$/, after: /^的?(?:第二|第三|第四|第五|主要|重要|战略)(?:大)?股东/, confidence: 0.75 },
  // 中国光大集团正在洽谈收购凯撒旅游的股份
  { id: 'invests-buys-stake', type: 'INVESTS_IN', first: AGENT, second: ['Company', 'Organization'], gap: new RegExp(`^${C}{0,8}?(?<cue>收购|购买|买入|增持|认购|入股|受让|竞得|购得|持有)(?:了)?$`), after: STAKE_AFTER, before: NOT_ADJUNCT, confidence: 0.65 },
  // 海航出售其持有的德意志银行股权: holding a stake, not the company.
  { id: 'invests-holds-stake', type: 'INVESTS_IN', first: AGENT, second: ['Company', 'Organization'], gap: /^(?:所|间接|直接)?(?:持有|拥有)(?:的)$/, after: STAKE_AFTER, confidence: 0.7 },
  // X将合计持有Y 1亿股: adverbs may stand before the verb; the number of shares follows the company.
  { id: 'invests-holds', type: 'INVESTS_IN', first: AGENT, second: ['Company'], gap: /^(?:将|仍|已|共|合计|共计|累计|目前|现|间接|直接){0,3}(?:持有|拥有)$/, after: new RegExp(`^${C}{0,10}?股`), confidence: 0.65 },
  { id: 'invests-stake-de', type: 'INVESTS_IN', first: AGENT, second: ['Company', 'Organization'], gap: /^(?:所)?(?:持股|控股|持有)[\d.]+%(?:股份|股权)?的$/, confidence: 0.75 },
  // OPERATES
  { id: 'operates-possessive', type: 'OPERATES', first: ORG, second: ['Product'], gap: /^(?:的|旗下的|运营的|经营的|营运的|提供的)$/, confidence: 0.75 },
  // 阿里巴巴的移动支付网络支付宝: the kind of service between the owner and the product's name.
  { id: 'operates-kind-de', type: 'OPERATES', first: ['Company', 'Organization', 'MediaOutlet'], second: ['Product'], gap: /^(?:的|旗下的?)[\u4e00-\u9fff]{0,6}?(?:平台|网络|应用|软件|程序|服务|App|APP|app)[“"「《]?$/, confidence: 0.7 },
  // 支付宝是蚂蚁集团的支付业务: the product is named as one of the company's businesses or platforms.
  { id: 'operates-is-business', type: 'OPERATES', first: ['Product'], second: ['Company', 'Organization', 'MediaOutlet'], gap: /^(?:是|为|乃|属于)$/, after: /^(?:旗下|的)[\u4e00-\u9fff]{0,6}?(?:业务|平台|产品|应用|服务)(?![商者方])/, swap: true, confidence: 0.7 },
  { id: 'operates-verb', type: 'OPERATES', first: ORG, second: ['Product'], gap: new RegExp(`^${C}{0,6}?(?<cue>运营|经营|营运|管理)(?:着|了)?$`), confidence: 0.7 },
  // LAUNCHED
  // 华为P20 Pro: a company right before its model's name (found by that pattern only).
  { id: 'launched-brand-model', type: 'LAUNCHED', first: ['Company'], second: ['Product'], gap: /^ ?$/, secondText: /^[A-Z][A-Za-z]*(?:\d| \d)/, confidence: 0.7 },
  { id: 'launched-verb', type: 'LAUNCHED', first: [...ORG, 'Person'], second: ['Product'], gap: new RegExp(`^${C}{0,20}?(?<cue>推出|发布|上线|推岀|发行|开通|开发|研发)(?:了|的)?${C}{0,14}$`), confidence: 0.75 },
  // FOUNDED
  { id: 'founded-verb', type: 'FOUNDED', first: AGENT, second: ORG, gap: new RegExp(`^${C}{0,14}?(?<cue>创办|创立|创建|创设|一手创办|成立|设立|组建|筹建)(?:了|的)?$`), confidence: 0.8 },
  // Y由X（共同）出资设立: the founder stands after 由.
  { id: 'founded-by', type: 'FOUNDED', first: ORG, second: AGENT, gap: new RegExp(`^${C}{0,8}?(?:是)?(?<cue>由)$`), after: new RegExp(`^(?:${C}{0,12}?)(?<cue>(?:共同)?(?:出资|发起|投资)?(?:设立|创立|创办|成立|组建|创建))`), swap: true, confidence: 0.75 },
  // 长安福特是福特在中国建立的合资公司: Y, 是, X, where X built it.
  { id: 'founded-is-established', type: 'FOUNDED', first: ['Company', 'Organization'], second: ORG, gap: /^(?:是|为)(?:由)?$/, after: new RegExp(`^${C}{0,8}?(?:建立|成立|设立|创办|创立|组建)的`), pastPlace: true, swap: true, confidence: 0.75 },
  { id: 'founded-founder-of', type: 'FOUNDED', first: ORG, second: ['Person'], gap: /^(?:的)?(?:联合|共同)?(?:创始人|创办人|缔造者)(?:之一)?$/, swap: true, confidence: 0.85 },
  { id: 'founded-is-founder', type: 'FOUNDED', first: ['Person'], second: ORG, gap: /^(?:是|为|作为|身为)$/, after: /^的?(?:联合)?(?:创始人|创办人)/, confidence: 0.85 },
  // REGULATES
  // (美国制裁追责、G7声讨: a cue followed by 、 is a noun in a list, the next name no object of it.)
  // (调查半岛电视台所提及的问题: X所…的Y is Y, which X did something to.)
  // (采取 takes its measures 对 someone — regulates-dui; 采取努力来劫持X names no one the measures fall on.)
  { id: 'regulates-verb', type: 'REGULATES', first: GOV, second: REGULATED, gap: new RegExp(`^${C}{0,12}?(?<cue>(?!采取)${REG_VERBS})${NO_LIST}{0,16}$`), after: /^(?!所[\u4e00-\u9fff]{1,4}的)/, noVerbAfterCue: true, confidence: 0.7 },
  // 获原银监会批准: a former name of the body may follow the cue.
  // (李四的“地摊经济”表述遭中宣部封杀: a possessor before the passive is not what is regulated.)
  { id: 'regulates-passive', type: 'REGULATES', first: REGULATED, second: GOV, gap: new RegExp(`^(?!的)${C}{0,12}?(?<cue>被|遭|遭到|遭遇|受到|收到|接受|获得|获|经|得到)(?:原|前)?$`), after: new RegExp(`^${C}{0,6}?(?<cue>${REG_VERBS}|${SANCTIONS}|列入${C}{0,6}?(?:清单|名单)|许可|同意)`), swap: true, noRoleInGap: true, confidence: 0.7 },
  // 美国商务部将华为列入实体清单, 美国把中兴列入黑名单: the 把/将 construction.
  { id: 'regulates-ba', type: 'REGULATES', first: GOV, second: REGULATED, gap: new RegExp(`^${C}{0,6}?(?:将|把)$`), after: BA_LISTED, confidence: 0.7 },
  { id: 'regulates-country-ba', type: 'REGULATES', first: LOC, second: REGULATED, country: 'first', gap: new RegExp(`^${C}{0,6}?(?:将|把)$`), after: BA_LISTED, confidence: 0.65 },
  // 美国制裁中兴, 受到美国的制裁: a country sanctions as its government does.
  { id: 'regulates-country-sanction', type: 'REGULATES', first: LOC, second: [...REGULATED, 'Location'], country: 'first', gap: new RegExp(`^${C}{0,8}?(?<cue>${SANCTIONS})${NO_LIST}{0,10}$`), confidence: 0.65 },
  // 证监会就沪伦通…征求意见 / 发布规定: a regulator's rules on something regulate it.
  { id: 'regulates-jiu', type: 'REGULATES', first: GOV, second: REGULATED, gap: new RegExp(`^${C}{0,4}?就$`), after: new RegExp(`^${C}{0,20}?(?:征求意见|出台|发布|制定|修订)(?:了)?(?:新规|规定|规则|办法|细则|指引|意见稿|征求意见稿)?`), confidence: 0.65 },
  // 美国对伊朗实施制裁: a country's sanctions may fall on another country.
  { id: 'regulates-country-dui', type: 'REGULATES', first: LOC, second: [...REGULATED, 'Location'], country: 'first', gap: new RegExp(`^(?![和与及、])${C}{0,4}?对$`), before: /(?<!对)$/, after: new RegExp(`^${C}{0,8}?(?:实施|施加|进行|实行|启动|重启|恢复|扩大)?(?:新一轮|新的|更多|全面|严厉|经济)?(?:${SANCTIONS})`), confidence: 0.65 },
  { id: 'regulates-country-sanctioned', type: 'REGULATES', first: REGULATED, second: LOC, country: 'second', gap: new RegExp(`^${C}{0,12}?(?:被|遭|遭到|遭遇|受到)$`), after: new RegExp(`^(?:的)?(?:${SANCTIONS})`), swap: true, confidence: 0.65 },
  { id: 'regulates-dui', type: 'REGULATES', first: GOV, second: REGULATED, gap: new RegExp(`^${C}{0,4}?(?<cue>对)$`), after: new RegExp(`^${C}{0,12}?(?<cue>${REG_VERBS}|罚单)`), confidence: 0.7 },
  // 金管局批出储值支付工具牌照予X: a licence granted to a company by its regulator (予/给 after the licence).
  { id: 'regulates-license-to', type: 'REGULATES', first: GOV, second: REGULATED, gap: new RegExp(`^${C}{0,12}?(?<cue>批出|发出|发放|颁发|核发|签发|授予|批给|发)${C}{0,12}?(?:牌照|执照|许可证|经营许可)(?:予|给)$`), confidence: 0.7 },
  // NEGOTIATES_WITH / PARTNERS_WITH
  // X会晤了Y, X同Y举行会谈: the meeting verb between the two parties.
  { id: 'negotiates-meets', type: 'NEGOTIATES_WITH', first: ['Person', 'GovernmentBody'], second: ['Person', 'GovernmentBody'], gap: new RegExp(`^(?:${C}{0,8}?(?:在|于)${C}{0,8}?)?(?:会晤|会谈|磋商)(?:了)?$`), confidence: 0.65 },
  { id: 'negotiates-with', pastPlace: true, type: 'NEGOTIATES_WITH', first: [...AGENT, 'Location'], second: [...AGENT, 'Location'], gap: PARTY_GAP, after: new RegExp(`^${C}{0,20}?(?<cue>洽谈|谈判|磋商|会谈|商谈|协商|谈话|举行会晤|会晤|讨论|对话|通电话|通话)`), confidence: 0.7 },
  // A platform (支付宝, 微信支付) signs deals as its operator does.
  { id: 'partners-with', pastPlace: true, type: 'PARTNERS_WITH', first: [...AGENT, 'Location', 'Product'], second: [...AGENT, 'Location', 'Product'], gap: PARTY_GAP, after: new RegExp(`^(?!的?(?:框架|范围|机制|体系|平台|架构))(?:${C}{0,16}?[，,])?${C}{0,20}?(?<cue>合作|合资|联手|签署|签订|签约|结盟|携手|达成${C}{0,6}协议|共同开发|组建|互联互通|对接|共建|达成意向|达成共识|联合(?:编制|发布(?!会)|推出|开发|研发|成立|举办|发起|创办)|合办|共同(?:成立|创办|创立|设立)|合作(?:成立|创办|设立))`), confidence: 0.7 },
  // 华为与清华大学，去年在北京成立实验室: founding something together, with only time and place words before the verb.
  { id: 'partners-found-together', pastPlace: true, type: 'PARTNERS_WITH', first: AGENT, second: AGENT, gap: PARTY_GAP, after: /^[，,]?(?:\d{1,4}年|\d{1,2}月|\d{1,2}日|前年|去年|今年|早前|此前|曾经|曾|已经|已|先后|共同|一起|在[\u4e00-\u9fffA-Za-z]{1,8}?)*(?<cue>成立|设立|组建|创办|创立)(?![于以之初周后时的])/, confidence: 0.65 },
  // 长春市政府联合阿里巴巴开启活动: 联合 right before the partner (联合创始人, 联合国 are other words: the gap must end on it);
  // 联合腾讯的对手: a partner followed by 的 only qualifies the real one.
  { id: 'partners-verb', type: 'PARTNERS_WITH', first: AGENT, second: AGENT, gap: new RegExp(`^${C}{0,4}?(?<cue>联手|携手|牵手|联合)$`), after: /^(?!的|旗下)/, confidence: 0.65 },
  // LOCATED_IN
  { id: 'located-verb', type: 'LOCATED_IN', first: SITED, second: LOC, gap: new RegExp(`^${C}{0,4}?(?:位于|总部位于|总部设在|总部设于|设在|设于|总部在|坐落于|落户|地处|位在)$`), confidence: 0.85 },
  { id: 'located-zai-hq', type: 'LOCATED_IN', first: SITED, second: LOC, gap: new RegExp(`^${C}{0,4}?在$`), after: new RegExp(`^${C}{0,4}?(?:的)?(?:总部|总行|办公室|办公大楼|工厂|厂房|园区|研发中心)`), confidence: 0.75 },
  // 华坚集团东莞总部, 阿里巴巴的杭州总部: the place between an organisation and its headquarters is where it sits.
  { id: 'located-name-hq', type: 'LOCATED_IN', first: SITED, second: LOC, gap: /^的?$/, after: /^(?<cue>总部|总行|总社)/, confidence: 0.75 },
  { id: 'located-hq-de', type: 'LOCATED_IN', first: LOC, second: SITED, before: /(?:总部位于|总部设在|位于|总部在|设在)$/, gap: /^的$/, swap: true, confidence: 0.8 },
  // (注册地为香港的恒大附属公司: a place before a company's branch or subsidiary is the unit's, not the company's.)
  { id: 'located-place-de', type: 'LOCATED_IN', first: LOC, second: ['Company', 'Organization'], gap: /^的$/, after: /^(?!的?(?:附属公司|子公司|分公司|孙公司|分行|支行|分部|分社|分校|办事处|代表处|门店|工厂|厂房|项目|业务))/, swap: true, confidence: 0.5 },
  // 广东珠海, 湖南省益阳市: the second place lies in the first — unless it is a sea or an ocean (美国太平洋舰队).
  // 禹州市西北磨街乡, 湖北西部恩施: a direction word between them places the second in that part of the first.
  { id: 'located-nested-place', type: 'LOCATED_IN', first: LOC, second: LOC, gap: /^(?:省|市|州)?(?:(?:东|南|西|北|东南|东北|西南|西北)部?)?$/, secondText: /^(?!.*(?:洋|..海)$)/, swap: true, confidence: 0.6 },
  // WORKS_FOR by verb: 为谷歌工作, 在华为任职, 加入阿里巴巴
  { id: 'works-for-verb', type: 'WORKS_FOR', first: ['Person'], second: ORG, gap: new RegExp(`^${C}{0,8}?(?<cue>为|在|于|替|供职于|任职于|就职于)$`), after: new RegExp(`^${C}{0,4}?(?<cue>工作|任职|供职|就职|效力|服务|担任)`), confidence: 0.7 },
  // 彭蕾从蚂蚁集团离职: leaving an organisation says the person worked there.
  { id: 'works-for-left', type: 'WORKS_FOR', first: ['Person'], second: ['Company', 'Organization', 'GovernmentBody', 'MediaOutlet'], gap: new RegExp(`^${C}{0,8}?(?<cue>从|自)$`), after: new RegExp(`^${C}{0,4}?(?<cue>离职|辞职|退休|离任|卸任|退出)`), confidence: 0.6 },
  { id: 'works-for-join', type: 'WORKS_FOR', first: ['Person'], second: ['Company', 'Organization', 'GovernmentBody', 'MediaOutlet'], gap: new RegExp(`^${C}{0,6}?(?:加入|加盟|入职)(?:了)?$`), confidence: 0.65 },
  // （美国之音钟辰芳拍摄）, 新华社记者X摄: a credit line names the outlet's staff.
  { id: 'works-for-credit', type: 'WORKS_FOR', first: ['MediaOutlet'], second: ['Person'], gap: /^(?:记者|特约记者|摄影记者|摄影师)?$/, after: /^\s*(?:拍摄|摄影|摄|报道|报导|综合报导|综合报道|撰文|撰稿|编译|采写)/, swap: true, confidence: 0.8 },
  // CITES
  // 路透社援引分析师X的话说: a title between the cue and the name (the analyst does not work for the outlet).
  { id: 'cites-quotes', type: 'CITES', first: ['MediaOutlet', 'Person'], second: AGENT, gap: new RegExp(`^${C}{0,10}?(?<cue>引述|援引|引用|转引)(?:了)?(?:未具名的?|不具名的?|匿名的?|一名|一位|多名|多位)?(?:[\u4e00-\u9fff]{0,6}?(?:分析师|策略师|经济学家|专家|学者|官员|发言人|评论员|教授|研究员|律师|主席|总裁|负责人|首席执行官|董事长|记者|主编|议员))?$`), confidence: 0.6 },
  // 自由亚洲电台周三报导，报导引述评论员X: the next clause names the outlet's report again.
  { id: 'cites-quotes-report', type: 'CITES', first: ['MediaOutlet'], second: AGENT, gap: new RegExp(`^${C}{0,16}?[，,](?:报导|报道|该报|该台|该社|文章|报告)(?:还|也|则|并)?(?<cue>引述|援引|引用|转引)(?:了)?${C}{0,10}?$`), confidence: 0.6 },
];
