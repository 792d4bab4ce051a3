import { describe, expect, it } from 'vitest';
import { dateFromUrl, yearForMonthDay, yearFromWeekday } from '../../../src/load/parse-dates.ts';
import { findDateline } from '../../../src/load/find-dateline.ts';

describe('dates', () => {
  it.each([
    ['https://www.epochtimes.com/gb/21/6/23/n13042441.htm', '2021-06-23'],
    ['http://www.epochtimes.com/gb/4/11/19/n722529.htm', '2004-11-19'],
    ['https://example.com/news/2019/05/14/port.html', '2019-05-14'],
    ['https://www.voachinese.com/a/news-xi-20180911/4566817.html', '2018-09-11'],
    ['https://www.voachinese.com/a/4566817.html', undefined],
  ])('dateFromUrl(%s)', (url, date) => expect(dateFromUrl(url)).toBe(date));

  it.each([
    [['【大纪元2021年06月23日讯】正文'], { outlet: '大纪元', date: '2021-06-23' }],
    [['【大纪元9月10日讯】正文'], { outlet: '大纪元', monthDay: [9, 10] }],
    [['路透北京8月31日 - 正文，2018年8月31日发布'], { outlet: '路透社', date: '2018-08-31' }],
    [['路透纽约/伦敦9月7日 - 正文'], { outlet: '路透社', monthDay: [9, 7] }],
    [['没有电头的正文'], {}],
  ])('findDateline(%j)', (paragraphs, expected) => {
    expect(findDateline(paragraphs, paragraphs.join(''))).toEqual(expect.objectContaining(expected));
  });

  it('finds a year from a page date, a link date or the commonest year', () => {
    expect(yearForMonthDay(8, 31, '他在2016年说过，2018年8月31日起生效')).toBe(2018);
    expect(yearForMonthDay(8, 31, 'see http://x.cn/rdgz/20180831/1.html')).toBe(2018);
    expect(yearForMonthDay(8, 31, '没有年份')).toBeUndefined();
  });

  it('finds the latest year not after the reference year whose month/day falls on the named weekday', () => {
    expect(yearFromWeekday(8, 31, '欧洲股市周五下跌', 2026)).toBe(2018);
    expect(yearFromWeekday(9, 3, '测试银行星期一公布', 2020)).toBe(2018);
    expect(yearFromWeekday(9, 3, '没有星期', 2020)).toBeUndefined();
  });
});
