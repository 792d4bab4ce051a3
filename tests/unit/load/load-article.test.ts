import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../../src/load/load-article.ts';
import { isZhkgError } from '../../../src/errors.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/load/${name}`, import.meta.url));
const seed = fileURLToPath(new URL('../../../seeds/000_b8188a9e28d94beb.txt', import.meta.url));
const load = (path: string, referenceYear?: number) =>
  loadArticle(path, readFileSync(path, 'utf8'), 'hash', referenceYear ? { referenceYear } : {});

describe('loadArticle on the seed (mirror-2021)', () => {
  const a = load(seed);
  it('reads the metadata from the dateline, byline, editor line and footer', () => {
    expect(a).toMatchObject({
      id: 'n13042441',
      format: 'mirror-2021',
      title: '消息：蚂蚁集团拟交出数据库 跟国企谈合作',
      outlet: '大纪元',
      date: '2021-06-23',
      url: 'https://www.epochtimes.com/gb/21/6/23/n13042441.htm',
      reporters: ['林燕'],
      editors: ['林妍'],
      contentHash: 'hash',
    });
  });
  it('turns tag links into hints and bylines into person hints', () => {
    const tags = a.hints.filter((h) => h.origin === 'tag-link').map((h) => h.name);
    expect(tags).toEqual(expect.arrayContaining(['马云', '蚂蚁集团', '阿里巴巴']));
    expect(a.hints).toContainEqual({ name: '林燕', type: 'Person', origin: 'byline' });
  });
  it('keeps body paragraphs in order, joined without spaces, and drops furniture', () => {
    expect(a.paragraphs[0]).toMatch(/^【大纪元2021年06月23日讯】（大纪元记者林燕综合报导）《华尔街日报》/);
    expect(a.paragraphs).toContain(
      '有超过10亿人使用这家金融科技巨头的支付宝程序来消费、借贷或投资，蚂蚁集团收集和使用的这些用户信息是该公司获得成功的秘诀。',
    );
    for (const p of a.paragraphs) expect(p).not.toMatch(/原文链接|首页|责任编辑|^#|#$|\n/);
    expect(a.paragraphs.at(-1)).toMatch(/谁控制了数据，谁就掌握了主动权/);
  });
  it('collects the featured image caption with its credit', () => {
    expect(a.captions.some((c) => c.includes('支付宝的标识') && c.includes('Getty Images'))).toBe(true);
  });
});

describe('loadArticle layouts (hand-made fixtures)', () => {
  const cases = [
    {
      file: 'epoch-2018.md',
      expected: {
        id: 'n10690001', format: 'epoch-2018', outlet: '大纪元', date: '2018-09-05',
        reporters: ['王小明', '李晓红'], editors: ['赵一'],
        captions: ['图为新图书馆的阅览室。(示意图/大纪元)'],
      },
      firstParagraph: /^【大纪元2018年09月05日讯】（大纪元记者王小明、李晓红综合报导）测试市周三/,
      lastParagraph: '一位市民说：“这里很安静，适合读书。”',
      tags: ['测试市', '图书馆'],
    },
    {
      file: 'epoch-2018-no-year.md',
      expected: { id: 'n1400002', format: 'epoch-2018', outlet: '大纪元', date: '2006-09-10', reporters: [], editors: [] },
      firstParagraph: /^【大纪元9月10日讯】测试市的老街/,
      lastParagraph: '老街的石板路是清朝时铺的。',
      tags: [],
    },
    {
      file: 'mirror-2020.md',
      expected: { id: 'n12000001', format: 'mirror-2021', outlet: '大纪元', date: '2020-03-02', reporters: ['高山'], editors: ['钱多多'] },
      firstParagraph: /^【大纪元2020年03月02日讯】（大纪元记者高山报导）林业局周一发布/,
      lastParagraph: '新规从四月一日起实施。',
      tags: ['林业局'],
    },
    {
      file: 'voa-2018.md',
      expected: {
        id: '4560001', format: 'voa-2018', outlet: '美国之音', date: '2018-09-06', reporters: ['陈思远'], editors: [],
        captions: ['测试河大桥通车典礼（美国之音周明拍摄）'],
      },
      firstParagraph: /^华盛顿 — 横跨测试河的大桥星期三正式通车，两岸居民往来时间缩短到十分钟。$/,
      lastParagraph: '工程负责人刘建国说，大桥用了三年时间建成。',
      tags: [],
    },
    {
      file: 'reuters-2018.md',
      expected: {
        id: 'idCNKCS1TEST0', format: 'reuters-2018', outlet: '路透社', date: '2018-09-03', reporters: ['王芳'], editors: ['李强'],
        captions: ['资料图片：测试银行的一家分行。REUTERS/Test Photographer'],
      },
      firstParagraph: /^路透上海9月3日 - 测试银行周一公布/,
      lastParagraph: '该行行长孙立新表示，下半年将继续支持小微企业。(完)',
      tags: [],
    },
    {
      file: 'article.html',
      expected: {
        id: 'url-b80b3ad8fbae7d58', format: 'html', title: '测试港口扩建工程动工', outlet: '自由亚洲电台', date: '2019-05-14',
        url: 'https://www.rfa.org/mandarin/test/port-05142019.html', captions: ['测试港口的集装箱码头。（资料图片）'],
      },
      firstParagraph: /^测试港口的扩建工程星期二正式动工/,
      lastParagraph: '港务局表示，环境评估报告已经通过审查，将在下个月向公众公开，并会设立专门的渔业补偿基金。',
      tags: [],
    },
    {
      file: 'plain.txt',
      expected: { id: 'url-ac43c61d657038c8', format: 'text', title: '测试县举办农产品展销会', outlet: 'BBC中文网', url: 'https://www.bbc.com/zhongwen/simp/test-45678901' },
      firstParagraph: /^测试县周六举办了一年一度的农产品展销会，来自全县的两百多家农户参加。$/,
      lastParagraph: '县长韩春雨说，今年的苹果产量创下新高。',
      tags: [],
    },
  ];
  it.each(cases)('$file', ({ file, expected, firstParagraph, lastParagraph, tags }) => {
    const a = load(fixture(file), 2020);
    expect(a).toMatchObject(expected);
    expect(a.paragraphs[0]).toMatch(firstParagraph);
    expect(a.paragraphs.at(-1)).toBe(lastParagraph);
    expect(a.hints.filter((h) => h.origin === 'tag-link').map((h) => h.name)).toEqual(tags);
    for (const p of a.paragraphs) expect(p).not.toMatch(/原文链接|责任编辑|禁闻聚合|我们的标准|加载中|编译 王芳|^（美国之音记者/);
  });

  it('keeps Latin words apart but Chinese text unspaced when joining text nodes', () => {
    const a = load(fixture('epoch-2018.md'));
    expect(a.paragraphs[1]).toBe('馆长张大山表示，图书馆藏书超过十万册，其中包括Open Source Press出版的英文书。');
  });

  it('leaves a Reuters date unknown when neither the page nor the reference year gives its year', () => {
    expect(load(fixture('reuters-2018.md')).date).toBeUndefined();
  });

  it('reads the reporter and the outlet from a credit line under the title of plain text (澎湃新闻记者 李明华)', () => {
    const article = loadArticle('thepaper.txt', '张勇：阿里将加大投资\n\n澎湃新闻记者 李明华\n\n阿里巴巴集团董事局主席张勇表示，将加大投资。', 'hash');
    expect(article.reporters).toEqual(['李明华']);
    expect(article.outlet).toBe('澎湃新闻');
  });

  it('reads no outlet or reporter from a body sentence that mentions a reporter', () => {
    const article = loadArticle('x.txt', '标题\n\n他对澎湃新闻记者说，公司将加大投资。', 'hash');
    expect(article.reporters).toEqual([]);
    expect(article.outlet).toBeUndefined();
  });

  it('does not invent a date for plain text without one', () => {
    expect(load(fixture('plain.txt')).date).toBeUndefined();
  });
});

describe('loadArticle rejects', () => {
  it('text without any Chinese character', () => {
    let error: unknown;
    try {
      loadArticle('english.txt', 'A title\n\nOnly English words here.', 'hash');
    } catch (e) {
      error = e;
    }
    expect(isZhkgError(error) && error.code).toBe('E_INPUT_NO_CHINESE');
    expect(isZhkgError(error) && error.file).toBe('english.txt');
  });
});
