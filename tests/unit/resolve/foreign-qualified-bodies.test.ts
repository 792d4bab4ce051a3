import { describe, expect, it } from 'vitest';
import { analyze } from '../../fixtures/nlp/make-article.ts';

/** Whether the mention of `form` is linked to the lexicon entity `lexId` (and to which id it is linked otherwise). */
function linkOf(text: string, form: string): string | undefined {
  const r = analyze(text);
  const m = r.entities.flatMap((e) => e.mentions).find((x) => x.norm.replace(/[《》]/g, '') === form);
  return m ? (m.lexId ?? 'unlinked') : undefined;
}

describe('foreignQualifiedBodies: a bare body name after another country’s or region’s name', () => {
  it.each([
    ['another country’s ministry', '新加坡知识产权局周三发布年度报告，申请量上升。', '知识产权局', 'unlinked'],
    ['a former minister of another country, named by a variant of its name', '纽西兰前卫生部长克拉克周五辞职，反对党批评其防疫不力。', '卫生部', 'unlinked'],
    ['a region’s paper with a lexicon entry of its own', '香港《经济日报》周一报道，楼价继续下跌。', '经济日报', 'hket'],
  ])('is that country’s body: %s', (_what, text, form, want) => {
    expect(linkOf(text, form)).toBe(want);
  });
  it.each([
    ['the mainland’s own name before a PRC body', '中国卫生部周五发布通知，要求各地加强防疫。', '卫生部', 'nhc-china'],
    ['a bare body with no place before it', '知识产权局周三发布年度报告，申请量上升。', '知识产权局', 'cnipa'],
    ['a place whose name the entity carries', '新加坡《联合早报》周一报道，股市上涨。', '联合早报', 'lianhe-zaobao'],
    ['a place that ends a clause before the body', '他访问了新加坡，知识产权局随后发布报告。', '知识产权局', 'cnipa'],
  ])('keeps the lexicon’s body: %s', (_what, text, form, want) => {
    expect(linkOf(text, form)).toBe(want);
  });
});

describe('foreignQualifiedBodies: bodies the lexicon does not place in the mainland', () => {
  it('keeps a non-mainland body whose names do not carry the place (香港 + 明报)', () => {
    expect(linkOf('香港《明报》周一报道，楼价继续下跌。', '明报')).toBe('ming-pao');
  });
});
