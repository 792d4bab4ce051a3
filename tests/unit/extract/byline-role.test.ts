import { describe, expect, it } from 'vitest';
import { analyze } from '../../fixtures/nlp/make-article.ts';

/** The facts between the byline's writer and the page's outlet. */
function bylineFacts(paragraphs: string[], reporter: string, outlet: string): string[] {
  // As loadArticle does: byline names are also Person hints.
  const r = analyze(paragraphs, { reporters: [reporter], outlet, hints: [{ name: reporter, type: 'Person', origin: 'byline' }] });
  const person = r.entities.find((e) => e.type === 'Person' && e.name === reporter)?.key;
  return r.facts.filter((f) => f.subject === person && /^meta-/.test(f.evidence.rule)).map((f) => f.type);
}

describe('bylineTie: what the byline says of the writer beyond "works for the outlet"', () => {
  it('a "writer" the page prints as a work’s title in 《》 is no staff', () => {
    expect(bylineFacts(['《风雨之间》的写作缘起', '本书讲述香港百年历史。'], '风雨之间', '众新闻')).toEqual([]);
  });
  it('a guest column’s writer still works for the host (the gold sets’ collection rule)', () => {
    expect(bylineFacts(['港府周五公布新措施，市民关注。', '博客 | 王小明'], '王小明', '众新闻')).toEqual(['WORKS_FOR']);
  });
  it('a head title printed after the outlet’s name gives LEADS', () => {
    expect(bylineFacts(['作者｜王小明 众新闻社长', '港府周五公布新措施，市民关注。'], '王小明', '众新闻')).toEqual(['LEADS']);
  });
  it('a plain byline keeps WORKS_FOR', () => {
    expect(bylineFacts(['作者｜王小明', '港府周五公布新措施，市民关注。'], '王小明', '众新闻')).toEqual(['WORKS_FOR']);
  });
  it('a staff title after the outlet’s name keeps WORKS_FOR', () => {
    expect(bylineFacts(['作者｜王小明 众新闻记者', '港府周五公布新措施，市民关注。'], '王小明', '众新闻')).toEqual(['WORKS_FOR']);
  });
});
