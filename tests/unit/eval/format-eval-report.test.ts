import { describe, it, expect } from 'vitest';
import { formatEvalReport } from '../../../src/eval/format-eval-report.ts';
import { evalReportJson } from '../../../src/eval/eval-report-json.ts';
import { aggregateScores } from '../../../src/eval/aggregate-scores.ts';
import { validateGoldFile } from '../../../src/eval/gold-file.ts';
import { scoreArticle } from '../../../src/eval/score-article.ts';
import type { EvalReport } from '../../../src/eval/eval-types.ts';
import { buildResult } from './build-result.ts';

const gold = validateGoldFile(
  {
    article: 'nsc412/n1.md',
    entities: ['甲一', '甲二', '甲三', '甲四'].map((name) => ({ name, type: 'Company' })).concat([{ name: '张三', type: 'Person' }]),
    relations: [{ s: '张三', p: ['LEADS'], o: '甲一', evidence: '甲一董事长张三' }],
  },
  'gold/dev/n1.json',
);
const score = scoreArticle(
  gold,
  buildResult('/c/nsc412/n1.md', [['z', 'Company', '张三'], ['x', 'Location', '北京']], [['x', 'LOCATED_IN', 'z', 'hedged']]),
);
const articles = [score];
const report: EvalReport = {
  goldDirs: ['gold/dev'],
  articlesRoot: '/c',
  overall: aggregateScores(articles),
  goldFiles: 2,
  byFolder: [
    { folder: 'nsc412', scores: aggregateScores(articles) },
    { folder: 'rfa', scores: aggregateScores([]) },
  ],
  splits: [{ goldDir: 'gold/dev', goldFiles: 2, scores: aggregateScores(articles) }],
  articles,
  errors: [{ goldFile: 'gold/dev/n2.json', article: 'n2.md', message: 'article "n2.md" not found under /c' }],
};

describe('formatEvalReport', () => {
  const text = formatEvalReport(report);

  it('shows the overall table with P/R/F1 and counts', () => {
    // entities: TP 1 (张三), FP 1 (北京), FN 4 → P 0.500, R 0.200, F1 0.286
    expect(text).toMatch(/entities\s+0\.500\s+0\.200\s+0\.286\s+1\s+1\s+4/);
    expect(text).toMatch(/typed entities\s+0\.000\s+0\.000\s+0\.000\s+0\s+2\s+5/);
    expect(text).toMatch(/relations\s+0\.000\s+0\.000\s+0\.000\s+0\s+1\s+1/);
  });

  it('shows scores per outlet folder', () => {
    const text = formatEvalReport(report);
    expect(text).toContain('by outlet folder:');
    expect(text).toMatch(/ {2}nsc412 \(1\): entity F1 [0-9.]+, relation F1 [0-9.]+/);
    expect(text).toContain('  rfa (0)');
  });

  it('has a line per article, the errors, and the named misses and false positives', () => {
    expect(text).toMatch(/^nsc412\/n1\.md\s+0\.500\/0\.200\/0\.286 \(1\/1\/4\)/m);
    expect(text).toContain('gold/dev/n2.json: article "n2.md" not found');
    expect(text).toContain('missed entities (4):');
    expect(text).toContain('甲四 [Company]');
    expect(text).toContain('北京 [Location] (x)');
    expect(text).toContain('张三 [Company], gold 张三 [Person]');
    expect(text).toContain('张三 -LEADS-> 甲一  «甲一董事长张三»');
    expect(text).toContain('北京 -LOCATED_IN-> 张三  [test-rule, hedged, ×1]');
  });

  it('limits each list and says how many were left out, or hides lists with 0', () => {
    const limited = formatEvalReport(report, { maxListItems: 2 });
    expect(limited).toContain('… 2 more');
    expect(limited).not.toContain('甲四 [Company]');
    expect(formatEvalReport(report, { maxListItems: 0 })).not.toContain('missed entities');
  });
});

describe('evalReportJson', () => {
  it('keeps the report shape, rounds ratios to 4 decimals, and survives a JSON round trip', () => {
    const json = evalReportJson(report);
    expect(json.overall.entities).toEqual({ tp: 1, fp: 1, fn: 4, precision: 0.5, recall: 0.2, f1: 0.2857 });
    expect(json.articles[0]!.entityMisses).toHaveLength(4);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(report.overall.entities.f1).not.toBe(0.2857);
  });
});
