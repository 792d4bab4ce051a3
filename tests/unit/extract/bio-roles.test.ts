import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';

const facts = (text: string) => describeFacts(analyze(text));

describe('bioRoleFacts (a profile: the person opening the sentence holds the titles of later clauses)', () => {
  it.each([
    ['马化腾，1971年生，腾讯董事会主席，全国人大代表。', 'LEADS 马化腾→腾讯 [leads-role-profile]'],
    ['李彦宏，男，1968年出生于山西，现任百度董事长、首席执行官。', 'LEADS 李彦宏→百度 [leads-role-profile]'],
    ['张勇，1972年生，浙江人，阿里巴巴集团首席财务官。', 'WORKS_FOR 张勇→阿里巴巴集团 [works-for-role-profile]'],
  ])('reads: %s', (text, fact) => expect(facts(text)).toContain(fact));

  it.each([
    ['马云，1964年生，腾讯董事长马化腾的朋友。', 'LEADS 马云→腾讯'],
    ['马云说，腾讯董事长，不会退出。', 'LEADS 马云→腾讯'],
    ['马云，1964年生，曾在腾讯工作，李彦宏则是百度董事长。', 'LEADS 马云→百度'],
    ['记者马云，腾讯董事长认为业务稳定。', 'LEADS 马云→腾讯'],
  ])('does not misread: %s', (text, fact) => expect(facts(text).map((f) => f.replace(/ \[.*\]$/, ''))).not.toContain(fact));
});

describe('bioRoleFacts: a post clause after an opening clause that says more than the name', () => {
  it('reads 曾任X副总裁 for the person opening the sentence (张三是…，曾任X副总裁)', () => {
    expect(facts('张勇是一家基金的合伙人，曾任腾讯副总裁，熟悉互联网行业。')).toContain('WORKS_FOR 张勇→腾讯 [works-for-role-profile]');
  });

  it.each([
    ['张勇批评李彦宏，曾任腾讯副总裁。', '→腾讯'],
    ['张勇是一家基金的合伙人，是腾讯副总裁的朋友。', '→腾讯'],
  ])('does not give the post to the opening person when another person or no post verb stands before it: %s', (text, part) => {
    expect(facts(text).filter((f) => f.includes('profile') && f.includes(part))).toEqual([]);
  });
});
