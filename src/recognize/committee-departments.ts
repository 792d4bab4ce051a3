import type { Doc, Mention } from '../types.ts';

/**
 * A local party committee's own departments (北京市委宣传部, 广东省委组织部, 某县委巡视组): the committee's name right
 * before a department word names the department, one body, not the committee. Departments of a committee, as a
 * word table; the committee is a GovernmentBody mention ending in 市委/省委/县委/区委/州委.
 */
export const COMMITTEE_DEPARTMENTS: readonly string[] = [
  '宣传部', '组织部', '统战部', '政法委', '巡视组', '办公厅', '办公室', '网信办', '外宣办', '台办', '农办', '财经委', '教育工委',
];

export const COMMITTEE_DEPARTMENT_EXAMPLES: { positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> } = {
  positive: [
    ['该报已转归上海市委宣传部管辖。', '上海市委宣传部'],
    ['广东省委组织部发布任免通知。', '广东省委组织部'],
    ['天津市委巡视组进驻该报社。', '天津市委巡视组'],
  ],
  negative: [
    // A department word after the committee's name but starting another phrase: 市委宣传 is no department.
    ['上海市委宣传工作会议召开。', '上海市委宣传'],
    // A national department (中宣部) is not a local committee's.
    ['中央宣传部发布通知。', '中央宣传部'],
  ],
};

const LOCAL_COMMITTEE = /[市省县区州]委$/;

/** The mentions with each local committee that a department word follows replaced by the department. */
export function committeeDepartments(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const starts = new Set(mentions.filter((m) => !m.nested).map((m) => m.start));
  return mentions.map((m) => {
    if (m.nested || m.type !== 'GovernmentBody' || !LOCAL_COMMITTEE.test(m.norm)) return m;
    const dep = COMMITTEE_DEPARTMENTS.find((d) => doc.norm.startsWith(d, m.end));
    if (!dep || starts.has(m.end)) return m;
    const end = m.end + dep.length;
    return { start: m.start, end, text: doc.text.slice(m.start, end), norm: doc.norm.slice(m.start, end), type: 'GovernmentBody', source: 'discovery', rule: 'committee-department', sentence: m.sentence };
  });
}
