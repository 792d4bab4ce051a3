import { describe, expect, it } from 'vitest';
import { findBylines, parseAttribution } from '../../../src/load/find-bylines.ts';

describe('findBylines', () => {
  it.each([
    ['（大纪元记者林燕综合报导）正文', ['林燕'], []],
    ['【大纪元2018年09月01日讯】（大纪元记者易如、周慧心采访报导）正文', ['易如', '周慧心'], []],
    ['（大纪元记者钟元台北报导）正文', ['钟元'], []],
    ['（大纪元记者亦平美国白宫报导）正文', ['亦平'], []],
    ['（英文大纪元记者Bowen Xiao报导、张婷综合编译）正文', ['Bowen Xiao', '张婷'], []],
    ['（新唐人记者王一报导／大纪元记者林燕翻译）正文', ['王一', '林燕'], []],
    ['（大纪元渥太华记者站报导）正文', [], []],
    ['（美国之音记者陈思远华盛顿报道）', ['陈思远'], []],
    ['（美国之音记者申华 拍摄）', [], []],
    ['责任编辑：林妍 #', [], ['林妍']],
    ['文字整理：李洁思，责任编辑：叶枫、孙芸', [], ['叶枫', '孙芸']],
  ])('%s', (paragraph, reporters, editors) => {
    expect(findBylines([paragraph])).toEqual({ reporters, editors });
  });
});

describe('parseAttribution', () => {
  it.each([
    ['编译 李爽；审校 徐文焰', ['李爽'], ['徐文焰']],
    ['发稿 张喜良; 审校 乔艳红', ['张喜良'], ['乔艳红']],
    ['编译 李爽  审校 白云', ['李爽'], ['白云']],
    ['记者 雷美珍；审校 张喜良', ['雷美珍'], ['张喜良']],
    ['编译 郑茵/张若琪 审校 徐文焰/王丽鑫', ['郑茵', '张若琪'], ['徐文焰', '王丽鑫']],
    ['审校 屈桂娟', [], ['屈桂娟']],
  ])('%s', (text, reporters, editors) => {
    expect(parseAttribution(text)).toEqual({ reporters, editors });
  });
});
