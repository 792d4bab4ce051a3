import { readFile } from 'node:fs/promises';
import { ingest } from '../pipeline/ingest.ts';
import { runEval, formatEvalReport, evalReportJson, checkBaseline, baselineFromReport, parseBaseline } from '../eval/index.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { writeFileAtomic } from '../write/write-file-atomic.ts';
import { ZhkgError } from '../errors.ts';
import { EVAL_HELP } from './help-text.ts';
import { onOff, parseCliArgs, positiveInt } from './parse-cli-args.ts';
import type { CliIo } from './cli-io.ts';

/** `zhkg eval`: scores the pipeline against gold annotations; returns the exit code. */
export async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCliArgs(args, {
    gold: { type: 'string', multiple: true },
    articles: { type: 'string', multiple: true },
    lexicon: { type: 'string', multiple: true },
    tagger: { type: 'string' },
    check: { type: 'string' },
    'write-baseline': { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (values.help) {
    io.out(EVAL_HELP);
    return 0;
  }
  const goldDirs = (values.gold as string[] | undefined) ?? [];
  const articles = (values.articles as string[] | undefined) ?? [];
  if (goldDirs.length === 0 || articles.length === 0) throw new ZhkgError('E_USAGE', 'zhkg eval: --gold and --articles are required (see zhkg eval --help)');
  const report = await runEval({
    goldDirs,
    articlesRoot: articles,
    simplify: normalizeText,
    run: async (files) => (await ingest(files, { lexiconFiles: values.lexicon as string[] | undefined, keepResults: true, tagger: onOff(values.tagger as string | undefined, 'tagger') })).results,
  });
  if (values.json) io.out(JSON.stringify(evalReportJson(report), null, 2));
  else io.out(formatEvalReport(report, { maxListItems: positiveInt(values.limit as string | undefined, 'limit') }));
  if (values['write-baseline']) {
    await writeFileAtomic(String(values['write-baseline']), JSON.stringify(baselineFromReport(report), null, 2) + '\n');
    io.err(`wrote baseline ${values['write-baseline']}`);
  }
  if (values.check) {
    const baseline = parseBaseline(JSON.parse(await readFile(String(values.check), 'utf8')), String(values.check));
    const failures = checkBaseline(report, baseline);
    for (const f of failures) io.err(`eval check: ${f}`);
    if (failures.length > 0) return 1;
    io.err('eval check: scores hold against the baseline');
  }
  return 0;
}
