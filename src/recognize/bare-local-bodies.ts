import type { Mention } from '../types.ts';

/**
 * A party committee's department written without its place (市委宣传部, 县委组织部): every city and county has one,
 * so it names no one body; the text elided the place (上海市委书记…和市委宣传部部长). A discovered one stays no
 * entity rather than become a generic one. Names with their place (浙江省委宣传部) and known bodies are not bare.
 */
export const BARE_BODY_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['他派市委副书记王强和市委宣传部部长张明去谈话。', '市委宣传部'],
    ['区委宣传部部长张明出席会议。', '区委宣传部'],
    ['县委宣传部部长李强出席会议。', '县委宣传部'],
  ],
  negative: [
    ['浙江省民政局局长王林被调查。', '浙江省民政局'],
    ['外交部发言人华春莹表示反对。', '外交部'],
    ['劳福局局长王林今天表示反对。', '劳福局'],
    ['浙江省委宣传部部长王林出席会议。', '浙江省委宣传部'],
  ],
};

// A level's party committee (市委, 县委), then its department (宣传部, 组织部, 统战部). A bare bureau (民政局, 财政部)
// often stands for the one the article is about (劳福局 in a Hong Kong story) and stays.
const BARE = /^[省市县区州]委[\u4e00-\u9fff]{2,3}部$/;

export function isBareLocalBody(m: Mention): boolean {
  return m.type === 'GovernmentBody' && m.source === 'discovery' && (m.rule === 'org-suffix' || m.rule === 'tagger') && !m.lexId && BARE.test(m.norm);
}
