import { describe, expect, it } from 'vitest';
import { cleanParagraphs } from '../../../src/load/clean-paragraphs.ts';

// Invented page text: a portal's link box, a story, a closing list of links.
const STORY = [
  '测试科技讯 北京时间3月2日消息，测试公司周二发布了新款测试手机，售价为三千元，首批产品将于下月开始在全国各地的门店发售。',
  '测试公司表示，新手机采用自研芯片，续航比上一代延长两小时，并将在今年晚些时候推出更多颜色的版本，供不同的用户选择。',
];

describe('cleanParagraphs: related-article lists', () => {
  it('drops a list of links that stands above the story and keeps the story after it', () => {
    const out = cleanParagraphs(['视频：测试手机开箱', '相关新闻：', '直播测试发布会', '测试发布会：谈创新', ...STORY]);
    expect(out).toEqual(['视频：测试手机开箱', ...STORY]);
  });

  it('ends the article at a list of links after the story', () => {
    const out = cleanParagraphs([...STORY, '相关阅读', '测试公司去年业绩回顾', '另一家公司发布新品，售价更低。']);
    expect(out).toEqual(STORY);
  });

  it('ends the article at a list of links followed by less prose than the story', () => {
    const tail = '这是另一篇文章的摘要，讲的是别的公司在别的城市开设新门店的事情，与本文无关，只是列表里的一段简介。';
    expect(cleanParagraphs([...STORY, '延伸阅读：', '别的公司开新店', tail])).toEqual(STORY);
  });
});
