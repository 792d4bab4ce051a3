/**
 * Common Chinese surnames (single and compound): a discovered person name must start with one. 和 is left out:
 * as a conjunction it starts far more unknown words (和特区) than it starts names.
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习胥'
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '端木'];

// By UTF-16 code: `name[0]` would allocate a string per call for most Chinese characters, and this runs on every token.
const SINGLE_CODES = codeSet([...SINGLE]);
const COMPOUND_FIRST_CODES = codeSet(COMPOUND.map((c) => c[0]!));

function codeSet(chars: readonly string[]): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const c of chars) if (c.length === 1) set[c.charCodeAt(0)] = 1;
  return set;
}

/** True when `name` looks like a Chinese personal name: a surname then one or two given-name characters. */
export function looksLikeChineseName(name: string): boolean {
  if (name.length < 2 || name.length > 4) return false;
  // Cheap tests first: this runs on every token.
  const first = name.charCodeAt(0);
  const single = SINGLE_CODES[first] === 1;
  if (!single && COMPOUND_FIRST_CODES[first] !== 1) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  // Only a name whose first character starts a compound surname can start with one.
  if (COMPOUND_FIRST_CODES[first] === 1) for (const c of COMPOUND) if (name.startsWith(c)) return name.length >= 3 && name.length <= 4;
  return single && name.length <= 3;
}

/**
 * The surname class of a character by its UTF-16 code, for the name tagger's features: bit 1 a single-character
 * surname, bit 2 the first character of a compound surname.
 */
export function surnameClass(code: number): number {
  return (SINGLE_CODES[code] ?? 0) | ((COMPOUND_FIRST_CODES[code] ?? 0) << 1);
}
