import { describe, expect, it } from 'vitest';
import { normalizeText, toHalfWidth } from '../../../src/normalize/normalize-text.ts';

describe('normalizeText', () => {
  it.each([
    ['螞蟻集團', '蚂蚁集团'],
    ['中國人民銀行約談螞蟻集團。', '中国人民银行约谈蚂蚁集团。'],
    ['馬雲說，支付寶會繼續營運。', '马云说，支付宝会继续营运。'],
    ['臺灣與香港', '台湾与香港'],
  ])('turns traditional %s into simplified %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps simplified text unchanged', () => {
    const text = '蚂蚁集团周三在上海发布声明。';
    expect(normalizeText(text)).toBe(text);
  });

  it.each(['螞蟻集團的支付寶在上海推出新功能，馬雲表示滿意。', 'ＦＩＣＯ公司２０２１年', '「據華爾街日報報導」：後來', '乾隆年間的頭髮'])(
    'keeps the length of %s so every offset is valid in both texts',
    (input) => {
      const out = normalizeText(input);
      expect(out.length).toBe(input.length);
    },
  );

  it('maps each character in place: a name found in the normalised text slices the original at the same offsets', () => {
    const text = '據報導，螞蟻集團旗下的支付寶很受歡迎。';
    const norm = normalizeText(text);
    const at = norm.indexOf('蚂蚁集团');
    expect(at).toBe(4);
    expect(text.slice(at, at + 4)).toBe('螞蟻集團');
    const pay = norm.indexOf('支付宝');
    expect(text.slice(pay, pay + 3)).toBe('支付寶');
  });

  it('turns full-width letters and digits half-width', () => {
    expect(normalizeText('ＦＩＣＯ在２０２１年')).toBe('FICO在2021年');
  });

  it.each(['，', '。', '；', '：', '！', '？', '（', '）', '“', '”', '《', '》', '、', '「', '」'])(
    'keeps the Chinese punctuation mark %s full-width',
    (mark) => {
      expect(normalizeText(`蚂蚁集团${mark}支付宝`)).toBe(`蚂蚁集团${mark}支付宝`);
    },
  );
});

describe('toHalfWidth', () => {
  it('maps full-width ASCII letters, digits and symbols one to one', () => {
    expect(toHalfWidth('ＡＢＣａｂｃ０１９＋－％')).toBe('ABCabc019+-%');
  });

  it('maps the ideographic space to a plain space', () => {
    expect(toHalfWidth('蚂蚁\u3000集团')).toBe('蚂蚁 集团');
  });

  it('leaves the punctuation that sentence splitting relies on full-width', () => {
    expect(toHalfWidth('，；：！？（）')).toBe('，；：！？（）');
  });

  it('returns the same string when nothing changes', () => {
    const text = '马云旗下的蚂蚁集团';
    expect(toHalfWidth(text)).toBe(text);
  });
});
