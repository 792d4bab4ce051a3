import { describe, it, expect } from 'vitest';
import { runReEval, type ReDataSet } from '../../../src/eval/run-re-eval.ts';
import { parseDuie } from '../../../src/eval/parse-duie.ts';
import { DUIE_PREDICATES } from '../../../src/eval/re-gold.ts';
import type { ArticleResult, ResolvedEntity } from '../../../src/types.ts';

const set: ReDataSet = { name: 'DuIE', file: 'duie.json', predicates: DUIE_PREDICATES, parse: parseDuie };
const line = (text: string, s: string, p: string, o: string) => JSON.stringify({ text, spo_list: [{ subject: s, predicate: p, object: { '@value': o } }] });
const entity = (key: string, type: ResolvedEntity['type'], name: string): ResolvedEntity => ({ key, type, name, aliases: [], mentions: [] });

/** A fake pipeline: every sentence gives 甲公司 and 张三, and LEADS between them only where the text says 董事长. */
const analyze = (text: string): Pick<ArticleResult, 'entities' | 'facts'> => ({
  entities: [entity('c', 'Company', '甲公司'), entity('p', 'Person', '张三')],
  facts: text.includes('董事长') ? [{ type: 'LEADS', subject: 'p', object: 'c', confidence: 1, evidence: { article: '', sentence: text, start: 0, end: 0, trigger: '', rule: 'fake', modality: 'asserted' } }] : [],
});

describe('runReEval', () => {
  it('scores the even records as the analysis split and the odd as the report split, listing only analysis misses', () => {
    const content = [line('甲公司董事长张三。', '甲公司', '董事长', '张三'), line('甲公司的张三。', '甲公司', '董事长', '张三'), line('甲公司，张三。', '甲公司', '董事长', '张三')].join('\n');
    const { totals, misses } = runReEval(set, content, analyze);
    expect(totals.analysis.all).toMatchObject({ gold: 2, found: 1, recognised: 2 });
    expect(totals.report.all).toMatchObject({ gold: 1, found: 0 });
    expect(misses.filter((m) => m.startsWith('  #'))).toEqual([expect.stringContaining('#2 董事长 张三→甲公司')]);
  });

  it('fails with E_EVAL_EMPTY when the file holds no triple of a shared predicate', () => {
    const content = line('《某书》的作者是张三。', '某书', '作者', '张三');
    expect(() => runReEval(set, content, analyze)).toThrow(expect.objectContaining({ code: 'E_EVAL_EMPTY' }));
  });

  it('fails with E_EVAL_EMPTY when one split is empty', () => {
    expect(() => runReEval(set, line('甲公司董事长张三。', '甲公司', '董事长', '张三'), analyze)).toThrow(expect.objectContaining({ code: 'E_EVAL_EMPTY' }));
  });
});
