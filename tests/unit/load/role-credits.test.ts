import { describe, expect, it } from 'vitest';
import { findBylines, findCreditLines } from '../../../src/load/find-bylines.ts';
import { roleCredits } from '../../../src/load/role-credits.ts';

// One row per credit-line form of Chinese news, in both scripts; names come out simplified.
describe('findCreditLines: every credit form, simplified and traditional', () => {
  it.each([
    // 【撰文：X】 and other bracketed lines
    ['【撰文：烈巴司机】', ['烈巴司机'], []],
    ['【撰文：烈巴司機】', ['烈巴司机'], []],
    // 本台记者 / 本报记者 / 特约记者 / 实习记者 / 特派员
    ['本台记者宇宁综合编译', ['宇宁'], []],
    ['本臺記者宇寧綜合編譯', ['宇宁'], []],
    ['本报记者 林佳慧', ['林佳慧'], []],
    ['本報記者 林佳慧', ['林佳慧'], []],
    ['特约记者 张明', ['张明'], []],
    ['特約記者 張明', ['张明'], []],
    ['实习记者黎卓欣', ['黎卓欣'], []],
    ['實習記者黎卓欣', ['黎卓欣'], []],
    ['台湾特派员郑智仁', ['郑智仁'], []],
    ['台灣特派員鄭智仁', ['郑智仁'], []],
    // 文/X, 作者：X, 撰文, 作者丨X
    ['文/张三', ['张三'], []],
    ['文／張三', ['张三'], []],
    ['作者：李四', ['李四'], []],
    ['作者丨夏二', ['夏二'], []],
    ['撰文：王五', ['王五'], []],
    // X 摄
    ['张三 摄', ['张三'], []],
    ['張三 攝', ['张三'], []],
    ['李四、王五摄影', ['李四', '王五'], []],
    // 责任编辑 / 责编 / 编辑 / 网编
    ['责任编辑：马琳', [], ['马琳']],
    ['責任編輯：馬琳', [], ['马琳']],
    ['编辑：刘洋', [], ['刘洋']],
    ['編輯：劉洋', [], ['刘洋']],
    // one role per name, several on a line
    ['采访/陈汉 编辑/李明飞 后制/陈建铭', ['陈汉'], ['李明飞']],
    ['採訪/陳漢 編輯/李明飛 後製/陳建銘', ['陈汉'], ['李明飞']],
    ['记者：高锋/责编：胡力汉、何平   网编：瑞哲', ['高锋'], ['胡力汉', '何平', '瑞哲']],
    ['自由亚洲电台记者郑崇生华盛顿报道   责编：申铧   网编：洪伟', ['郑崇生'], ['申铧', '洪伟']],
    ['自由亞洲電台記者鄭崇生華盛頓報道   責編：申鏵   網編：洪偉', ['郑崇生'], ['申铧', '洪伟']],
    // the role after the names, combined roles, bullets
    ['吴靖 吴晔婷|撰稿', ['吴靖', '吴晔婷'], []],
    ['王吉陆|责编', [], ['王吉陆']],
    ['〇编辑/排版：肠粉', [], ['肠粉']],
    // a proofreader is the desk's staff, like an editor
    ['校对：王测', [], ['王测']],
    ['编辑|李测试 校对|赵测试', [], ['李测试', '赵测试']],
    // names then where the report comes from
    ['杨威廉/邹宗翰(路透社等)', ['杨威廉', '邹宗翰'], []],
    ['李澄欣/張慈（綜合報導）', ['李澄欣', '张慈'], []],
    // a feed's poster
    ['© 一朵后浪 for 中国数字时代', [], ['一朵后浪']],
  ])('%s', (line, reporters, editors) => {
    expect(findCreditLines([line])).toEqual({ reporters, editors });
  });

  it.each([
    '他在北京摄', // a sentence that ends in 摄 is no photo credit
    '后制/陈建铭', // crew that is nobody's byline
    '校对 工作', // a role and a space before an ordinary word
    '王小明（香港大学）', // a name and an affiliation is no credit
    '编辑 精选', // menu words after a role and a space are no name
    '作者 专栏',
    '© Getty Images for Dior', // a photo agency's credit for a brand, not a site's poster
    '这是一个很长的句子，作者：李四认为如此。',
  ])('no credit in %s', (line) => {
    expect(findCreditLines([line])).toEqual({ reporters: [], editors: [] });
  });
});

describe('findBylines', () => {
  it('reads the reporter of a credit whose second half names the editor (记者X报导/责任编辑：Y)', () => {
    expect(findBylines(['（记者李韵报导/责任编辑：祝馨睿）'])).toEqual({ reporters: ['李韵'], editors: ['祝馨睿'] });
    expect(findBylines(['（記者李韻報導/責任編輯：祝馨睿）'])).toEqual({ reporters: ['李韵'], editors: ['祝馨睿'] });
  });

  it('reads X综合报导 credits in both scripts', () => {
    expect(findBylines(['（大纪元记者林燕综合报导）'])).toEqual({ reporters: ['林燕'], editors: [] });
    expect(findBylines(['（大紀元記者林燕綜合報導）'])).toEqual({ reporters: ['林燕'], editors: [] });
  });
});

describe('roleCredits', () => {
  it('labels each part with its role', () => {
    expect(roleCredits('采访/陈汉 编辑/李明飞 后制/陈建铭')?.parts).toEqual([
      { role: 'reporter', strict: false, names: '陈汉' },
      { role: 'editor', strict: false, names: '李明飞' },
      { role: 'other', strict: false, names: '陈建铭' },
    ]);
  });

  it('is undefined for a line that does not open with a role', () => {
    expect(roleCredits('他说编辑：不知道')).toBeUndefined();
  });
});
