/**
 * Known outlets: canonical simplified name, the domains of their sites, and the names they go by in datelines,
 * bylines, `<title>` suffixes and `og:site_name`. Data only; add outlets here. Names are matched after
 * normalisation (simplified script, half-width letters, case folded), so traditional spellings need no entry;
 * they are listed for readers all the same. A more specific domain (money.udn.com) must come before its parent.
 */
export interface OutletEntry {
  name: string;
  domains: readonly string[];
  aliases: readonly string[];
}

export const OUTLET_TABLE: readonly OutletEntry[] = [
  { name: '大纪元', domains: ['epochtimes.com', 'epochtimes.com.tw', 'epochtimes.de', 'djy.news'], aliases: ['大紀元', '大纪元时报', '大紀元時報', '大纪元新闻网', 'The Epoch Times', 'Epoch Times'] },
  { name: '美国之音', domains: ['voachinese.com', 'voanews.com', 'voacantonese.com'], aliases: ['美國之音', 'VOA', '美国之音中文网'] },
  { name: '路透社', domains: ['reuters.com'], aliases: ['路透', '路透中文网', '路透中文網', 'Reuters'] },
  { name: '自由亚洲电台', domains: ['rfa.org'], aliases: ['自由亞洲電台', '自由亚洲', 'RFA', 'Radio Free Asia'] },
  { name: 'BBC中文网', domains: ['bbc.com', 'bbc.co.uk'], aliases: ['BBC中文網', 'BBC', 'BBC中文', 'BBC News 中文', 'BBC News'] },
  { name: '纽约时报', domains: ['nytimes.com', 'cn.nytimes.com', 'cn.nytstyle.com'], aliases: ['紐約時報', '纽约时报中文网', '紐約時報中文網', 'The New York Times'] },
  { name: '华尔街日报', domains: ['wsj.com', 'cn.wsj.com'], aliases: ['華爾街日報', '华尔街日报中文网'] },
  { name: '新华社', domains: ['xinhuanet.com', 'news.cn', 'xinhua.net', 'xinhuanet.cn'], aliases: ['新華社', '新华网', '新华通讯社', 'Xinhua', '新华网客户端'] },
  { name: '人民日报', domains: ['people.com.cn', 'people.cn'], aliases: ['人民日報', '人民网', '人民日报海外版'] },
  { name: '中新社', domains: ['chinanews.com', 'chinanews.com.cn', 'chinanews.cn', 'ecns.cn'], aliases: ['中新網', '中新网', '中国新闻社', '中国新闻网', '中國新聞網'] },
  { name: '中央社', domains: ['cna.com.tw', 'focustaiwan.tw'], aliases: ['中央通讯社', '中央通訊社', 'CNA', '中央社 CNA', 'Central News Agency', '中央社即时新闻'] },
  { name: '南华早报', domains: ['scmp.com'], aliases: ['南華早報', '南华早报中文网', 'South China Morning Post', 'SCMP'] },
  { name: '新唐人', domains: ['ntdtv.com', 'ntdtv.com.tw'], aliases: ['新唐人电视台', '新唐人電視台'] },
  { name: '德国之声', domains: ['dw.com', 'dw.de'], aliases: ['德國之聲', '德国之声中文网', 'DW', 'Deutsche Welle', 'DW.COM'] },
  { name: '法国国际广播电台', domains: ['rfi.fr'], aliases: ['法國國際廣播電台', '法广', 'RFI', 'RFI - 法国国际广播电台'] },
  { name: 'FT中文网', domains: ['ftchinese.com'], aliases: ['FT中文網', '金融时报中文网'] },
  { name: '财新', domains: ['caixin.com', 'caixinglobal.com'], aliases: ['財新', '财新网', '财新传媒', '财新周刊'] },
  { name: '澎湃新闻', domains: ['thepaper.cn'], aliases: ['澎湃新聞', '澎湃', 'The Paper', '澎湃新闻-The Paper'] },
  { name: '第一财经', domains: ['yicai.com'], aliases: ['第一財經', '第一财经日报', '一财'] },
  { name: '21世纪经济报道', domains: ['21jingji.com', '21cbh.com'], aliases: ['21世紀經濟報道', '21财经'] },
  { name: '证券时报', domains: ['stcn.com'], aliases: ['證券時報', '证券时报网', '证券时报·e公司'] },
  { name: '明报', domains: ['mingpao.com'], aliases: ['明報', '明报新闻网', '每日明报', '明报即时新闻', 'Ming Pao'] },
  { name: '星岛日报', domains: ['stheadline.com', 'singtao.ca', 'singtaousa.com', 'singtao.com'], aliases: ['星島日報', '星岛', '星岛头条', '星島頭條', '星岛网', 'Sing Tao Daily'] },
  { name: '东方日报', domains: ['orientaldaily.on.cc', 'on.cc'], aliases: ['東方日報', 'on.cc东网', '东网'] },
  { name: '香港01', domains: ['hk01.com'], aliases: ['HK01'] },
  { name: '信报', domains: ['hkej.com'], aliases: ['信報', '信报财经新闻', '信報財經新聞', '信报网站'] },
  { name: '香港经济日报', domains: ['hket.com'], aliases: ['香港經濟日報', 'HKET', '经济日报 hket', 'hket'] },
  { name: '经济日报', domains: ['money.udn.com', 'ce.cn'], aliases: ['經濟日報', '经济日报网', '中国经济网'] },
  { name: '联合报', domains: ['udn.com'], aliases: ['聯合報', '联合新闻网', '聯合新聞網', 'udn', 'United Daily News'] },
  { name: '中国时报', domains: ['chinatimes.com'], aliases: ['中國時報', '中时新闻网', '中時新聞網', '中时电子报', '中時電子報'] },
  { name: '自由时报', domains: ['ltn.com.tw'], aliases: ['自由時報', '自由时报电子报', '自由時報電子報', 'Liberty Times'] },
  { name: '联合早报', domains: ['zaobao.com', 'zaobao.com.sg', 'zaobao.sg'], aliases: ['聯合早報', '联合早报网', '新加坡联合早报', 'Lianhe Zaobao'] },
  { name: '环球时报', domains: ['huanqiu.com', 'globaltimes.cn'], aliases: ['環球時報', '环球网', 'Global Times'] },
  { name: '中国日报', domains: ['chinadaily.com.cn'], aliases: ['中國日報', '中国日报网', 'China Daily'] },
  { name: '中央电视台', domains: ['cctv.com', 'cctv.cn'], aliases: ['央视', '央视新闻', '央视网', '中国中央电视台', 'CCTV'] },
  { name: '光明日报', domains: ['gmw.cn'], aliases: ['光明網', '光明网'] },
  { name: '新京报', domains: ['bjnews.com.cn'], aliases: ['新京報', '新京报网'] },
  { name: '界面新闻', domains: ['jiemian.com'], aliases: ['界面新聞', '界面'] },
  { name: '凤凰网', domains: ['ifeng.com'], aliases: ['鳳凰網', '凤凰新闻'] },
  { name: '经济观察报', domains: ['eeo.com.cn'], aliases: ['經濟觀察報', '经济观察网'] },
  { name: '中国青年报', domains: ['cyol.com'], aliases: ['中國青年報', '中青网', '中青在线'] },
  { name: '南方都市报', domains: ['oeeee.com'], aliases: ['南方都市報', '南都'] },
  { name: '端传媒', domains: ['theinitium.com'], aliases: ['端傳媒', 'Initium Media'] },
  { name: '香港电台', domains: ['rthk.hk'], aliases: ['香港電台', 'RTHK'] },
  { name: '风传媒', domains: ['storm.mg'], aliases: ['風傳媒'] },
  { name: '日本经济新闻', domains: ['nikkei.com'], aliases: ['日本經濟新聞', '日经中文网', '日經中文網', '日经'] },
];
