/**
 * A listed company's stock code printed in brackets after its name: (0656.HK), （600519.SH）, (NYSE: BABA),
 * （股票代码：600519）, (00700). Like a Latin gloss it is part of the name, not of the text between the name and
 * what follows. The source of a pattern, to be put inside the brackets of a gloss pattern. A bare number needs the form of a
 * code (six digits, or five opening with 0): 長實（1113）股東 and （1） may be codes, but as often counts or notes.
 */
export const STOCK_CODE = String.raw`(?:(?:股票|证券)代码[:：]?\s*(?:\d{4,6}|[A-Z]{1,5})|(?:NYSE|NASDAQ|Nasdaq|HKEX|SEHK)[:：]\s*(?:\d{4,6}|[A-Z]{1,5})|\d{4,6}\.(?:HK|SH|SZ|SS|TW|KS)|[A-Z]{1,5}\.(?:US|N|O)|\d{6}|0\d{4})`;

/** A stock code in brackets at the start of the text: `(0656.HK)周五宣布` → `(0656.HK)`. */
export const STOCK_CODE_GLOSS = new RegExp(`^[（(]\\s*${STOCK_CODE}\\s*[)）]`);
