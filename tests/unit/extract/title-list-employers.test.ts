import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';

/** `TYPE subject→object [rule]` of every fact read from the text. */
const facts = (text: string) => describeFacts(analyze(text));
const listed = (text: string) => facts(text).filter((f) => f.endsWith('-listed]'));

describe('title lists: A的title、B的title X gives X both employers', () => {
  it.each([
    ['a deputy title of a society, then a head of a university unit', '中国物理学会副理事长、北京大学物理学院院长张伟明发言。', 'WORKS_FOR 张伟明→中国物理学会'],
    ['a head title listed first', '中国围棋协会主席、国家体育总局副局长王林表示支持。', 'LEADS 王林→中国围棋协会'],
  ])('%s: %s', (_what, text, expected) => {
    expect(listed(text).map((f) => f.replace(/ \[.*\]$/, ''))).toContain(expected);
  });

  it.each([
    ['two bodies listed without a title of the first', '腾讯、阿里巴巴董事长马云出席。'],
    ['a clause between the first body and the next', '他批评了中国物理学会，北京大学物理学院院长张伟明回应。'],
  ])('%s: %s', (_what, text) => {
    expect(listed(text)).toEqual([]);
  });
});
