import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/pipeline/analyze-article.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { analyze, describeFacts, factsBetween, makeArticle } from '../../fixtures/nlp/make-article.ts';
import { SIMPLIFIED, TRADITIONAL } from '../../fixtures/nlp/twin-articles.ts';

const body = (text: string) => text.split('\n\n').slice(1).map((p) => p.trim());

describe('analyzeArticle', () => {
  const traditional = analyze(body(TRADITIONAL), { title: '螞蟻集團被央行約談', outlet: '大纪元' });
  const simplified = analyze(body(SIMPLIFIED), { title: '蚂蚁集团被央行约谈', outlet: '大纪元' });

  it('names the entities of a traditional-Chinese article in simplified Chinese', () => {
    const names = traditional.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['蚂蚁集团', '中国人民银行', '马云', '支付宝', '华尔街日报', '杭州']));
    expect(names.join('')).not.toMatch(/[螞蟻團國銀雲寶華爾報]/);
  });

  it('keeps the original traditional text in mentions and evidence', () => {
    const ant = traditional.entities.find((e) => e.key === 'ant-group')!;
    expect(ant.mentions.map((m) => m.text)).toContain('螞蟻集團');
    const [fact] = factsBetween(traditional, 'LOCATED_IN', '蚂蚁集团', '杭州');
    expect(fact!.evidence.sentence).toBe('螞蟻集團總部位於杭州，旗下的支付寶擁有大量用戶。');
    expect(traditional.doc.text.slice(fact!.evidence.start, fact!.evidence.end)).toBe(fact!.evidence.sentence);
  });

  it('gives the same entities and facts for a traditional article and its simplified twin', () => {
    expect(traditional.entities.map((e) => `${e.key}:${e.type}`).sort()).toEqual(simplified.entities.map((e) => `${e.key}:${e.type}`).sort());
    expect(describeFacts(traditional).sort()).toEqual(describeFacts(simplified).sort());
  });

  it('warns when an article has no entity', () => {
    const result = analyzeArticle(makeArticle(['今天天气很好，大家都出去玩了。']), loadLexicon());
    expect(result.entities).toEqual([]);
    expect(result.warnings).toHaveLength(1);
  });

  // Fixed (was a bug): 约谈了马云旗下的蚂蚁集团 — the body summoned is 蚂蚁集团; 马云 only qualifies it, yet the pair rule on the
  // consecutive anchors (央行, 马云) gives 中国人民银行 REGULATES 马云.
  it('does not make the possessor before the object (马云旗下的蚂蚁集团) the one regulated', () => {
    expect(factsBetween(simplified, 'REGULATES', '中国人民银行', '马云')).toEqual([]);
  });
});
