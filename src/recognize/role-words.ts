/**
 * Role words: a person's title or job. Heads of an organisation give LEADS facts, other roles WORKS_FOR;
 * both also mark the name that follows them as a person (记者林燕, 发言人华春莹).
 * Longest first so that 董事局主席 wins over 主席.
 */
export const HEAD_ROLES = [
  '董事局主席', '董事会主席', '首席执行官', '执行董事长', '董事长', '行长', '主席', '总裁', '总经理', '总书记', '局长', '部长',
  '主任', '总统', '总理', '首相', '市长', '省长', '州长', '委员长', '社长', '校长', '院长', '署长', '总监', '负责人',
  '掌门人', '创始人兼CEO', 'CEO', '老板', '党委书记', '书记', '国务卿', '首席执行长', '董事会主席兼首席执行官', '主编', '总编辑',
  '议长', '会长', '领袖', '多数党领袖', '少数党领袖', '党魁', '理事长', '所长', '厅长', '司长', '处长', '检察长', '法官', '大法官', '执行长', '领导人', '国家主席',
  '行政长官', '特首', '秘书长', '总干事', '主委', '总领事', '财政部长', '防长', '大臣',
].sort((a, b) => b.length - a.length);

export const OTHER_ROLES = [
  '记者', '编辑', '责任编辑', '特约记者', '发言人', '新闻发言人', '副总裁', '副行长', '副主席', '副总理', '副部长', '副局长',
  '副总统', '副主任', '副总经理', '副市长', '副省长', '高管', '高级副总裁', '分析师', '首席分析师', '研究员', '高级研究员', '教授',
  '副教授', '经济学家', '首席经济学家', '官员', '高级官员', '顾问', '大使', '驻华大使', '律师', '主播', '董事', '独立董事',
  '首席财务官', 'CFO', '首席技术官', 'CTO', '首席运营官', 'COO', '运营官', '营运长', '财务长', '技术长', '营运官', '首席营运官', '首席法务官', '首席战略官', '首席信息官', '经理', '员工', '雇员', '主管', '专栏作家', '评论员',
  '撰稿人', '学者', '专家', '科学家', '研发科学家', '工程师', '程序员', '设计师', '党鞭', '主持人', '节目主持人', '演员', '导演', '歌手', '作家', '艺人', '制片人', '总编', '副总编', '合伙人', '法律顾问', '助理教授', '讲师', '院士', '研究主任', '主管', '外长', '财长', '商务部长', '外交部长', '国防部长', '贸易代表', '常委', '委员', '政治局委员',
  '政治局常委', '代表', '议员', '参议员', '众议员', '特派员', '通讯员', '摄影师', '主笔', '创始人', '联合创始人',
  '策略师', '首席策略师', '交易员', '基金经理', '投资组合经理', '调研员', '助理国务卿', '副国务卿', '副秘书长', '立委', '市议员',
  '州议员', '外交官', '特使', '领事', '执行董事', '董事总经理', '检察官', '警官', '执委', '专员',
].sort((a, b) => b.length - a.length);

export const ROLE_WORDS = [...HEAD_ROLES, ...OTHER_ROLES].sort((a, b) => b.length - a.length);

const HEAD_SET = new Set(HEAD_ROLES);
const OTHER_SET = new Set(OTHER_ROLES);

export function roleKind(word: string): 'head' | 'other' | undefined {
  if (HEAD_SET.has(word)) return 'head';
  if (OTHER_SET.has(word)) return 'other';
  return undefined;
}

const ROLE_LAST_CODES = new Uint8Array(0x10000);
for (const r of ROLE_WORDS) ROLE_LAST_CODES[r.charCodeAt(r.length - 1)] = 1;
/** Role words by the code of their last character, longest first as in ROLE_WORDS. */
const ROLES_BY_LAST = new Map<number, string[]>();
for (const r of ROLE_WORDS) {
  const code = r.charCodeAt(r.length - 1);
  (ROLES_BY_LAST.get(code) ?? ROLES_BY_LAST.set(code, []).get(code)!).push(r);
}

/** A cheap pre-check: could a role word end with this character? */
export function mayEndRole(code: number): boolean {
  return ROLE_LAST_CODES[code] === 1;
}

/**
 * The role word that `text` ends with, longest first. With `end` and `from`, the role word that
 * `text.slice(from, end)` ends with, without making that slice.
 */
export function roleAtEnd(text: string, end = text.length, from = 0): string | undefined {
  const roles = ROLES_BY_LAST.get(text.charCodeAt(end - 1));
  if (!roles) return undefined;
  for (const r of roles) if (r.length <= end - from && text.endsWith(r, end)) return r;
  return undefined;
}

/** The role word that `text` starts with, longest first. */
export function roleAtStart(text: string): string | undefined {
  for (const r of ROLE_WORDS) if (text.startsWith(r)) return r;
  return undefined;
}
