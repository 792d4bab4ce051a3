import { describe, expect, it } from 'vitest';
import { findBylines, findCreditLines, reportersFromByline } from '../../../src/load/find-bylines.ts';

describe('findCreditLines', () => {
  it.each([
    ['文｜财新记者 赵一鸣 钱多多', ['赵一鸣', '钱多多'], []],
    ['記者陳大文／台北即時報導', ['陈大文'], []],
    ['澎湃新闻记者 周洋', ['周洋'], []],
    ['本报记者 林佳慧', ['林佳慧'], []],
    ['撰文：何美儀', ['何美仪'], []],
    ['作者：张三、李四', ['张三', '李四'], []],
    ['張小明／台北報導', ['张小明'], []],
    ['張小明、李大同/高雄即時報導', ['张小明', '李大同'], []],
    ['政治新闻／台北报导', [], []],
    ['作者：新华网', [], []],
    ['责任编辑：孙悦 | 版面编辑：刘丽', [], ['孙悦', '刘丽']],
    ['【编辑:刘洋】', [], ['刘洋']],
    ['记者23日从测试市住房部门获悉，该市今年将启动改造。', [], []],
    ['这位记者说，他会继续关注此事', [], []],
  ])('%s', (line, reporters, editors) => {
    expect(findCreditLines([line])).toEqual({ reporters, editors });
  });
});

describe('findBylines on agency credits', () => {
  it.each([
    ['新华社北京6月23日电（记者 张明远 李晓华）正文。', ['张明远', '李晓华'], []],
    ['（中央社記者林志明台北23日電）正文。', ['林志明'], []],
    ['〔記者張小明／台北報導〕正文。', ['张小明'], []],
    ['本报北京6月23日电（记者张三 通讯员李四）正文。', ['张三', '李四'], []],
    ['正文最后一句。（編輯：黃美玲）1120623', [], ['黄美玲']],
    ['【责任编辑：王小丽】', [], ['王小丽']],
  ])('%s', (p, reporters, editors) => {
    expect(findBylines([p])).toEqual({ reporters, editors });
  });
});

describe('reportersFromByline', () => {
  it.each([
    ['王德華', ['王德华']],
    ['作者：张三、李四', ['张三', '李四']],
    ['文|赵六', ['赵六']],
    ['BBC中文记者 陈七 伦敦报道', ['陈七']],
    ['这是一段很长的并不是署名的文字，它不应该被当作记者的名字来处理，因为它太长了', []],
    ['新华网', []],
    ['BBC News 中文', []],
    [undefined, []],
  ])('%s', (byline, reporters) => {
    expect(reportersFromByline(byline)).toEqual(reporters);
  });
});
