/**
 * Shows what the pipeline makes of a text: every mention (span, type, source, rule) and every fact (rule, trigger,
 * modality). For developing rules on dev sentences:  npx tsx scripts/explain.ts "中国人民银行约谈了蚂蚁集团。"
 * (several arguments = several paragraphs; `-` reads stdin).
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../src/pipeline/analyze-article.ts';
import { loadLexicon } from '../src/lexicon/load-lexicon.ts';

const args = process.argv.slice(2);
const paragraphs = args.length === 1 && args[0] === '-' ? readFileSync(0, 'utf8').split(/\n+/).filter(Boolean) : args;
const result = analyzeArticle(
  { id: 'explain', source: 'explain.txt', format: 'text', title: '', reporters: [], editors: [], paragraphs, captions: [], hints: [], contentHash: '0'.repeat(64) },
  loadLexicon(),
);
for (const e of result.entities) {
  for (const m of e.mentions) console.log(`  ${m.text}\t${m.type}\t${m.source}${m.rule ? `:${m.rule}` : ''}${m.lexId ? ` [${m.lexId}]` : ''} → ${e.key}`);
}
for (const f of result.facts) {
  const ev = f.evidence;
  console.log(`${f.type}\t${f.subject} → ${f.object}\t${ev.rule}\t「${ev.trigger ?? ''}」\t${ev.modality}`);
}
