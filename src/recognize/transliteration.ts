/**
 * Characters of the standard Chinese transliteration table for foreign personal names (the Xinhua
 * 译名 syllables: 阿 巴 贝 … 兹 佐, plus the common Russian and female endings 夫 娃 耶 奇, and 大卫). A run made of
 * nothing else is read as one transliterated name (祖巴列维奇, 马特维延科, 莫尔古洛夫).
 */
const CHARS =
  '阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁顿东杜多厄恩尔法菲费芬丰弗福夫盖甘冈戈格贡古瓜圭哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康柯科克肯库奎拉莱赖兰朗劳勒雷蕾里利丽连林琳卢鲁伦罗洛马玛迈麦曼梅蒙米敏莫姆穆纳娜奈南内尼涅纽努诺欧帕潘佩彭皮珀普奇契恰乔切琴丘萨塞桑瑟森沙莎舍什施史斯松苏索塔泰坦汤特腾提廷图托瓦万威韦维温沃乌西希谢辛休雅亚延扬耶伊因英尤于扎泽詹兹佐娃茨列祖捷叶伏柳莉娅丝露黛芙琪珊薇大卫';

const CODES = new Uint8Array(0x10000);
for (const c of CHARS) CODES[c.charCodeAt(0)] = 1;

/** True when every character of `text` is a transliteration syllable. */
export function isTransliteration(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (CODES[text.charCodeAt(i)] !== 1) return false;
  return true;
}

/** True when the character code is a transliteration syllable. */
export function isTransliterationCode(code: number): boolean {
  return CODES[code] === 1;
}
