/**
 * Kinds of organisation that name none (台湾非政府组织, 美上市公司, 香港上市公司, 这家持牌公司): with any places before
 * them they still describe.
 */
export const KIND_WORDS: ReadonlySet<string> = new Set([
  '外国政府', '地方政府', '各国政府', '当地政府', '该国政府', '两国政府', '非政府组织', '上市公司', '持牌公司',
  '通讯公司', '电信公司', '跨国公司', '民营企业', '私营企业', '外资企业', '金融机构', '研究机构', '投资公司', '咨询公司',
  '国有银行', '商业银行', '股份制银行', '国有大行', '大型银行', '律师事务所', '会计师事务所', '科技企业', '互联网公司', '房地产公司', '能源公司', '石油公司', '航空公司', '汽车公司',
  // By whose capital or licence (中资银行, 持牌银行): a class of banks, not one.
  '中资银行', '外资银行', '持牌银行', '中资企业', '外资公司', '中资公司', '中资机构', '外资机构', '持牌机构',
  '高科技公司', '科网公司', '高科技企业',
]);

/**
 * Words the segmenter tags as names or places that are descriptions, roles or concepts, never entities
 * (annotation guidelines: generic descriptions, titles alone, concepts). Extend with care: each entry is a class
 * of mistake seen on real articles, not a fix for one sentence.
 */
export const GENERIC_WORDS = new Set([
  '知情人士', '消息人士', '亿万富翁', '富翁', '报导称', '报道称', '当局', '官方', '政府', '公司', '集团', '银行', '企业',
  '国企', '国有企业', '民企', '私企', '投资者', '消费者', '分析人士', '专家', '学者', '网友', '民众', '人士', '中方',
  '美方', '外方', '双方', '各方', '对方', '我方', '本公司', '该公司', '这家公司', '监管机构', '监管部门', '有关部门',
  '相关部门', '中央', '地方', '国家', '全国', '全球', '国际', '海外', '境外', '国内', '中外', '中美', '美中', '两岸',
  '大陆', '内地', '西方', '东方', '北方', '南方', '华人', '华裔', '中国人',
  '美国人', '总统', '主席', '总理', '董事长', '总裁', '记者', '编辑', '发言人', '大数据', '人工智能', '互联网',
  '科技公司', '金融科技', '贸易战', '关税', '共产主义', '社会主义', '资本主义', '新华', '人民', '群众', '老百姓',
  '同志', '先生', '女士', '小姐', '教授', '博士', '新冠', '疫情', '文革', '六四', '一带一路', '中国制造',
  '城市', '农村', '陆媒', '官媒', '港媒', '台媒', '外媒', '美媒', '日媒', '党媒', '白皮书', '黑社会', '上市', '沿海', '内陆', '边境', '省', '市', '县', '区', '某', '本报', '本台', '本网', '图片', '视频', '资料图', '网站', '平台',
  // Countries by number or relation, and the nation-founding (朝鲜建国70周年): the segmenter tags them as places.
  // Words the segmenter tags as places that name none (中国爱国式说法).
  '爱国', '海关',
  '两国', '三国', '各国', '该国', '本国', '他国', '多国', '外国', '祖国', '大国', '强国', '邻国', '盟国', '建国', '全省', '全市',
  ...KIND_WORDS,
]);

export function isGeneric(word: string): boolean {
  return GENERIC_WORDS.has(word) || COMPASS_PART.test(word);
}

/**
 * A part of a place named by compass points (中东部, 西南部, 东部): the weather and the news write them after a place
 * (河北中南部), and the segmenter and the tagger take the 部 for a ministry's.
 */
export const COMPASS_PART = /^[东南西北中]{1,3}部$/;
