import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { toGraphJson } from '../../../src/write/graph-json.ts';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhkg-jobs-'));
  writeFileSync(join(dir, 'a.txt'), '腾讯入股京东\n\n据新华社报导，腾讯公司董事会主席马化腾表示，腾讯将与京东合作。');
  writeFileSync(join(dir, 'b.txt'), '央行约谈蚂蚁集团\n\n中国人民银行周三约谈了马云旗下的蚂蚁集团。');
  writeFileSync(join(dir, 'c.txt'), '');
  writeFileSync(join(dir, 'd.txt'), '证监会处罚\n\n中国证监会对康美药业作出行政处罚。蚂蚁集团位于杭州。');
  return dir;
}

describe('ingest with worker threads', () => {
  it('gives the same graph and the same failures as the in-process run', async () => {
    const dir = folder();
    const serial = await ingest([dir], { jobs: 1 });
    const parallel = await ingest([dir], { jobs: 2 });
    expect(parallel.report.articlesRead).toBe(3);
    expect(parallel.report.failures.map((f) => f.code)).toEqual(serial.report.failures.map((f) => f.code));
    expect(parallel.report.failures.map((f) => f.code)).toEqual(['E_INPUT_EMPTY']);
    expect(toGraphJson(parallel.graph)).toBe(toGraphJson(serial.graph));
  }, 120_000);
});
