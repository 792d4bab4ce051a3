import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/load/find-dateline.ts';

describe('findDateline on agency and newspaper datelines', () => {
  it.each([
    ['新华社北京6月23日电（记者 张三）正文', '2023年6月23日', { outlet: '新华社', date: '2023-06-23' }],
    ['新華社香港6月23日電 正文', '2022-06-23', { outlet: '新华社', date: '2022-06-23' }],
    ['中新网上海6月23日电 (记者 李四)正文', '2023年06月23日 09:15', { outlet: '中新社', date: '2023-06-23' }],
    ['中新社北京2021年3月5日电 正文', '', { outlet: '中新社', date: '2021-03-05' }],
    ['人民网北京6月23日电 正文', '2020年6月23日', { outlet: '人民日报', date: '2020-06-23' }],
    ['（中央社記者林志明台北23日電）正文', '', { outlet: '中央社' }],
    ['【明報專訊】正文', '', { outlet: '明报' }],
    ['【財新網】正文', '', { outlet: '财新' }],
    ['【星島日報報道】正文', '', { outlet: '星岛日报' }],
    ['中央社華盛頓22日綜合外電報導）正文', '', {}],
  ] as [string, string, { outlet?: string; date?: string }][])('%s', (first, context, expected) => {
    const found = findDateline([first], context);
    expect({ outlet: found.outlet, date: found.date }).toEqual({ outlet: expected.outlet, date: expected.date });
  });

  it('gives month and day when the page names no year', () => {
    expect(findDateline(['新华社北京6月23日电 正文'], '')).toEqual({ outlet: '新华社', date: undefined, monthDay: [6, 23] });
  });

  it.each(['本报讯 正文', '【编者按】正文', '测试公司6月23日宣布裁员', '记者6月23日获悉'])('finds no outlet in %s', (first) => {
    expect(findDateline([first], '2023年').outlet).toBeUndefined();
  });
});
