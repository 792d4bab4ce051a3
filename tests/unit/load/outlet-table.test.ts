import { describe, expect, it } from 'vitest';
import { outletFromName, outletFromUrl } from '../../../src/load/find-outlet.ts';
import { OUTLET_TABLE } from '../../../src/load/outlet-table.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { normalizeText } from '../../../src/normalize/normalize-text.ts';

/** Every domain in table order, with the outlet that lists it. */
const DOMAINS = OUTLET_TABLE.flatMap((entry) => entry.domains.map((domain) => ({ domain, name: entry.name })));

describe('OUTLET_TABLE', () => {
  it('gives every entry a canonical name and an English name', () => {
    for (const entry of OUTLET_TABLE) {
      expect(entry.name.trim(), JSON.stringify(entry)).not.toBe('');
      expect(entry.nameEn.trim(), entry.name).not.toBe('');
    }
  });

  it('lists each canonical name once', () => {
    const names = OUTLET_TABLE.map((e) => e.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('lists no domain twice', () => {
    const seen = DOMAINS.map((d) => d.domain);
    expect(seen.filter((d, i) => seen.indexOf(d) !== i)).toEqual([]);
  });

  it('writes domains as lower-case host names', () => {
    for (const { domain } of DOMAINS) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('puts every more specific domain before its parent', () => {
    const misplaced: string[] = [];
    DOMAINS.forEach(({ domain }, i) => {
      DOMAINS.forEach((parent, j) => {
        if (domain.endsWith(`.${parent.domain}`) && j < i) misplaced.push(`${domain} after ${parent.domain}`);
      });
    });
    expect(misplaced).toEqual([]);
  });

  it('finds every domain back to its own outlet', () => {
    for (const { domain, name } of DOMAINS) expect(outletFromUrl(`https://www.${domain}/a/1.html`), domain).toBe(name);
  });

  it('resolves every canonical name through the built-in lexicon to a MediaOutlet', () => {
    const lexicon = loadLexicon();
    const unresolved = OUTLET_TABLE.filter((entry) => lexicon.bySurface.get(normalizeText(entry.name))?.type !== 'MediaOutlet').map(
      (entry) => entry.name,
    );
    expect(unresolved).toEqual([]);
  });
});

describe('outletFromUrl on the outlets of the 2019–2022 collection', () => {
  it.each([
    ['https://www.hkcnews.com/article/17541/x', '众新闻'],
    ['https://www.secretchina.com/news/gb/2020/10/06/948888.html', '看中国网'],
    ['https://www.soundofhope.org/post/431234', '希望之声'],
    ['https://chinadigitaltimes.net/chinese/2020/06/x.html', '中国数字时代'],
    ['https://news.163.com/20/0520/x.html', '网易新闻'],
    ['https://money.163.com/20/0520/x.html', '网易财经'],
    ['https://news.sina.com.cn/c/2019-11-25/doc-x.shtml', '新浪新闻'],
    ['https://finance.sina.com.cn/roll/2018-12-28/doc-x.shtml', '新浪财经'],
    ['https://tech.sina.com.cn/t/2019-09-11/doc-x.shtml', '新浪科技'],
    ['https://mp.weixin.qq.com/s/abc', '微信公众平台'],
    ['https://new.qq.com/omn/20191120/x.html', '腾讯新闻'],
    ['https://news.qq.com/a/20191120/x.htm', '腾讯新闻'],
    ['https://www.qq.com/', '腾讯网'],
    ['https://baijiahao.baidu.com/s?id=1', '百家号'],
    ['https://hk.appledaily.com/local/20210622/X/', '苹果日报'],
    ['https://tw.appledaily.com/new/realtime/20160521/867195/', '台湾苹果日报'],
    ['https://money.udn.com/money/story/1/2', '台湾经济日报'],
    ['https://udn.com/news/story/7315/3004543', '联合报'],
    ['https://www.ettoday.net/news/20171209/1069025.htm', 'ETtoday新闻云'],
    ['https://news.ebc.net.tw/news/1', '东森新闻'],
    ['https://www.setn.com/News.aspx?NewsID=350370', '三立新闻网'],
    ['http://news.cjn.cn/sywh/202010/t1.htm', '长江日报'],
    ['http://www.cjddsb.com/ym/xhy/532601.html', '当代商报'],
    ['http://www.shanxi.gov.cn/yw/sxyw/1.shtml', '山西省人民政府门户网站'],
    ['https://readhub.cn/topic/7PM49H7yjs5', 'Readhub'],
    ['https://www.toutiao.com/a6768/', '头条号'],
  ])('%s → %s', (url, outlet) => {
    expect(outletFromUrl(url)).toBe(outlet);
  });

  it('does not take a domain that only ends with the same letters for the outlet', () => {
    expect(outletFromUrl('https://notqq.com/a.html')).toBeUndefined();
    expect(outletFromUrl('https://www.notqq.com/a.html')).toBeUndefined();
    expect(outletFromUrl('https://myudn.com/news/1')).toBeUndefined();
    expect(outletFromUrl('https://fakesina.com.cn/x')).toBeUndefined();
    expect(outletFromUrl('https://shaanxi.gov.cn/x')).toBeUndefined();
    expect(outletFromUrl('https://qq.com.example.org/x')).toBeUndefined();
  });
});

describe('outletFromName on new entries, both scripts', () => {
  it.each([
    ['眾新聞', '众新闻'],
    ['众新闻', '众新闻'],
    ['看中國', '看中国网'],
    ['看中国', '看中国网'],
    ['ETtoday新聞雲', 'ETtoday新闻云'],
    ['ETtoday新闻云', 'ETtoday新闻云'],
    ['三立新聞網', '三立新闻网'],
    ['蘋果日報', '苹果日报'],
    ['台灣蘋果日報', '台湾苹果日报'],
    ['長江網', '长江日报'],
    ['網易新聞', '网易新闻'],
    ['立場新聞', '立场新闻'],
    ['立场新闻', '立场新闻'],
    ['天下雜誌', '天下杂志'],
    ['阿波羅新聞網', '阿波罗新闻网'],
    ['微信公众平台', '微信公众平台'],
    ['法制日报', '法治日报'],
    ['《求是》', '求是杂志'],
    ['readhub', 'Readhub'],
  ])('%s → %s', (name, outlet) => {
    expect(outletFromName(name)).toBe(outlet);
  });

  it('knows no outlet by a company, app or common word that is no outlet name', () => {
    for (const name of ['腾讯', '网易', '新浪', '百度', '今日头条', '财经', '上报', '头条', '明镜', '中国', 'notqq', 'qq']) {
      expect(outletFromName(name), name).toBeUndefined();
    }
  });
});
