/**
 * Country and supranational names. A country in an organisation's name (美国Autel公司, 中国农业发展银行) says
 * nationality, not where it sits, and a country never stands inside another place.
 */
const COUNTRIES = new Set(
  (
    '中国 美国 日本 韩国 朝鲜 北韩 南韩 俄罗斯 俄国 苏联 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 奥地利 瑞典 挪威 丹麦 芬兰 ' +
    '冰岛 爱尔兰 波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚 希腊 土耳其 乌克兰 白俄罗斯 立陶宛 拉脱维亚 爱沙尼亚 塞尔维亚 克罗地亚 ' +
    '加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 古巴 澳大利亚 澳洲 新西兰 印度 巴基斯坦 孟加拉 孟加拉国 斯里兰卡 尼泊尔 ' +
    '阿富汗 伊朗 伊拉克 叙利亚 以色列 巴勒斯坦 约旦 黎巴嫩 沙特 沙特阿拉伯 阿联酋 卡塔尔 科威特 也门 阿曼 埃及 利比亚 ' +
    '突尼斯 阿尔及利亚 摩洛哥 苏丹 南苏丹 埃塞俄比亚 肯尼亚 尼日利亚 南非 安哥拉 赞比亚 津巴布韦 坦桑尼亚 吉布提 塞拉利昂 ' +
    '刚果 刚果共和国 加纳 乌干达 卢旺达 越南 老挝 柬埔寨 泰国 缅甸 马来西亚 新加坡 印尼 印度尼西亚 菲律宾 文莱 蒙古 ' +
    '哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 格鲁吉亚 亚美尼亚 阿塞拜疆 欧盟 欧洲 亚洲 非洲 美洲 ' +
    '北美 北美洲 南美 拉美 中东 大陆 内地 中华人民共和国 中华民国'
  ).split(' '),
);

export function isCountry(name: string): boolean {
  return COUNTRIES.has(name);
}
