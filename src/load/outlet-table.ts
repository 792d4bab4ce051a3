/**
 * Known outlets: canonical simplified name, the domains of their sites, and the names they go by in datelines
 * and bylines. Data only; add outlets here.
 */
export interface OutletEntry {
  name: string;
  domains: readonly string[];
  aliases: readonly string[];
}

export const OUTLET_TABLE: readonly OutletEntry[] = [
  { name: '大纪元', domains: ['epochtimes.com', 'epochtimes.com.tw', 'epochtimes.de', 'djy.news'], aliases: ['大紀元', '大纪元时报', '大紀元時報'] },
  { name: '美国之音', domains: ['voachinese.com', 'voanews.com', 'voacantonese.com'], aliases: ['美國之音', 'VOA'] },
  { name: '路透社', domains: ['reuters.com'], aliases: ['路透', '路透中文网', '路透中文網'] },
  { name: '自由亚洲电台', domains: ['rfa.org'], aliases: ['自由亞洲電台', '自由亚洲'] },
  { name: 'BBC中文网', domains: ['bbc.com', 'bbc.co.uk'], aliases: ['BBC中文網', 'BBC'] },
  { name: '纽约时报', domains: ['nytimes.com', 'cn.nytimes.com'], aliases: ['紐約時報', '纽约时报中文网'] },
  { name: '华尔街日报', domains: ['wsj.com', 'cn.wsj.com'], aliases: ['華爾街日報'] },
  { name: '新华社', domains: ['xinhuanet.com', 'news.cn'], aliases: ['新華社', '新华网'] },
  { name: '人民日报', domains: ['people.com.cn'], aliases: ['人民日報', '人民网'] },
  { name: '南华早报', domains: ['scmp.com'], aliases: ['南華早報'] },
  { name: '新唐人', domains: ['ntdtv.com', 'ntdtv.com.tw'], aliases: ['新唐人电视台', '新唐人電視台'] },
  { name: '德国之声', domains: ['dw.com'], aliases: ['德國之聲'] },
  { name: '法国国际广播电台', domains: ['rfi.fr'], aliases: ['法國國際廣播電台', '法广'] },
  { name: 'FT中文网', domains: ['ftchinese.com'], aliases: ['FT中文網'] },
  { name: '财新', domains: ['caixin.com'], aliases: ['財新', '财新网'] },
  { name: '澎湃新闻', domains: ['thepaper.cn'], aliases: ['澎湃新聞'] },
];
