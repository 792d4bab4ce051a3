import { describe, expect, it } from 'vitest';
import { STOCK_CODE_GLOSS } from '../../../src/extract/stock-code.ts';

describe('stock codes in brackets (STOCK_CODE_GLOSS)', () => {
  it.each(['(0656.HK)周五宣布', '（600519.SH）公告称', '(NYSE: BABA)表示', '（股票代码：600519）公告', '（00700.HK）董事会主席', '(BABA.US)称'])('reads %s', (text) => {
    expect(STOCK_CODE_GLOSS.exec(text)).not.toBeNull();
  });
  it.each(['(1113)股东', '(2018年)周五宣布', '（记者王小明）', '(1.5%)上涨', '（约3000人）', '（以下简称腾讯）'])('does not read %s', (text) => {
    expect(STOCK_CODE_GLOSS.exec(text)).toBeNull();
  });
});
