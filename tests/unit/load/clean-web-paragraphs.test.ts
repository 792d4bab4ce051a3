import { describe, expect, it } from 'vitest';
import { cleanWebParagraphs } from '../../../src/load/clean-web-paragraphs.ts';

describe('cleanWebParagraphs', () => {
  it.each([
    '（完）', '(完)', '【责任编辑：王小丽】', '編輯：李明', '【纠错】', '分享到：微信 微博', '2023年6月23日',
    '2023/06/23 10:05', '2023-06-23 14:05 来源：澎湃新闻', '来源：新华网', '© 2023 BBC.', '本網站之文字、圖片及影音，非經授權，不得轉載。',
    '(本文来自澎湃新闻，更多原创资讯请下载“澎湃”APP)', '澎湃新闻记者 周洋', '記者陳大文／台北即時報導',
    '专注测试新闻报道。扫描下方二维码关注测试汇官方微信。', '长按识别二维码，关注我们', '快来测试众测，下载客户端还能获得专享福利哦！',
    '文章关键词：测试新品', '關鍵詞：測試',
  ])('drops the furniture line %s', (line) => {
    expect(cleanWebParagraphs(['测试市今天宣布了新政策。', line])).toEqual(['测试市今天宣布了新政策。']);
  });

  it.each([
    ['遇到险情及时拨打求助电话。(完)', '遇到险情及时拨打求助电话。'],
    ['每年需要五億元。（編輯：黃美玲）1120623', '每年需要五億元。'],
    ['工程将在年底完成。（完）', '工程将在年底完成。'],
  ])('strips the trailer of %s', (p, kept) => {
    expect(cleanWebParagraphs([p])).toEqual([kept]);
  });

  it.each([
    '记者23日从测试市住房部门获悉，该市今年将启动改造。',
    '他说，未经授权转载他人作品是违法的，这一点在新的法规中写得很清楚，执法部门也将加大检查力度。',
    '2023年是测试市建市一百周年。',
    '用户只需扫描商家的二维码即可付款。',
    '他说，下载客户端的用户已经超过一亿。',
    '关键在于，监管部门要尽快出台细则。',
  ])('keeps the sentence %s', (p) => {
    expect(cleanWebParagraphs([p])).toEqual([p]);
  });
});
