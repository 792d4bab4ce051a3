/** Common Chinese surnames (single and compound): a discovered person name must start with one. */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习胥'
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '端木'];

const SINGLE_SET = new Set(SINGLE);
const COMPOUND_FIRST = new Set(COMPOUND.map((c) => c[0]!));

/** True when `name` looks like a Chinese personal name: a surname then one or two given-name characters. */
export function looksLikeChineseName(name: string): boolean {
  if (name.length < 2 || name.length > 4) return false;
  // Cheap tests first: this runs on every token.
  const single = SINGLE_SET.has(name[0]!);
  if (!single && !COMPOUND_FIRST.has(name[0]!)) return false;
  if (!/^[\u4e00-\u9fff]+$/.test(name)) return false;
  for (const c of COMPOUND) if (name.startsWith(c)) return name.length >= 3 && name.length <= 4;
  return single && name.length <= 3;
}
