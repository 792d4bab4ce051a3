import { describe, it, expect } from 'vitest';
import { parseDuie } from '../../../src/eval/parse-duie.ts';

const line = (text: string, spo: [string, string, string][]) =>
  JSON.stringify({ text, spo_list: spo.map(([subject, predicate, object]) => ({ subject, predicate, object: { '@value': object }, subject_type: '', object_type: { '@value': '' } })) });

describe('parseDuie', () => {
  it('turns DuIE (organisation, 董事长, person) into our direction: the person leads the organisation', () => {
    const [s] = parseDuie(line('甲公司董事长张三表示。', [['甲公司', '董事长', '张三']]));
    expect(s!.triples).toEqual([expect.objectContaining({ predicate: '董事长', subject: '张三', object: '甲公司', accept: ['LEADS'], subjectKind: 'person' })]);
  });

  it('keeps 总部地点 in DuIE direction (organisation → place)', () => {
    const [s] = parseDuie(line('甲公司总部位于上海。', [['甲公司', '总部地点', '上海']]));
    expect(s!.triples[0]).toMatchObject({ subject: '甲公司', object: '上海', accept: ['LOCATED_IN'] });
  });

  it('numbers records by line, leaving out sentences with no shared predicate, so the split is stable', () => {
    const content = [line('《某书》的作者是张三。', [['某书', '作者', '张三']]), line('乙大学校长李四说。', [['乙大学', '校长', '李四']])].join('\n');
    const out = parseDuie(content);
    expect(out.map((s) => s.index)).toEqual([1]);
  });

  it('refuses a record that is not JSON with E_GOLD_INVALID', () => {
    expect(() => parseDuie('{not json')).toThrow(expect.objectContaining({ code: 'E_GOLD_INVALID' }));
  });
});
