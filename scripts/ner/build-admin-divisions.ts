/**
 * Builds data/cn-admin-divisions.tsv, the gazetteer of China's administrative divisions the name tagger reads, from
 * the CSV files of modood/Administrative-divisions-of-China (WTFPL; National Bureau of Statistics codes of 2023):
 *   npx tsx scripts/ner/build-admin-divisions.ts --from DIR [--out data/cn-admin-divisions.tsv]
 * DIR holds that repository's dist/provinces.csv, cities.csv, areas.csv, streets.csv and HK-MO-TW.json (Hong Kong's
 * and Macau's districts, Taiwan's cities, counties and their districts and townships). Source, commit and licence
 * are recorded in data/cn-admin-divisions.SOURCE.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ADMIN_LEVELS, type AdminLevel } from '../../src/ner/admin-divisions.ts';
import { REPO } from './ner-data.ts';

const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string' } } });
if (!values.from) {
  console.error('build-admin-divisions: --from DIR (the dist/ folder of modood/Administrative-divisions-of-China) is required');
  process.exit(2);
}
const FILES: Record<AdminLevel, string> = { province: 'provinces.csv', prefecture: 'cities.csv', county: 'areas.csv', township: 'streets.csv' };
// Statistical placeholders, not places: "districts under the city", "county-level units under the province".
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const HAN_ONLY = /^[\u4e00-\u9fff]{2,20}$/;

// HK-MO-TW.json: { province: { second level: [third level, …] } }. Hong Kong's 香港岛/九龙/新界 and Macau's
// 澳门半岛 are areas, not divisions: their districts are county level; Taiwan's cities and counties are prefecture
// level, their districts, towns and townships county level.
const other = JSON.parse(readFileSync(join(values.from, 'HK-MO-TW.json'), 'utf8')) as Record<string, Record<string, string[]>>;
const extra: Record<AdminLevel, string[]> = { province: [], prefecture: [], county: [], township: [] };
for (const [province, seconds] of Object.entries(other)) {
  extra.province.push(province);
  const special = province.endsWith('特别行政区');
  for (const [second, thirds] of Object.entries(seconds)) {
    if (!special) extra.prefecture.push(second);
    extra.county.push(...thirds.map((t) => t.replace(/（.*）$/, '')));
  }
}

const seen = new Set<string>();
const lines = ['level\tname'];
for (const level of ADMIN_LEVELS) {
  const names = new Set<string>();
  const csv = readFileSync(join(values.from, FILES[level]), 'utf8').split('\n').slice(1);
  for (const name of [...csv.map((row) => row.split(',')[1]?.replace(/"/g, '').trim()), ...extra[level]]) {
    if (!name || PLACEHOLDER.test(name) || !HAN_ONLY.test(name) || seen.has(name)) continue;
    names.add(name);
  }
  for (const name of [...names].sort()) {
    seen.add(name);
    lines.push(`${level}\t${name}`);
  }
}
const out = values.out ?? resolve(REPO, 'data/cn-admin-divisions.tsv');
writeFileSync(out, lines.join('\n') + '\n');
console.log(`build-admin-divisions: wrote ${out} (${lines.length - 1} names)`);
