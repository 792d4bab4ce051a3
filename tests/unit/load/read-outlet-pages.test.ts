import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/load/read-article.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/load/outlets/${name}`, import.meta.url));

interface Expected {
  file: string;
  title: string;
  outlet: string;
  date: string;
  reporters: string[];
  editors: string[];
  /** Start of the first body paragraph and of the last one. */
  first: string;
  last: string;
  count: number;
  captions?: string[];
}

// Hand-made pages imitating the layouts of outlets the loader has no adapter for (see the fixtures README).
const PAGES: Expected[] = [
  { file: 'xinhua.html', title: '测试市启动老旧小区改造', outlet: '新华社', date: '2023-06-23', reporters: ['张明远', '李晓华'], editors: ['王小丽'], first: '新华社北京6月23日电（记者张明远、李晓华）', last: '测试市住房部门负责人王建国表示', count: 3 },
  { file: 'chinanews.html', title: '测试省发布今年首个防汛预警', outlet: '中新社', date: '2023-06-23', reporters: ['陈立新', '周文'], editors: ['刘洋'], first: '中新网北京6月23日电 (记者 陈立新 周文)', last: '水利厅提醒公众', count: 3 },
  { file: 'cna.html', title: '測試縣推動長照新制 明年上路', outlet: '中央社', date: '2023-06-23', reporters: ['林志明'], editors: ['黄美玲'], first: '（中央社記者林志明台北23日電）', last: '縣府指出', count: 3, captions: ['縣長陳文雄（中）23日在記者會上說明長照新制。（中央社記者林志明攝）'] },
  { file: 'mingpao.html', title: '測試區議會通過社區新規', outlet: '明报', date: '2023-06-23', reporters: [], editors: [], first: '【明報專訊】測試區議會', last: '有業主組織則擔心', count: 3 },
  { file: 'epoch.html', title: '測試公司宣布裁員百人', outlet: '大纪元', date: '2023-06-23', reporters: ['王文'], editors: ['李明'], first: '【大紀元2023年06月23日訊】', last: '分析人士認為', count: 3 },
  { file: 'caixin.html', title: '测试银行上半年净利增长两成', outlet: '财新', date: '2023-06-23', reporters: ['赵一鸣', '钱多多'], editors: ['孙悦', '刘丽'], first: '【财新网】测试银行', last: '多位分析师认为', count: 3 },
  { file: 'thepaper.html', title: '测试县一小学新校区投入使用', outlet: '澎湃新闻', date: '2023-06-23', reporters: ['周洋'], editors: ['韩小萌', '刘威'], first: '测试县第一小学新校区', last: '县教育局表示', count: 3 },
  { file: 'bbc.html', title: '测试岛屿居民投票反对建设新机场', outlet: 'BBC中文网', date: '2023-06-23', reporters: [], editors: [], first: '测试岛的居民周五', last: '当地政府表示', count: 3, captions: ['测试岛的海岸线，新机场原计划建在这里。'] },
  { file: 'dw.html', title: '測試市推出新能源公車計劃', outlet: '德国之声', date: '2023-06-23', reporters: ['王德华'], editors: [], first: '測試市政府週五公布計劃', last: '環保團體歡迎這項計劃', count: 3 },
  { file: 'udn.html', title: '測試市捷運延伸線動工 預計五年完工', outlet: '联合报', date: '2023-06-23', reporters: ['陈大文'], editors: [], first: '測試市捷運延伸線今天', last: '不過，部分沿線居民', count: 3 },
  { file: 'ltn.html', title: '測試科技公司擴大投資', outlet: '自由时报', date: '2023-06-23', reporters: ['张小明'], editors: [], first: '〔記者張小明／台北報導〕', last: '經濟部官員表示', count: 3 },
  { file: 'zaobao.html', title: '测试国宣布延长签证免签期限', outlet: '联合早报', date: '2023-06-23', reporters: ['林佳慧'], editors: [], first: '测试国外交部星期五宣布', last: '旅游业者普遍欢迎', count: 3 },
];

/** Page furniture that must never reach the body text. */
const FURNITURE = /编辑|編輯|责编|分享|版权|版權|著作權|转载|轉載|Copyright|©|（完）|\(完\)|来源：|相关|相關|评论|留言|读者|讀者|APP|首页|首頁|^\d{4}[-/年]/;

describe('readArticle on pages from outlets without an adapter', () => {
  it.each(PAGES)('$file: title, outlet, date, reporters and editors', async (e) => {
    const a = await readArticle(fixture(e.file));
    expect(a.format).toBe('html');
    expect({ title: a.title, outlet: a.outlet, date: a.date, reporters: a.reporters, editors: a.editors }).toEqual({
      title: e.title, outlet: e.outlet, date: e.date, reporters: e.reporters, editors: e.editors,
    });
  });

  it.each(PAGES)('$file: body paragraphs only, captions apart', async (e) => {
    const a = await readArticle(fixture(e.file));
    expect(a.paragraphs).toHaveLength(e.count);
    expect(a.paragraphs[0]!.startsWith(e.first)).toBe(true);
    expect(a.paragraphs.at(-1)!.startsWith(e.last)).toBe(true);
    for (const p of a.paragraphs) expect(p).not.toMatch(FURNITURE);
    expect(a.captions).toEqual(e.captions ?? []);
  });

  it('drops the end marks after the last sentence', async () => {
    const xinhua = await readArticle(fixture('xinhua.html'));
    const chinanews = await readArticle(fixture('chinanews.html'));
    const cna = await readArticle(fixture('cna.html'));
    expect(xinhua.paragraphs.at(-1)).toMatch(/施工安全。$/);
    expect(chinanews.paragraphs.at(-1)).toMatch(/求助电话。$/);
    expect(cna.paragraphs.at(-1)).toMatch(/五億元。$/);
  });

  it.each([
    ['cna.html', 'big5'],
    ['udn.html', 'big5 (the page claims utf-8)'],
    ['chinanews.html', 'gbk'],
  ])('%s is stored as %s and decodes to Chinese text', async (file) => {
    const bytes = readFileSync(fixture(file));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const a = await readArticle(fixture(file));
    expect(a.paragraphs.join('')).not.toMatch(/\ufffd/);
  });

  it('takes the year of a month-day dateline from the page date, not from the copyright line', async () => {
    const page = readFileSync(fixture('xinhua.html'), 'utf8')
      .replace('<span class="h-time">2023-06-23 10:20:30</span>', '')
      .replace('<head>', '<head><meta name="publishdate" content="2021-06-23">');
    const { loadArticle } = await import('../../../src/load/load-article.ts');
    expect(loadArticle('xinhua.html', page, 'hash').date).toBe('2021-06-23');
  });

  it('turns reporters and editors into person hints', async () => {
    const a = await readArticle(fixture('caixin.html'));
    expect(a.hints).toEqual(expect.arrayContaining(['赵一鸣', '钱多多', '孙悦', '刘丽'].map((name) => ({ name, type: 'Person', origin: 'byline' }))));
  });
});
