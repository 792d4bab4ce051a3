import type { EntityType, RelationType } from '../types.ts';

/**
 * Clause frames: a predicate (trigger word) and its two slots, filled with groups of entities (see clause-frames.ts).
 * The agent is who acts (the regulator, the owner, the investor); the patient is acted on. The relation runs from
 * the agent to the patient unless `subject` says otherwise.
 */
export interface FrameTrigger {
  id: string;
  type: RelationType;
  /** The trigger words, matched on the normalised clause; the longest at a position wins. */
  triggers: readonly string[];
  /** Active: the grammatical subject acts (证监会约谈X). Passive: it is acted on (Y隶属于X). */
  voice: 'active' | 'passive';
  /** Which slot is the relation's subject. */
  subject: 'agent' | 'patient';
  agent: readonly EntityType[];
  patient: readonly EntityType[];
  /** A country (a Location) may be the agent: a country acts as its government (美国制裁X). */
  countryAgent?: boolean;
  /** Any place may be the patient (总部位于杭州), not only a country. */
  places?: boolean;
  /**
   * The subject must stand in the trigger's own clause, with only adverbs and time words between it and the
   * trigger: none is carried over from the clause before, and none is a possessor (其主要栖息地位于X).
   */
  ownSubject?: boolean;
  /** How the patient may be placed: right after the trigger, after a preposition or pivot verb before it. */
  direct: boolean;
  preps: readonly string[];
  /** Passive marks before the agent (X被Y约谈, X由Y监管, X获Y批准); the patient stands before the mark. */
  passives: readonly string[];
  /** The agent may be a possessor of the trigger noun (X的子公司Y, X旗下…). */
  possessor?: boolean;
  /** The patient may come in a 包括 list after the trigger, in this or the next clause (X旗下…，包括A、B). */
  includes?: boolean;
  /** Text after the patient group that the frame needs (持有X的股份) or refuses (收购X, not 收购X的股份). */
  patientAfter?: RegExp;
  patientNotAfter?: RegExp;
  /** Text the clause must hold after the trigger (列入…清单). */
  clauseAfter?: RegExp;
  /** Clause text right before the trigger that the frame refuses (分别位于: each of several things, not the subject). */
  notBefore?: RegExp;
  /** Clause text right after the trigger that the frame refuses (约见…大使: a diplomat; 持股比例: a noun). */
  notAfter?: RegExp;
  confidence: number;
  /** Invented sentences, each with the facts (`TYPE subject→object`, canonical names) it must give… */
  positive: ReadonlyArray<readonly [string, readonly string[]]>;
  /** …or must not give. */
  negative: ReadonlyArray<readonly [string, readonly string[]]>;
}

const GOV: EntityType[] = ['GovernmentBody', 'PoliticalParty'];
const REGULATED: EntityType[] = ['Company', 'Product', 'Person', 'Organization', 'MediaOutlet'];
const ORG: EntityType[] = ['Company', 'Organization', 'GovernmentBody', 'MediaOutlet', 'PoliticalParty'];
const AGENT: EntityType[] = [...ORG, 'Person'];
const OWNED: EntityType[] = ['Company', 'Organization', 'Product', 'MediaOutlet'];
const INVESTEE: EntityType[] = ['Company', 'Organization', 'Product'];

const BY = ['被', '遭', '遭到', '受到', '受', '获', '获得', '经', '由'];
const STAKE = /^(?:[^，,。；;：:]{0,10}?)(?:的)?(?:[\d.]+%|部分|少数|多数|少量)?(?:的)?(?:股份|股权|股票|权益)/;

const R = 'REGULATES';
export const FRAME_TRIGGERS: readonly FrameTrigger[] = [
  // REGULATES
  {
    id: 'regulates-summon', type: R, triggers: ['监管约谈', '约谈', '约见', '问询', '点名'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED,
    direct: true, preps: ['对', '向'], passives: BY, confidence: 0.75,
    // 约见…大使 is a diplomatic meeting with an envoy, not supervision; 不点名 (without naming) summons nobody.
    notAfter: /^[^，,。；;]{0,14}?(?:大使|公使|领事|代办|使节)/, notBefore: /不$/,
    positive: [
      ['中国人民银行、证监会和外汇局对蚂蚁集团董事长井贤栋、总裁胡晓明进行了监管约谈。', ['REGULATES 中国人民银行→井贤栋', 'REGULATES 国家外汇管理局→胡晓明', 'REGULATES 中国证券监督管理委员会→蚂蚁集团']],
      ['井贤栋周五被证监会约谈。', ['REGULATES 中国证券监督管理委员会→井贤栋']],
    ],
    negative: [
      ['张三在证监会约谈蚂蚁集团时表示反对。', ['REGULATES 张三→蚂蚁集团']],
      ['外交部相关负责人约见英国驻华大使吴百纳，介绍情况。', ['REGULATES 外交部→吴百纳']],
      ['中共官方又在对李克强进行不点名批判。', ['REGULATES 中共→李克强']],
    ],
  },
  {
    id: 'regulates-fine', type: R, triggers: ['罚款', '罚单', '处罚', '行政处罚'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED,
    direct: false, preps: ['对', '向', '给'], passives: BY, confidence: 0.75,
    positive: [
      ['国家市场监督管理总局对阿里巴巴处以182亿元罚款。', ['REGULATES 国家市场监督管理总局→阿里巴巴集团']],
      ['腾讯和百度被市场监管总局处以50万元罚款。', ['REGULATES 国家市场监督管理总局→腾讯', 'REGULATES 国家市场监督管理总局→百度']],
    ],
    negative: [['阿里巴巴对证监会的罚款表示接受。', ['REGULATES 阿里巴巴集团→中国证券监督管理委员会']]],
  },
  {
    id: 'regulates-prosecute', type: R, triggers: ['提起公诉', '刑事起诉', '起诉', '指控', '引渡'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED,
    direct: true, preps: ['对', '向'], passives: BY, confidence: 0.7,
    positive: [
      ['美国司法部周一对中兴和孟晚舟提出23项刑事起诉。', ['REGULATES 美国司法部→中兴通讯', 'REGULATES 美国司法部→孟晚舟']],
      ['孟晚舟遭美国司法部起诉。', ['REGULATES 美国司法部→孟晚舟']],
      ['美国司法部并向加拿大提出引渡华为首席财务官孟晚舟。', ['REGULATES 美国司法部→孟晚舟', 'REGULATES 美国司法部→华为']],
    ],
    // A 的-modifier is not the patient (起诉江泽民的学员: the people sue, nobody controls anything).
    negative: [
      ['这些法轮功学员依法起诉江泽民的罪行。', ['CONTROLS 江泽民→法轮功', 'REGULATES 法轮功→江泽民']],
      ['加拿大拒绝引渡孟晚舟。', ['REGULATES 加拿大→孟晚舟']],
    ],
  },
  {
    id: 'regulates-sanction', type: R, triggers: ['制裁', '经济制裁'], voice: 'active', subject: 'agent', agent: GOV, patient: [...REGULATED, 'Location'], countryAgent: true,
    direct: true, preps: ['对', '向'], passives: BY, confidence: 0.7,
    positive: [
      ['美国财政部周三制裁了中兴和华为。', ['REGULATES 美国财政部→中兴通讯', 'REGULATES 美国财政部→华为']],
      ['华为、中兴遭到美国的制裁。', ['REGULATES 美国→华为', 'REGULATES 美国→中兴通讯']],
    ],
    negative: [['美国制裁了香港的两名官员。', ['REGULATES 美国→香港']]],
  },
  {
    id: 'regulates-investigate', type: R, triggers: ['立案调查', '留置调查', '调查', '立案侦查', '审查', '安全审查', '网络安全审查', '国安审查', '审查调查'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED,
    direct: true, preps: ['对', '向'], passives: BY, confidence: 0.7,
    positive: [
      ['国家互联网信息办公室对滴滴实施网络安全审查。', ['REGULATES 国家互联网信息办公室→滴滴出行']],
      ['孟晚舟被美国司法部、美国商务部带走调查。', ['REGULATES 美国司法部→孟晚舟', 'REGULATES 美国商务部→孟晚舟']],
    ],
    negative: [['腾讯对证监会的调查表示配合。', ['REGULATES 腾讯→中国证券监督管理委员会']]],
  },
  {
    id: 'regulates-order', type: R, triggers: ['下架', '整改', '停业', '暂停', '停止', '关停'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED,
    direct: false, preps: ['要求', '责令', '勒令', '命令', '对'], passives: BY, confidence: 0.7,
    positive: [
      ['滴滴被国家互联网信息办公室要求下架其应用。', ['REGULATES 国家互联网信息办公室→滴滴出行']],
      ['工信部责令腾讯、百度限期整改。', ['REGULATES 工业和信息化部→腾讯', 'REGULATES 工业和信息化部→百度']],
    ],
    negative: [['腾讯要求员工暂停出差。', ['REGULATES 腾讯→员工']]],
  },
  {
    id: 'regulates-ban', type: R, triggers: ['禁止', '禁售', '禁用', '封杀', '取缔'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED, countryAgent: true,
    direct: true, preps: ['对'], passives: BY, includes: true, confidence: 0.65,
    positive: [
      ['美国商务部禁止华为购买美国芯片。', ['REGULATES 美国商务部→华为']],
      ['美国国防部禁止投资一批中国公司，包括中兴和海康威视。', ['REGULATES 美国国防部→中兴通讯', 'REGULATES 美国国防部→海康威视']],
      ['美国以国安为由在欧洲封杀华为。', ['REGULATES 美国→华为']],
    ],
    // (A place after 在 is where the ban falls, not who bans.)
    negative: [['华为禁止员工使用微信。', ['REGULATES 华为→微信']], ['美国以国安为由在欧洲封杀华为。', ['REGULATES 欧洲→华为']]],
  },
  {
    id: 'regulates-list', type: R, triggers: ['列入', '纳入', '列进'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED, countryAgent: true,
    direct: true, preps: ['将', '把'], passives: BY, clauseAfter: /^[^，,。；;]{0,12}?(?:清单|名单)/, confidence: 0.7,
    positive: [
      ['美国商务部将华为及其子公司列入实体清单。', ['REGULATES 美国商务部→华为']],
      ['海康威视被美国商务部列入实体清单。', ['REGULATES 美国商务部→海康威视']],
    ],
    negative: [['美国商务部将华为的问题列入议程。', ['REGULATES 美国商务部→华为']]],
  },
  {
    id: 'regulates-approve', type: R, triggers: ['批准', '核准', '审批', '许可'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED,
    direct: true, preps: [], passives: ['获', '获得', '经', '得到'], confidence: 0.65,
    positive: [['建设银行已获中国银保监会批准。', ['REGULATES 中国银行保险监督管理委员会→中国建设银行']]],
    negative: [['证监会批准了华为的申请。', ['REGULATES 中国证券监督管理委员会→华为']]],
  },
  // A licence granted, renewed or taken away by a regulator (向X发放牌照, X获金管局发牌, 吊销X的执照).
  {
    id: 'regulates-license', type: R, triggers: ['发放', '颁发', '核发', '签发', '批出', '吊销', '撤销'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED,
    direct: false, preps: ['向', '给', '为', '对'], passives: ['获', '获得', '遭', '被'], clauseAfter: /^[^，,。；;]{0,10}?(?:牌照|执照|许可证|经营许可|牌$|牌[，,。；;])/, confidence: 0.65,
    positive: [
      ['香港金融管理局周二向腾讯发放虚拟银行牌照。', ['REGULATES 香港金融管理局→腾讯']],
      ['蚂蚁集团去年获香港金融管理局颁发牌照。', ['REGULATES 香港金融管理局→蚂蚁集团']],
    ],
    negative: [
      ['腾讯向员工发放奖金。', ['REGULATES 腾讯→员工']],
      ['香港金融管理局向腾讯发放贷款。', ['REGULATES 香港金融管理局→腾讯']],
    ],
  },
  // 发牌 names the licence itself: X获金管局发牌, 金管局向X发牌.
  {
    id: 'regulates-license-grant', type: R, triggers: ['发牌', '批牌'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED,
    direct: false, preps: ['向', '给', '为'], passives: ['获', '获得'], confidence: 0.65,
    positive: [['蚂蚁集团去年获香港金融管理局发牌。', ['REGULATES 香港金融管理局→蚂蚁集团']], ['香港金融管理局周二向腾讯发牌。', ['REGULATES 香港金融管理局→腾讯']]],
    negative: [['腾讯在香港金融管理局发牌后表示欢迎。', ['REGULATES 腾讯→香港金融管理局', 'REGULATES 香港金融管理局→腾讯']]],
  },
  {
    id: 'regulates-supervise', type: R, triggers: ['直接监管', '监管', '监督', '管辖', '主管'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED,
    direct: true, preps: ['对'], passives: ['由', '受', '受到'], confidence: 0.65,
    positive: [['中国电科由国务院国有资产监督管理委员会直接监管。', ['REGULATES 国务院国有资产监督管理委员会→中国电子科技集团']]],
    negative: [
      ['蚂蚁集团的监管问题引起证监会关注。', ['REGULATES 中国证券监督管理委员会→蚂蚁集团']],
      ['美国证券交易委员会高级主管艾希顿对记者说，提案很多。', ['REGULATES 美国证券交易委员会→艾希顿']],
      ['声称不是国务院所属各部门，对蚂蚁集团有监督权。', ['REGULATES 国务院→蚂蚁集团']],
    ],
  },
  {
    id: 'regulates-restrict', type: R, triggers: ['出口管制', '管制', '管控', '限制'], voice: 'active', subject: 'agent', agent: GOV, patient: REGULATED,
    direct: true, preps: ['对'], passives: ['被', '遭', '遭到', '受到'], confidence: 0.65,
    positive: [
      ['美国商务部后来对中兴扩大出口管制。', ['REGULATES 美国商务部→中兴通讯']],
      ['中兴遭到美国商务部限制。', ['REGULATES 美国商务部→中兴通讯']],
    ],
    negative: [['美国商务部限制了华为的芯片供应商。', ['REGULATES 美国商务部→华为']], ['腾讯对员工限制出差。', ['REGULATES 腾讯→员工']]],
  },
  // CONTROLS
  {
    id: 'controls-own', type: 'CONTROLS', triggers: ['全资拥有', '全资控股', '实际控制', '绝对控股', '控股', '掌控'], voice: 'active', subject: 'agent', agent: AGENT, patient: OWNED,
    direct: true, preps: [], passives: ['由', '被'], patientNotAfter: STAKE, confidence: 0.75,
    positive: [['香港特区政府全资拥有香港数码港管理有限公司。', ['CONTROLS 香港特别行政区政府→香港数码港管理有限公司']]],
    negative: [['腾讯控股的股价周一上涨。', ['CONTROLS 腾讯→股价']]],
  },
  {
    id: 'controls-includes', type: 'CONTROLS', triggers: ['旗下'], voice: 'active', subject: 'agent', agent: AGENT, patient: OWNED,
    direct: true, preps: [], passives: [], possessor: true, includes: true, confidence: 0.75,
    // (X表示，旗下的Y…; X是一家公司，旗下有Y和Z: the owner carried from the clause before, 的 or 有 before what it owns.)
    positive: [
      ['中国电科旗下单位有523间，包括海康威视、京东方等上市公司。', ['CONTROLS 中国电子科技集团→海康威视', 'CONTROLS 中国电子科技集团→京东方']],
      ['阿里巴巴周四表示，旗下的支付宝将上线新功能。', ['CONTROLS 阿里巴巴集团→支付宝']],
      ['阿里巴巴是一家电商公司，旗下有支付宝和淘宝。', ['CONTROLS 阿里巴巴集团→支付宝', 'CONTROLS 阿里巴巴集团→淘宝']],
    ],
    negative: [
      ['腾讯旗下没有游戏公司，阿里巴巴则包括淘宝。', ['CONTROLS 腾讯→淘宝']],
      ['阿里巴巴旗下有很多用户使用微信。', ['CONTROLS 阿里巴巴集团→微信']],
      ['阿里巴巴表示，旗下的员工和腾讯合作。', ['CONTROLS 阿里巴巴集团→腾讯']],
      ['阿里巴巴旗下的支付宝和中国银联举行签约仪式。', ['CONTROLS 阿里巴巴集团→中国银联']],
    ],
  },
  {
    id: 'controls-subsidiary', type: 'CONTROLS', triggers: ['全资子公司', '子公司', '附属公司', '孙公司'], voice: 'active', subject: 'agent', agent: ORG, patient: OWNED,
    direct: true, preps: [], passives: [], possessor: true, confidence: 0.75,
    positive: [['华为成立了一家隐藏的子公司星通技术公司。', ['CONTROLS 华为→星通技术公司']]],
    negative: [['华为的子公司与腾讯合作。', ['CONTROLS 华为→腾讯']]],
  },
  {
    id: 'controls-belongs', type: 'CONTROLS', triggers: ['隶属于', '隶属', '归属于', '从属于'], voice: 'passive', subject: 'agent', agent: AGENT, patient: OWNED,
    direct: true, preps: [], passives: [], confidence: 0.75,
    positive: [['支付宝隶属于蚂蚁集团。', ['CONTROLS 蚂蚁集团→支付宝']]],
    negative: [['南方都市报的记者隶属于编辑部。', ['CONTROLS 编辑部→南方都市报']]],
  },
  {
    id: 'controls-acquire', type: 'CONTROLS', triggers: ['全资收购', '收购', '并购', '买下', '吞并'], voice: 'active', subject: 'agent', agent: AGENT, patient: OWNED,
    direct: true, preps: [], passives: ['被', '遭'], patientNotAfter: STAKE, confidence: 0.7,
    positive: [['字节跳动2017年收购美国影音平台Musical.ly。', ['CONTROLS 字节跳动→Musical.ly']]],
    negative: [['腾讯收购了动视暴雪的少数股份。', ['CONTROLS 腾讯→动视暴雪']]],
  },
  // The acquisition as a noun: X完成了对Y的收购, X对Y的收购已经完成. A company, organisation or person acquires; a
  // regulator's 对Y的收购 is a deal it reviews (证监会对X的收购展开调查), and a stake (对Y 20%股份的收购) is no control.
  {
    id: 'controls-acquisition-of', type: 'CONTROLS', triggers: ['全资收购', '收购', '并购'], voice: 'active', subject: 'agent', agent: ['Company', 'Organization', 'Person'], patient: OWNED,
    direct: false, preps: ['对'], passives: [], confidence: 0.7,
    // (Only the noun, after 的: 对X收购Y进行审查 names X as the buyer in a clause someone else reviews.)
    notBefore: /(?:(?:股份|股权|股票|权益|资产|业务|部门)的|[^的])$/,
    notAfter: /^(?:案|价|价格|要约|传闻|计划|意向|提议|申请|事宜)?[^，,。；;]{0,6}?(?:审查|调查|反对|批评|担忧|质疑|不满|叫停|阻止)/,
    positive: [
      ['腾讯去年完成了对芬兰游戏公司Supercell的收购。', ['CONTROLS 腾讯→Supercell']],
      ['阿里巴巴对饿了么的收购已经完成。', ['CONTROLS 阿里巴巴集团→饿了么']],
    ],
    negative: [
      ['腾讯完成了对Supercell 84%股份的收购。', ['CONTROLS 腾讯→Supercell']],
      ['美国外国投资委员会对字节跳动的收购展开审查。', ['CONTROLS 美国外国投资委员会→字节跳动']],
      ['阿里巴巴对腾讯的收购表示不满。', ['CONTROLS 阿里巴巴集团→腾讯']],
      ['马云在证监会对字节跳动收购Musical.ly进行审查后表态。', ['CONTROLS 马云→字节跳动']],
    ],
  },
  // INVESTS_IN
  {
    id: 'invests-stake', type: 'INVESTS_IN', triggers: ['收购', '购买', '买入', '持有', '增持', '认购'], voice: 'active', subject: 'agent', agent: AGENT, patient: INVESTEE,
    direct: true, preps: [], passives: [], patientAfter: STAKE, confidence: 0.7,
    positive: [['腾讯也持有电商公司京东少数股份。', ['INVESTS_IN 腾讯→京东集团']]],
    negative: [['腾讯持有大量现金。', ['INVESTS_IN 腾讯→现金']]],
  },
  {
    id: 'invests-verb', type: 'INVESTS_IN', triggers: ['战略投资', '入股', '持股', '增持', '注资', '注入', '参股', '投资', '举牌'], voice: 'active', subject: 'agent', agent: AGENT, patient: INVESTEE,
    direct: true, preps: ['向', '对'], passives: ['获', '获得', '得到', '接受'], confidence: 0.7,
    // 主权投资, 风险投资: a kind of investor or fund, not the verb; 持股比例, 投资限制: a noun.
    notBefore: /(?:主权|风险|私募|天使|创业)$/, notAfter: /^(?:比例|上限|限制|比率|结构|门槛)/,
    positive: [
      ['阿里巴巴2015年投资苏宁3.3亿美元。', ['INVESTS_IN 阿里巴巴集团→苏宁集团']],
      ['国家集成电路产业投资基金向中芯国际注资50亿元。', ['INVESTS_IN 国家集成电路产业投资基金→中芯国际']],
      // 举牌: a holder crossing a disclosure threshold (5%) of a listed company.
      ['值得关注的是，阿里巴巴对苏宁第三次举牌之后，股价上涨。', ['INVESTS_IN 阿里巴巴集团→苏宁集团']],
      // 将资产注入Y: putting assets into a company is capital into it.
      ['阿里巴巴拟将旗下物流资产注入苏宁，作为入股对价。', ['INVESTS_IN 阿里巴巴集团→苏宁集团']],
    ],
    negative: [
      ['腾讯投资的游戏公司被美国审查。', ['INVESTS_IN 腾讯→美国']], ['腾讯在苏宁举牌后表示不会跟进。', ['INVESTS_IN 腾讯→苏宁集团']],
      ['资金来自李嘉诚基金会以及新加坡主权投资淡马锡。', ['INVESTS_IN 李嘉诚基金会→淡马锡']],
      ['银保监会宣布取消对阿里巴巴的外资持股比例限制。', ['INVESTS_IN 中国银行保险监督管理委员会→阿里巴巴集团']],
    ],
  },
  // FOUNDED: the founder may be the subject of an earlier clause (张三，1993年移居香港，于当年创立X).
  {
    id: 'founded-create', type: 'FOUNDED', triggers: ['一手创办', '联合创办', '共同创办', '联合创立', '共同创立', '合资创办', '合办', '创办', '创立', '创建', '创设'], voice: 'active', subject: 'agent', agent: [...ORG, 'Person'], patient: ['Company', 'Organization', 'MediaOutlet', 'PoliticalParty'],
    direct: true, preps: [], passives: ['由'], confidence: 0.75,
    // (合办: founding together, also with an unnamed owner qualifying a founder, 与当地报业的《明报》合办.)
    positive: [['马云1999年回到杭州，创办了阿里巴巴。', ['FOUNDED 马云→阿里巴巴集团']], ['百度由李彦宏创办。', ['FOUNDED 李彦宏→百度']], ['腾讯与当地报业的《明报》合办《新京报》。', ['FOUNDED 腾讯→新京报', 'FOUNDED 明报→新京报']], ['马云回到杭州,1999年与蔡崇信等人创办了阿里巴巴。', ['FOUNDED 马云→阿里巴巴集团', 'FOUNDED 蔡崇信→阿里巴巴集团']], ['马化腾大学毕业后，与张志东共同创立腾讯。', ['FOUNDED 马化腾→腾讯']]],
    negative: [['马云参加了李彦宏创办的百度的活动。', ['FOUNDED 马云→百度', 'FOUNDED 李彦宏→百度']], ['马云说，创办阿里巴巴的人很多。', ['FOUNDED 马云→阿里巴巴集团']], ['阿里巴巴与百度合办的论坛邀请了新京报。', ['FOUNDED 阿里巴巴集团→新京报', 'FOUNDED 百度→新京报']], ['马云批评了腾讯，与蔡崇信创办的阿里巴巴竞争。', ['FOUNDED 马云→阿里巴巴集团']], ['马云回到杭州，1999年腾讯与蔡崇信创办了阿里巴巴。', ['FOUNDED 马云→阿里巴巴集团']]],
  },
  // LOCATED_IN: the organisation may be the subject of an earlier clause (X是一家公司，总部位于杭州).
  {
    id: 'located-seat', type: 'LOCATED_IN', triggers: ['总部位于', '总部设在', '总部设于', '总部坐落于', '总部坐落在', '总部在'], voice: 'active', subject: 'agent', agent: ['Company', 'Organization', 'GovernmentBody', 'MediaOutlet'], patient: ['Location'], places: true,
    // (…，分别是总部在中国并在全世界运作的X: a seat in a relative clause is the seat of the noun after 的.)
    direct: true, preps: [], passives: [], patientNotAfter: /^[^，,。；;：:]*的/, confidence: 0.75,
    positive: [['阿里巴巴是一家电商公司，总部位于杭州。', ['LOCATED_IN 阿里巴巴集团→杭州']], ['腾讯成立于1998年，总部设在深圳。', ['LOCATED_IN 腾讯→深圳']]],
    negative: [['腾讯派人前往位于北京的百度。', ['LOCATED_IN 腾讯→北京']], ['马云来到杭州，位于上海的工厂停工。', ['LOCATED_IN 马云→上海']], ['证监会对三家公司提出处罚，分别是总部在北京并在全国经营的百度、京东和美团。', ['LOCATED_IN 中国证券监督管理委员会→北京']]],
  },
  // A bare 位于 says where something is, and that something is often not the name before it (X有6个中心，分别位于A、B;
  // 但其位于新疆的机构): the subject must be in the clause, and 分别 (each of several things) gives nothing.
  {
    id: 'located-at', type: 'LOCATED_IN', triggers: ['坐落于', '坐落在', '位于', '地处'], voice: 'active', subject: 'agent', agent: ['Company', 'Organization', 'GovernmentBody', 'MediaOutlet'], patient: ['Location'], places: true, ownSubject: true,
    direct: true, preps: [], passives: [], patientNotAfter: /^[^，,。；;：:]*的/, notBefore: /分别$/, confidence: 0.7,
    positive: [['山东科技大学坐落在青岛市黄岛区，学生总数4万人。', ['LOCATED_IN 山东科技大学→青岛']], ['北京大学目前位于北京海淀区。', ['LOCATED_IN 北京大学→北京']]],
    negative: [
      ['字节跳动在全国共有6个内容质量中心，分别位于北京、天津、济南。', ['LOCATED_IN 字节跳动→北京']],
      ['华大基因在多个城市设有实验室，但其位于新疆的机构被美国商务部列入清单。', ['LOCATED_IN 华大基因→新疆']],
      ['华大基因设有实验室，但其位于当地的机构「新疆华大基因」被美国商务部列入清单。', ['LOCATED_IN 华大基因→新疆']],
      ['百度发表声明，爆炸的仓库位于天津。', ['LOCATED_IN 百度→天津']],
      ['百度的主要数据中心位于山西阳泉。', ['LOCATED_IN 百度→阳泉', 'LOCATED_IN 百度→山西']],
    ],
  },
  // An organisation founded in a place is sited there (阿里巴巴1999年创立于杭州); a time after 于 is no place.
  {
    id: 'located-founded-in', type: 'LOCATED_IN', triggers: ['成立于', '创立于', '创建于', '创办于', '始创于', '注册于', '设立于'], voice: 'active', subject: 'agent', agent: ['Company', 'Organization', 'MediaOutlet'], patient: ['Location'], places: true,
    direct: true, preps: [], passives: [], patientNotAfter: /^[^，,。；;：:]*的/, confidence: 0.65,
    positive: [['阿里巴巴集团1999年创立于杭州。', ['LOCATED_IN 阿里巴巴集团→杭州']], ['腾讯，1998年成立于深圳，是一家互联网公司。', ['LOCATED_IN 腾讯→深圳']]],
    negative: [['马化腾1998年成立于深圳的公司叫腾讯。', ['LOCATED_IN 腾讯→深圳', 'LOCATED_IN 马化腾→深圳']], ['腾讯投资了成立于北京的美团。', ['LOCATED_IN 腾讯→北京']]],
  },
];
