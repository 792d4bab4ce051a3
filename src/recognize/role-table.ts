import type { EntityType, RelationType } from '../types.ts';

/**
 * The role table: every title a person can hold in an organisation, kept as data. A row says which relation the
 * title gives between its holder and the organisation named before it (or after it, in X是Y的董事长), and whether
 * the title heads the unit: a head gives LEADS, any other post WORKS_FOR. Owners and founders give CONTROLS,
 * INVESTS_IN or FOUNDED instead. Titles are in simplified script (traditional text is normalised before rules run).
 *
 * Markers the interpreter (src/extract/role-relation.ts) reads in front of a title, not rows of their own:
 * 原/前/前任/现任/新任/时任/首任/代理/署理 keep the title (a former or acting head is read as a head: 署理司法部长 →
 * LEADS); 副 makes any head a deputy (WORKS_FOR); 荣誉/名誉 make it honorary (WORKS_FOR).
 *
 * `examples` are invented sentences run by tests/unit/recognize/role-table.test.ts: every `has` fact must be drawn
 * from its sentence, and no `lacks` fact (written `TYPE person→organisation`).
 */
export interface RoleRow {
  id: string;
  titles: readonly string[];
  relation: Extract<RelationType, 'LEADS' | 'WORKS_FOR' | 'FOUNDED' | 'CONTROLS' | 'INVESTS_IN'>;
  /** Heads the unit it is named after (only rows whose relation is LEADS). */
  head: boolean;
  /**
   * The body a title names (国务卿 → 国务院, 立法会议员 → 立法会) and the holder's relation to it: with a country
   * before the title the body is that country's (美国国务卿X → LEADS 美国国务院), without one it is the one body of
   * the article whose name ends on it.
   */
  body?: { name: string; relation: 'LEADS' | 'WORKS_FOR'; notOf?: readonly string[] };
  /**
   * Organisation types whose head the title is not, though it heads other kinds: the holder runs an office of the
   * body (国务院秘书长, 国民党秘书长 → WORKS_FOR), where 联合国秘书长 heads the organisation.
   */
  staffOf?: readonly EntityType[];
  /** Organisation types the holder only belongs to, with no post in them: 共和党议员X is a member of the party. */
  memberOf?: readonly EntityType[];
  examples: { has: ReadonlyArray<readonly [string, string]>; lacks: ReadonlyArray<readonly [string, string]> };
}

const lead = (id: string, titles: string[], examples: RoleRow['examples'], body?: string): RoleRow => ({ id, titles, relation: 'LEADS', head: true, examples, ...(body ? { body: { name: body, relation: 'LEADS' as const } } : {}) });
const minister = (id: string, titles: string[], body: string, has: RoleRow['examples']['has']): RoleRow => ({
  id, titles, relation: 'WORKS_FOR', head: false, body: { name: body, relation: 'LEADS' },
  examples: { has, lacks: [['美国商务部长罗斯、国家统计局局长宁吉喆出席。', 'WORKS_FOR 罗斯→国家统计局'], ['参加者有司法部长惠特克、商务部长罗斯。', 'WORKS_FOR 罗斯→美国司法部']] },
});
const staff = (id: string, titles: string[], examples: RoleRow['examples']): RoleRow => ({ id, titles, relation: 'WORKS_FOR', head: false, examples });

export const ROLE_TABLE: readonly RoleRow[] = [
  // Owners and founders.
  { id: 'controller', titles: ['实际控制人', '实控人', '控股股东', '大股东'], relation: 'CONTROLS', head: false, examples: {
    has: [['蚂蚁集团实际控制人马云表示，公司将整改。', 'CONTROLS 马云→蚂蚁集团']],
    lacks: [['蚂蚁集团实际控制人马云表示，公司将整改。', 'LEADS 马云→蚂蚁集团'], ['马云表示，蚂蚁集团与实际控制人无关。', 'CONTROLS 马云→蚂蚁集团']] } },
  { id: 'shareholder', titles: ['股东', '小股东', '主要股东'], relation: 'INVESTS_IN', head: false, examples: {
    has: [['腾讯股东王小明周一表示，他不会减持。', 'INVESTS_IN 王小明→腾讯']],
    lacks: [['腾讯股东王小明周一表示，他不会减持。', 'WORKS_FOR 王小明→腾讯']] } },
  { id: 'founder', titles: ['创始人', '创办人', '联合创始人', '共同创始人', '创始合伙人', '联合创办人'], relation: 'FOUNDED', head: false, examples: {
    has: [['华为创始人任正非周二接受采访。', 'FOUNDED 任正非→华为'], ['腾讯公司的创办人马化腾出席了会议。', 'FOUNDED 马化腾→腾讯']],
    lacks: [['华为创始人任正非周二接受采访。', 'WORKS_FOR 任正非→华为'], ['腾讯公司的创办人马化腾出席了会议。', 'WORKS_FOR 马化腾→腾讯']] } },
  // Heads of companies and banks.
  lead('chair', ['董事长', '董事局主席', '董事会主席', '执行董事长', '主席', '理事长', '委员长', '主委'], {
    has: [['阿里巴巴集团董事局主席张勇表示，公司将继续投资。', 'LEADS 张勇→阿里巴巴集团'], ['美国证券交易委员会主席克莱顿表示，将加强审查。', 'LEADS 克莱顿→美国证券交易委员会']],
    lacks: [['阿里巴巴集团副主席蔡崇信表示，公司将继续投资。', 'LEADS 蔡崇信→阿里巴巴集团']] }),
  lead('chief-executive', ['总裁', '首席执行官', '首席执行长', '执行长', '行政总裁', 'CEO', '总经理', '老总', '老板', '掌门人', '负责人'], {
    has: [['华为老总任正非对媒体说，公司不会屈服。', 'LEADS 任正非→华为'], ['腾讯行政总裁马化腾表示，业务稳定。', 'LEADS 马化腾→腾讯'], ['谷歌首席执行官皮查伊周二表示，公司不会退出。', 'LEADS 皮查伊→谷歌']],
    lacks: [['腾讯副总裁王小明表示，业务稳定。', 'LEADS 王小明→腾讯'], ['阿里巴巴上海总经理王小明表示，业务稳定。', 'LEADS 王小明→阿里巴巴集团']] }),
  lead('bank-head', ['行长'], {
    has: [['中国人民银行行长易纲周五表示，货币政策将保持稳健。', 'LEADS 易纲→中国人民银行']],
    lacks: [['中国人民银行副行长潘功胜周五表示，货币政策将保持稳健。', 'LEADS 潘功胜→中国人民银行']] }),
  // Heads of public bodies. A body's name may end on the title's first character (商务部长, 统计局局长).
  lead('minister', ['部长', '局长', '署长', '司长', '处长', '厅长', '所长', '检察长'], {
    has: [['美国商务部长罗斯周五表示，关税将继续。', 'LEADS 罗斯→美国商务部'], ['国家统计局局长宁吉喆表示，经济运行平稳。', 'LEADS 宁吉喆→国家统计局'], ['美国司法部署理部长惠特克宣布起诉。', 'LEADS 惠特克→美国司法部']],
    lacks: [['国家统计局副局长盛来运表示，经济运行平稳。', 'LEADS 盛来运→国家统计局'], ['美国商务部长罗斯、国家统计局副局长盛来运出席。', 'WORKS_FOR 盛来运→美国商务部']] }),
  // China's 国务院 (the State Council) has no 国务卿: the title is another country's foreign minister.
  { ...lead('secretary-of-state', ['国务卿'], {
    has: [['美国国务卿蓬佩奥周三表示，美国国务院将继续施压。', 'LEADS 蓬佩奥→美国国务院']],
    lacks: [['这封信由国务卿蓬佩奥签署，国务院总理李克强未回应。', 'LEADS 蓬佩奥→国务院']] }), body: { name: '国务院', relation: 'LEADS', notOf: ['prc-state-council'] } },
  lead('chief-executive-hk', ['特首', '行政长官'], {
    has: [['香港特首林郑月娥表示，香港特区政府会跟进。', 'LEADS 林郑月娥→香港特别行政区政府']],
    lacks: [['香港立法会议员王小明表示，香港特区政府会跟进。', 'LEADS 王小明→香港特别行政区政府']] }, '特区政府'),
  lead('director', ['主任', '书记', '党委书记', '总书记', '总干事', '议长', '党魁', '领袖', '多数党领袖', '少数党领袖'], {
    has: [['国家发展和改革委员会主任何立峰表示，投资将稳定增长。', 'LEADS 何立峰→国家发展和改革委员会']],
    lacks: [['国家发展和改革委员会副主任宁吉喆表示，投资将稳定增长。', 'LEADS 宁吉喆→国家发展和改革委员会']] }),
  // A secretary-general heads an international organisation or an association, but runs only the office of a
  // government or a party (国务院秘书长, 国民党秘书长), whose head is another title.
  { ...lead('secretary-general', ['秘书长'], {
    has: [['联合国秘书长古特雷斯周二表示，联合国将派员调查。', 'LEADS 古特雷斯→联合国'], ['国务院秘书长王小明周二出席会议。', 'WORKS_FOR 王小明→国务院']],
    lacks: [['国务院秘书长王小明周二出席会议。', 'LEADS 王小明→国务院'], ['国民党秘书长王小明周二表示，国民党将提名候选人。', 'LEADS 王小明→中国国民党']] }), staffOf: ['GovernmentBody', 'PoliticalParty'] },
  lead('academic-head', ['院长', '校长'], {
    has: [['北京大学校长郝平表示，学校将扩招。', 'LEADS 郝平→北京大学'], ['中国社会科学院院长谢伏瞻表示，研究将继续。', 'LEADS 谢伏瞻→中国社会科学院']],
    lacks: [['北京大学副校长王小明表示，学校将扩招。', 'LEADS 王小明→北京大学']] }),
  lead('association-head', ['会长'], {
    has: [['中国红十字会会长陈竺表示，救援物资已运抵。', 'LEADS 陈竺→中国红十字会']],
    lacks: [['中国红十字会副会长王小明表示，救援物资已运抵。', 'LEADS 王小明→中国红十字会']] }),
  lead('editor-in-chief', ['主编', '总编辑', '社长', '出版人'], {
    has: [['新华社社长蔡名照表示，报道将改版。', 'LEADS 蔡名照→新华社']],
    lacks: [['人民日报的荣誉主编王小明表示，报纸将改版。', 'LEADS 王小明→人民日报']] }),
  lead('head-of-state', ['总统', '总理', '首相', '国家主席', '市长', '省长', '州长', '国王', '女王', '领导人', '最高领导人', '首席大法官', '首席法官', '总领事', '大臣'], {
    has: [['中国国家主席习近平周五会见来宾。', 'LEADS 习近平→中国']],
    lacks: [['中国国务院副总理刘鹤周五会见来宾。', 'LEADS 刘鹤→国务院']] }),
  // Deputies and other posts. A judge sits on a court that its president (院长) or chief justice heads.
  staff('judge', ['法官', '大法官', '审判员', '陪审员'], {
    has: [['最高人民法院法官王小明周二表示，案件将重审。', 'WORKS_FOR 王小明→最高人民法院']],
    lacks: [['最高人民法院法官王小明周二表示，案件将重审。', 'LEADS 王小明→最高人民法院']] }),
  // A party's officers below its leader (日本自民党's 干事长 and 政调会长 among them).
  staff('party-officer', ['干事长', '政调会长', '政务调查会长', '总务会长', '选对委员长'], {
    has: [['自民党政调会长王小明周二表示，自民党将修宪。', 'WORKS_FOR 王小明→日本自由民主党'], ['自民党干事长王小明周二表示，自民党将修宪。', 'WORKS_FOR 王小明→日本自由民主党']],
    lacks: [['自民党政调会长王小明周二表示，自民党将修宪。', 'LEADS 王小明→日本自由民主党']] }),
  staff('deputy', ['副总裁', '高级副总裁', '副行长', '副主席', '副总理', '副部长', '副局长', '副总统', '副主任', '副总经理', '副市长', '副省长', '副会长', '副理事长', '副秘书长', '副国务卿', '助理国务卿', '副总编', '助理部长', '部长助理', '助理局长', '助理主任'], {
    has: [['华为副总裁王小明表示，公司不会屈服。', 'WORKS_FOR 王小明→华为'], ['现任中国红十字会副会长王小明表示，救援物资已运抵。', 'WORKS_FOR 王小明→中国红十字会']],
    lacks: [['华为副总裁王小明表示，公司不会屈服。', 'LEADS 王小明→华为']] }),
  staff('executive', ['执行董事', '董事', '独立董事', '董事总经理', '总监', '主管', '高管', '经理', '首席财务官', 'CFO', '首席技术官', 'CTO', '首席运营官', 'COO', '运营官', '营运长', '财务长', '技术长', '营运官', '首席营运官', '首席法务官', '首席战略官', '首席信息官', '首席战略师', '战略师', '合伙人', '员工', '雇员', '法律顾问', '顾问', '基金经理', '投资组合经理', '交易员'], {
    has: [['港铁公司车务总监王小明表示，列车恢复服务。', 'WORKS_FOR 王小明→港铁公司'], ['华为首席财务官孟晚舟在温哥华被捕。', 'WORKS_FOR 孟晚舟→华为']],
    lacks: [['港铁公司车务总监王小明表示，列车恢复服务。', 'LEADS 王小明→港铁公司']] }),
  staff('press', ['记者', '特约记者', '编辑', '责任编辑', '主笔', '专栏作家', '评论员', '撰稿人', '主播', '主持人', '节目主持人', '通讯员', '特派员', '摄影师', '总编', '发言人', '新闻发言人'], {
    has: [['人民日报记者王小明报道，洪水已退。', 'WORKS_FOR 王小明→人民日报'], ['人民日报的专栏作家王小明认为，洪水已退。', 'WORKS_FOR 王小明→人民日报']],
    lacks: [['人民日报记者王小明采访了腾讯总裁刘炽平。', 'WORKS_FOR 王小明→腾讯']] }),
  staff('academic', ['研究员', '高级研究员', '资深研究员', '教授', '副教授', '助理教授', '讲师', '学者', '专家', '院士', '研究主任', '调研员', '科学家', '研发科学家', '经济学家', '首席经济学家', '分析师', '首席分析师', '策略师', '首席策略师'], {
    has: [['香港中文大学学者王小明分析认为，美债风险上升。', 'WORKS_FOR 王小明→香港中文大学'], ['清华大学经济学院金融系教授何平表示，风险可控。', 'WORKS_FOR 何平→清华大学'], ['清华大学教授、中国半导体行业协会副理事长魏少军表示，差距仍大。', 'WORKS_FOR 魏少军→清华大学']],
    lacks: [['清华大学经济学院金融系教授何平表示，风险可控。', 'LEADS 何平→清华大学']] }),
  // Hospital staff (医院副主任医师X, 主治医生X): posts, not heads, whatever 主任 in the title says.
  staff('medical', ['医生', '医师', '主治医师', '主治医生', '主任医师', '副主任医师', '住院医师', '主任医生', '护士', '护士长', '护理师', '药剂师'], {
    has: [['湘潭市人民医院副主任医师王小明表示，病人已脱离危险。', 'WORKS_FOR 王小明→湘潭市人民医院'], ['湘潭市人民医院的主治医生王小明说，手术顺利。', 'WORKS_FOR 王小明→湘潭市人民医院']],
    lacks: [['湘潭市人民医院副主任医师王小明表示，病人已脱离危险。', 'LEADS 王小明→湘潭市人民医院'], ['王小明的医生说，手术顺利。', 'WORKS_FOR 王小明→湘潭市人民医院']] }),
  // A party's legislator (公民党立法会议员X, 共和党参议员X) sits for the party in the legislature: a member of the
  // party, employed by the legislature.
  { id: 'legco-member', titles: ['立法会议员'], relation: 'WORKS_FOR', head: false, body: { name: '立法会', relation: 'WORKS_FOR' }, memberOf: ['PoliticalParty'], examples: {
    has: [['民主党前立法会议员王小明认为，香港立法会应否决议案。', 'WORKS_FOR 王小明→香港立法会']],
    lacks: [['民主党前立法会议员王小明认为，香港立法会应否决议案。', 'LEADS 王小明→香港立法会'], ['公民党立法会议员王小明表示，将提出质询。', 'WORKS_FOR 王小明→公民党']] } },
  { ...staff('legislator', ['议员', '参议员', '众议员', '市议员', '州议员', '立委'], {
    has: [['香港立法会议员王小明表示，将提出质询。', 'WORKS_FOR 王小明→香港立法会']],
    lacks: [['香港立法会议员王小明表示，将提出质询。', 'LEADS 王小明→香港立法会'], ['美国共和党议员王小明表示，将提出法案。', 'WORKS_FOR 王小明→美国共和党']] }), memberOf: ['PoliticalParty'] },
  staff('member', ['党鞭', '代表', '委员', '常委', '政治局委员', '政治局常委', '执委', '专员'], {
    has: [['中共中央政治局委员王小明周二出席会议。', 'WORKS_FOR 王小明→中共中央政治局']],
    lacks: [['中共中央政治局委员王小明周二出席会议。', 'LEADS 王小明→中共中央政治局']] }),
  // Ministers named with their ministry: the person works for the government before the title and heads the body
  // the title names (美国国务卿X → LEADS 美国国务院, when the article names that body).
  minister('foreign-minister', ['外长', '外交部长', '外交大臣'], '外交部', [['外长王毅周五表示，中国外交部将召见大使。', 'LEADS 王毅→外交部']]),
  minister('finance-minister', ['财长', '财政部长', '财政大臣'], '财政部', [['美国财长姆努钦表示，美国财政部将继续制裁。', 'LEADS 姆努钦→美国财政部']]),
  minister('defence-minister', ['防长', '国防部长'], '国防部', []),
  minister('commerce-minister', ['商务部长'], '商务部', [['美国商务部长罗斯表示，美国商务部将审查。', 'LEADS 罗斯→美国商务部']]),
  minister('justice-minister', ['司法部长'], '司法部', [['署理司法部长惠特克宣布，美国司法部已起诉华为。', 'LEADS 惠特克→美国司法部']]),
  minister('homeland-minister', ['国土安全部长'], '国土安全部', []),
  staff('official', ['官员', '高级官员', '贸易代表', '大使', '驻华大使', '外交官', '特使', '领事', '律师', '检察官', '警官', '工程师', '建筑师', '程序员', '设计师', '演员', '导演', '歌手', '作家', '艺人', '制片人'], {
    has: [['中国外交部官员王小明表示，中方反对制裁。', 'WORKS_FOR 王小明→外交部'], ['华为董事长、首席总建筑师王小明主持设计。', 'LEADS 王小明→华为']],
    lacks: [['第二位是高雄市长韩国瑜，第三位是中共总书记习近平。', 'LEADS 韩国瑜→中共'], ['华为首席建筑师王小明主持设计。', 'LEADS 王小明→华为']] }),
];
