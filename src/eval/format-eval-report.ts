import type { AggregateScores, ArticleScore, EvalReport, Prf } from './eval-types.ts';

export interface FormatEvalReportOptions {
  /** Most items shown per list (misses, false positives …) per article; 0 hides the lists. */
  maxListItems?: number;
  /** Longest evidence sentence shown, in characters. */
  maxSentenceLength?: number;
}

export const DEFAULT_FORMAT_EVAL_REPORT_OPTIONS: Required<FormatEvalReportOptions> = {
  maxListItems: 10,
  maxSentenceLength: 60,
};

const f3 = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - s.length));
const lpad = (s: string, n: number): string => ' '.repeat(Math.max(0, n - s.length)) + s;

function tableRow(label: string, p: Prf): string {
  return `${pad(label, 16)}${lpad(f3(p.precision), 7)}${lpad(f3(p.recall), 7)}${lpad(f3(p.f1), 7)}${lpad(String(p.tp), 6)}${lpad(String(p.fp), 6)}${lpad(String(p.fn), 6)}`;
}

function table(scores: AggregateScores): string[] {
  return [
    `${pad('', 16)}${lpad('P', 7)}${lpad('R', 7)}${lpad('F1', 7)}${lpad('TP', 6)}${lpad('FP', 6)}${lpad('FN', 6)}`,
    tableRow('entities', scores.entities),
    tableRow('typed entities', scores.typedEntities),
    tableRow('relations', scores.relations),
  ];
}

const brief = (p: Prf): string => `${f3(p.precision)}/${f3(p.recall)}/${f3(p.f1)} (${p.tp}/${p.fp}/${p.fn})`;

function list(title: string, items: string[], max: number): string[] {
  if (items.length === 0 || max <= 0) return [];
  const shown = items.slice(0, max).map((s) => `    ${s}`);
  if (items.length > max) shown.push(`    … ${items.length - max} more`);
  return [`  ${title} (${items.length}):`, ...shown];
}

function articleLists(a: ArticleScore, o: Required<FormatEvalReportOptions>): string[] {
  const cut = (s: string): string => (s.length > o.maxSentenceLength ? `${s.slice(0, o.maxSentenceLength)}…` : s);
  const lines = [
    ...list('missed entities', a.entityMisses.map((m) => `${m.name} [${m.type.join('|')}]`), o.maxListItems),
    ...list(
      'false entities',
      a.entityFalsePositives.map((f) => `${f.name} [${f.type}]${f.reason === 'duplicate' ? ` duplicate of ${f.gold}` : ''} (${f.key})`),
      o.maxListItems,
    ),
    ...list('wrong types', a.typeMismatches.map((t) => `${t.name} [${t.type}], gold ${t.gold} [${t.goldType.join('|')}]`), o.maxListItems),
    ...list(
      'missed relations',
      a.relationMisses.map((r) => `${r.s} -${r.p.join('|')}-> ${r.o}${r.evidence ? `  «${cut(r.evidence)}»` : ''}`),
      o.maxListItems,
    ),
    ...list(
      'false relations',
      a.relationFalsePositives.map(
        (r) => `${r.subject} -${r.type}-> ${r.object}  [${r.rule}, ${r.modality}, ×${r.facts}] «${cut(r.sentence)}»`,
      ),
      o.maxListItems,
    ),
  ];
  return lines.length === 0 ? [] : [`${a.article}:`, ...lines];
}

/** The human-readable eval report: overall table, splits, one line per article, errors, then misses and FPs. */
export function formatEvalReport(report: EvalReport, options: FormatEvalReportOptions = {}): string {
  const o = { ...DEFAULT_FORMAT_EVAL_REPORT_OPTIONS, ...options };
  const out: string[] = [
    `zhkg eval: ${report.overall.articles} article(s) scored, ${report.errors.length} error(s); micro-averaged`,
    '',
    ...table(report.overall),
  ];
  if (report.splits.length > 1) {
    for (const s of report.splits) {
      const { entities, typedEntities, relations, articles } = s.scores;
      out.push(
        `  ${s.goldDir} (${articles}): entity F1 ${f3(entities.f1)}, typed ${f3(typedEntities.f1)}, relation F1 ${f3(relations.f1)}`,
      );
    }
  }
  if (report.byFolder.length > 1) {
    out.push('', 'by outlet folder:');
    for (const { folder, scores } of report.byFolder) {
      out.push(`  ${folder} (${scores.articles}): entity F1 ${f3(scores.entities.f1)}, relation F1 ${f3(scores.relations.f1)}`);
    }
  }
  if (report.articles.length > 0) {
    const width = Math.min(40, Math.max(...report.articles.map((a) => a.article.length))) + 2;
    out.push('', `${pad('article', width)}${pad('entities P/R/F1 (TP/FP/FN)', 35)}relations P/R/F1 (TP/FP/FN)`);
    for (const a of report.articles) {
      out.push(`${pad(a.article, width - 2)}  ${pad(brief(a.entities), 35)}${brief(a.relations)}`);
    }
  }
  if (report.errors.length > 0) {
    out.push('', 'errors:', ...report.errors.map((e) => `  ${e.goldFile}: ${e.message}`));
  }
  const lists = report.articles.flatMap((a) => articleLists(a, o));
  if (lists.length > 0) out.push('', ...lists);
  return `${out.join('\n')}\n`;
}
