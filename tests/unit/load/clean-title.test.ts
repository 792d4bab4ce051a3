import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../src/load/clean-title.ts';

describe('cleanTitle', () => {
  it.each([
    ['测试市启动改造-新华网', undefined, '测试市启动改造', '新华社'],
    ['測試縣推動長照 | 政治 | 中央社 CNA', undefined, '測試縣推動長照', '中央社'],
    ['測試市捷運動工｜聯合新聞網', undefined, '測試市捷運動工', '联合报'],
    ['测试银行净利增长_金融频道_财新网', undefined, '测试银行净利增长', '财新'],
    ['测试岛居民投票 - BBC News 中文', 'BBC News 中文', '测试岛居民投票', 'BBC中文网'],
    ['測試市公車計劃 – DW – 2023年6月23日', 'DW', '測試市公車計劃', '德国之声'],
    ['測試區新規 - 明報新聞網 - 每日明報 daily news', undefined, '測試區新規', '明报'],
    ['新華社｜測試市啟動改造', undefined, '測試市啟動改造', '新华社'],
    ['测试标题｜香港01', undefined, '测试标题', '香港01'],
  ])('%s → title without the site label', (raw, site, title, outlet) => {
    expect(cleanTitle(raw, site)).toEqual({ title, outlet });
  });

  it.each([
    ['新冠疫苗COVID-19接种开始', '新冠疫苗COVID-19接种开始'],
    ['专家：楼市 - 仍将调整', '专家：楼市 - 仍将调整'],
    ['测试标题', '测试标题'],
  ])('keeps a title with no site label: %s', (raw, title) => {
    expect(cleanTitle(raw).title).toBe(title);
  });

  it('prefers the <h1> headline when it is one of the segments', () => {
    expect(cleanTitle('观点｜测试市的新政策_时评_某某网', undefined, '测试市的新政策').title).toBe('测试市的新政策');
  });
});
