/**
 * Builds data/listed-companies.tsv, the short names (证券简称) of companies listed on China's stock exchanges, from
 * the stock code cache of 1nchaos/adata (Apache-2.0), adata/stock/cache/code.csv (`stock_code,short_name,list_date2`):
 *   npx tsx scripts/build-listed-companies.ts --from code.csv [--out data/listed-companies.tsv]
 * Names are normalised (full-width letters to ASCII, the padding spaces of three-character names removed: 万  科Ａ →
 * 万科A); names under a risk warning (ST, *ST, PT, S) are left out, as the
 * warning replaces part of the name (ST易购 is 苏宁易购), and so are B shares, names marked 退 (delisting) and names that are
 * not two to eight Han characters (with an optional A) are left out; a name listed twice keeps its lowest code.
 * Source, commit and licence are recorded in data/listed-companies.SOURCE.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string' } } });
if (!values.from) {
  console.error('build-listed-companies: --from FILE (adata/stock/cache/code.csv of 1nchaos/adata) is required');
  process.exit(2);
}

/** The exchange a six-digit A-share code is listed on, or undefined for B shares and unknown ranges. */
function exchangeOf(code: string): string | undefined {
  if (/^(?:60|68)/.test(code)) return 'SSE';
  if (/^(?:00|30)/.test(code)) return 'SZSE';
  if (/^(?:4|8|92)/.test(code)) return 'BSE';
  return undefined;
}

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const RISK_PREFIX = /^(?:S\*ST|\*ST|SST|ST|PT|S)(?=[\u4e00-\u9fff])/;
const NAME = /^[\u4e00-\u9fff]{2,8}A?$/;

const rows = readFileSync(values.from, 'utf8').split('\n').slice(1);
const byName = new Map<string, { exchange: string; code: string }>();
for (const row of rows.sort()) {
  const [code, raw] = row.split(',');
  if (!code || !raw || !/^\d{6}$/.test(code)) continue;
  const exchange = exchangeOf(code);
  if (!exchange) continue;
  const name = raw
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
  if (RISK_PREFIX.test(name) || !NAME.test(name) || name.endsWith('退') || byName.has(name)) continue;
  byName.set(name, { exchange, code });
}
const lines = ['name\texchange\tcode'];
for (const [name, { exchange, code }] of [...byName].sort((a, b) => a[1].code.localeCompare(b[1].code))) lines.push(`${name}\t${exchange}\t${code}`);
const out = resolve(values.out ?? 'data/listed-companies.tsv');
writeFileSync(out, lines.join('\n') + '\n');
console.log(`build-listed-companies: ${lines.length - 1} names → ${out}`);
