import { describe, expect, it } from 'vitest';
import { analyze } from '../../fixtures/nlp/make-article.ts';

// Where a discovered name starts: a conjunction inside it, a time word or a verb before it.
const names = (text: string) => analyze(text).entities.map((e) => e.name);

describe('bounds of discovered names', () => {
  it.each([
    ['暨 joins two parts of one name', '华盛顿智库战略暨国际研究中心资深研究员葛来仪表示。', '战略暨国际研究中心', '暨国际研究中心'],
    ['当 (when) starts no name', '当MSNBC电视台评论员海斯坚称，要和解。', 'MSNBC电视台', '当MSNBC电视台'],
  ])('%s: %s', (_what, text, right, wrong) => {
    const found = names(text);
    expect(found).toContain(right);
    expect(found).not.toContain(wrong);
  });

  it.each([
    ['a verb and its complement before 法院 name no court', '他们可以告上法院指控特朗普政府违宪。', '告上法院'],
    ['时 after a verb is “when”, not a surname', '李瑞英曾是江泽民出访时必带的央视女主播。', '时必带'],
  ])('%s: %s', (_what, text, wrong) => {
    expect(names(text)).not.toContain(wrong);
  });
});
