import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { isFactEdge, type Graph } from '../../../src/graph/index.ts';
import { SIMPLIFIED, TRADITIONAL } from '../../fixtures/nlp/twin-articles.ts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhkg-ingest-'));
  const write = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  write('s-utf8.txt', SIMPLIFIED);
  write('s-gbk.txt', iconv.encode(SIMPLIFIED, 'gbk'));
  write('t-utf8.txt', TRADITIONAL);
  write('t-big5.txt', iconv.encode(TRADITIONAL, 'big5'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Entity nodes as `key:type`, and fact edges as `TYPE source→target`. */
function summary(graph: Graph): { entities: string[]; facts: string[] } {
  const entities: string[] = [];
  const facts: string[] = [];
  graph.forEachNode((key, a) => {
    if (a.type !== 'Article') entities.push(`${key}:${a.type}`);
  });
  graph.forEachEdge((_e, a, s, t) => {
    if (isFactEdge(a)) facts.push(`${a.type} ${s}→${t}`);
  });
  return { entities: entities.sort(), facts: facts.sort() };
}

async function ingestOne(name: string) {
  const { graph, report } = await ingest([join(dir, name)]);
  expect(report.failures).toEqual([]);
  expect(report.articlesRead).toBe(1);
  return summary(graph);
}

describe('ingest', () => {
  it('reads the UTF-8 article and finds its entities', async () => {
    const { entities } = await ingestOne('s-utf8.txt');
    expect(entities).toEqual(
      expect.arrayContaining(['ant-group:Company', 'pboc:GovernmentBody', 'jack-ma:Person', 'alipay:Product', 'wsj:MediaOutlet', 'hangzhou:Location']),
    );
  });

  it.each([
    ['s-gbk.txt', 's-utf8.txt'],
    ['t-big5.txt', 't-utf8.txt'],
  ])('ingests %s to the same entities and facts as its UTF-8 twin %s', async (encoded, utf8) => {
    expect(await ingestOne(encoded)).toEqual(await ingestOne(utf8));
  });

  it('finds the same entities in the traditional and the simplified article', async () => {
    expect((await ingestOne('t-utf8.txt')).entities).toEqual((await ingestOne('s-utf8.txt')).entities);
  });

  // Fixed (was a bug in src/load/find-dateline.ts): the bracket dateline only accepts simplified 讯, so 【大紀元…訊】 gives no
  // outlet: the traditional article loses its CITES fact (and PUBLISHED_BY) that its simplified twin has.
  it('finds the same facts in the traditional and the simplified article', async () => {
    expect((await ingestOne('t-utf8.txt')).facts).toEqual((await ingestOne('s-utf8.txt')).facts);
  });

  it('processes the good file of a batch and reports each bad one with its code', async () => {
    const batch = mkdtempSync(join(tmpdir(), 'zhkg-batch-'));
    try {
      writeFileSync(join(batch, 'good.txt'), SIMPLIFIED);
      writeFileSync(join(batch, 'empty.txt'), '');
      writeFileSync(join(batch, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 0, 0]));
      writeFileSync(join(batch, 'english.txt'), 'Ant Group\n\nThe central bank met the company on Wednesday. No Chinese here.\n');
      const missing = join(batch, 'missing.txt');
      const progress: Array<[string, boolean]> = [];
      const { graph, report } = await ingest([batch, missing], { onProgress: (e) => progress.push([e.file, e.ok]) });
      expect(report.articlesRead).toBe(1);
      const codes = Object.fromEntries(report.failures.map((f) => [f.file.slice(batch.length + 1), f.code]));
      expect(codes).toEqual({
        'missing.txt': 'E_INPUT_MISSING',
        'empty.txt': 'E_INPUT_EMPTY',
        'binary.txt': 'E_INPUT_BINARY',
        'english.txt': 'E_INPUT_NO_CHINESE',
      });
      expect(summary(graph).entities).toContain('ant-group:Company');
      expect(progress.filter(([, ok]) => ok).map(([f]) => f)).toEqual([join(batch, 'good.txt')]);
      expect(report.relationsByType.REGULATES).toBeGreaterThan(0);
    } finally {
      rmSync(batch, { recursive: true, force: true });
    }
  });

  it('reads each file once under two symlink loops, warns about each loop once and finishes', async () => {
    const top = join(dir, 'loops');
    mkdirSync(join(top, 'a'), { recursive: true });
    mkdirSync(join(top, 'b'));
    writeFileSync(join(top, 'a', 'one.txt'), SIMPLIFIED);
    writeFileSync(join(top, 'b', 'two.txt'), SIMPLIFIED);
    symlinkSync(top, join(top, 'a', 'up'));
    symlinkSync(join(top, 'b'), join(top, 'b', 'self'));
    // Not loops on their own, but they would make one with the links above if folders were not keyed by real path.
    symlinkSync(join(top, 'b'), join(top, 'a', 'to-b'));
    symlinkSync(join(top, 'a'), join(top, 'b', 'to-a'));
    const read: string[] = [];
    const { report } = await ingest([top], { onProgress: (e) => read.push(e.file) });
    expect(read).toHaveLength(2);
    expect(report.articlesRead).toBe(2);
    expect(report.warnings.filter((w) => w.includes('symlink loop'))).toHaveLength(2);
  }, 30_000);
});
