import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, readArticle } from '../../../src/load/read-article.ts';
import { isZhkgError, type ErrorCode } from '../../../src/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'zhkg-read-article-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

const TEXT = '测试镇举办龙舟赛\n\n测试镇周日在河上举办龙舟赛，十支队伍参加。\n\n镇长马明说，明年还要再办。\n';
const garble = (s: string): string => String.fromCharCode(...new TextEncoder().encode(s));

async function codeOf(file: string, options?: { maxBytes?: number }): Promise<ErrorCode | undefined> {
  try {
    await readArticle(file, options);
  } catch (e) {
    if (!isZhkgError(e)) throw e;
    expect(e.file).toBe(file);
    expect(e.message).toContain(file);
    expect(e.message).not.toContain('\n');
    return e.code;
  }
  return undefined;
}

describe('readArticle', () => {
  it('hashes the raw bytes and loads the article', async () => {
    const bytes = iconv.encode(TEXT, 'gbk');
    const file = write('gbk.txt', bytes);
    const a = await readArticle(file);
    expect(a.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(a).toMatchObject({ source: file, id: 'text-d1c8ca54cb889de3', format: 'text', title: '测试镇举办龙舟赛' });
    expect(a.paragraphs).toEqual(['测试镇周日在河上举办龙舟赛，十支队伍参加。', '镇长马明说，明年还要再办。']);
  });

  it.each([
    ['Big5', () => iconv.encode('測試鎮舉辦龍舟賽\n\n測試鎮週日在河上舉辦龍舟賽，十支隊伍參加，鎮長說明年還要再辦。', 'big5'), '測試鎮舉辦龍舟賽'],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), '测试镇举办龙舟赛'],
    ['mojibake', () => Buffer.from(`测试镇举办龙舟赛\n\n${garble('测试镇周日在河上举办龙舟赛，十支队伍参加。')}\n`), '测试镇举办龙舟赛'],
  ])('reads %s', async (name, bytes, title) => {
    const a = await readArticle(write(`${name}.txt`, bytes()));
    expect(a.title).toBe(title);
    expect(a.paragraphs.join('')).toMatch(/[龙龍]舟[赛賽]，十支[队隊]伍/);
  });

  it('reads a page whose <meta charset> lies about its encoding', async () => {
    const page = '<html><head><meta charset="big5"><title>测试镇举办龙舟赛</title></head><body><article><p>测试镇周日在河上举办龙舟赛，十支队伍参加，镇长马明说明年还要再办，希望吸引更多游客来到测试镇。</p></article></body></html>';
    const a = await readArticle(write('lying-meta.html', iconv.encode(page, 'gbk')));
    expect(a.title).toBe('测试镇举办龙舟赛');
    expect(a.paragraphs[0]).toContain('十支队伍参加');
  });

  it.each([
    ['a missing path', () => join(dir, 'nope.txt'), 'E_INPUT_MISSING'],
    ['a folder', () => (mkdirSync(join(dir, 'sub'), { recursive: true }), join(dir, 'sub')), 'E_INPUT_MISSING'],
    ['an empty file', () => write('empty.txt', ''), 'E_INPUT_EMPTY'],
    ['a binary file', () => write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), 'E_INPUT_BINARY'],
    ['undecodable bytes', () => write('bad.txt', Buffer.concat([Buffer.from('标题 '), Buffer.from([0xff, 0xff, 0xfe, 0xff])])), 'E_INPUT_ENCODING'],
    ['text without Chinese', () => write('english.txt', 'Dragon boats\n\nTen teams raced on Sunday.\n'), 'E_INPUT_NO_CHINESE'],
  ])('rejects %s', async (_, make, code) => {
    expect(await codeOf(make())).toBe(code);
  });

  it('refuses files above maxBytes', async () => {
    const file = write('big.txt', TEXT);
    expect(await codeOf(file, { maxBytes: 10 })).toBe('E_INPUT_TOO_LARGE');
    expect(DEFAULT_MAX_BYTES).toBe(64 * 1024 * 1024);
  });
});
