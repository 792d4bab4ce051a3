/**
 * Known outlets: canonical simplified name, usual English name, the domains of their sites, and the names they go by
 * in datelines, bylines, `<title>` suffixes and `og:site_name`. Data only; add outlets here. Names are matched after
 * normalisation (simplified script, half-width letters, case folded), so traditional spellings need no entry;
 * they are listed for readers all the same.
 *
 * Rules (tests/unit/load/outlet-table.test.ts checks them):
 * - A more specific domain must come before its parent, as the first entry whose domain matches wins:
 *   money.udn.com before udn.com, mp.weixin.qq.com and news.qq.com before qq.com, tw.appledaily.com before
 *   appledaily.com, finance.sina.com.cn before sina.com.cn. No domain is listed twice.
 * - Only domains the outlet really uses; `domains: []` when unsure.
 * - Every canonical `name` is a name or alias of a MediaOutlet row in data/lexicon.tsv (the graph links an article
 *   to its outlet through the lexicon). Where the name an outlet goes by is also an ordinary word or another entity's
 *   name (看中国 "look at China", 《求是》 in 实事求是, 网易/新浪 the companies, 今日头条 the app), the canonical name is
 *   the unambiguous form (看中国网, 求是杂志, 网易新闻, 新浪新闻, 头条号) and the short form is only an alias here.
 * - No alias that is a common section label or an ordinary word on its own (财经, 头条, 上报): `cleanTitle` treats
 *   any title segment equal to an outlet name as the site label.
 */
export interface OutletEntry {
  name: string;
  /** The usual English name. */
  nameEn: string;
  domains: readonly string[];
  aliases: readonly string[];
}

export const OUTLET_TABLE: readonly OutletEntry[] = [
  // Overseas Chinese-language and foreign outlets
  { name: '大纪元', nameEn: 'The Epoch Times', domains: ['epochtimes.com', 'epochtimes.com.tw', 'epochtimes.de', 'djy.news'], aliases: ['大紀元', '大纪元时报', '大紀元時報', '大纪元新闻网', 'The Epoch Times', 'Epoch Times'] },
  { name: '美国之音', nameEn: 'Voice of America', domains: ['voachinese.com', 'voanews.com', 'voacantonese.com'], aliases: ['美國之音', 'VOA', '美国之音中文网', 'Voice of America'] },
  { name: '路透社', nameEn: 'Reuters', domains: ['reuters.com'], aliases: ['路透', '路透中文网', '路透中文網', 'Reuters'] },
  { name: '自由亚洲电台', nameEn: 'Radio Free Asia', domains: ['rfa.org'], aliases: ['自由亞洲電台', '自由亚洲', '自由亞洲', 'RFA', 'Radio Free Asia'] },
  { name: 'BBC中文网', nameEn: 'BBC News Chinese', domains: ['bbc.com', 'bbc.co.uk'], aliases: ['BBC中文網', 'BBC', 'BBC中文', 'BBC News 中文', 'BBC News'] },
  { name: '纽约时报', nameEn: 'The New York Times', domains: ['cn.nytimes.com', 'nytimes.com', 'cn.nytstyle.com'], aliases: ['紐約時報', '纽约时报中文网', '紐約時報中文網', 'The New York Times'] },
  { name: '华尔街日报', nameEn: 'The Wall Street Journal', domains: ['cn.wsj.com', 'wsj.com'], aliases: ['華爾街日報', '华尔街日报中文网', '華爾街日報中文網', 'The Wall Street Journal'] },
  { name: '彭博社', nameEn: 'Bloomberg', domains: ['bloomberg.com'], aliases: ['彭博', '彭博新闻社', '彭博新聞社', 'Bloomberg', 'Bloomberg News'] },
  { name: '美联社', nameEn: 'Associated Press', domains: ['apnews.com', 'ap.org'], aliases: ['美聯社', 'Associated Press'] },
  { name: '法新社', nameEn: 'Agence France-Presse', domains: ['afp.com'], aliases: ['AFP', 'Agence France-Presse'] },
  { name: '德国之声', nameEn: 'Deutsche Welle', domains: ['dw.com', 'dw.de'], aliases: ['德國之聲', '德国之声中文网', '德國之聲中文網', 'DW', 'Deutsche Welle', 'DW.COM'] },
  { name: '法国国际广播电台', nameEn: 'Radio France Internationale', domains: ['rfi.fr'], aliases: ['法國國際廣播電台', '法广', '法廣', 'RFI', 'RFI - 法国国际广播电台'] },
  { name: 'FT中文网', nameEn: 'FT Chinese', domains: ['ftchinese.com'], aliases: ['FT中文網', '金融时报中文网', '金融時報中文網'] },
  { name: '卫报', nameEn: 'The Guardian', domains: ['theguardian.com'], aliases: ['衛報', 'The Guardian'] },
  { name: '日本经济新闻', nameEn: 'Nikkei', domains: ['nikkei.com'], aliases: ['日本經濟新聞', '日经中文网', '日經中文網', '日经', '日經'] },
  { name: '共同社', nameEn: 'Kyodo News', domains: ['kyodonews.net'], aliases: ['共同通讯社', '共同通訊社', 'Kyodo News'] },
  { name: '韩联社', nameEn: 'Yonhap News Agency', domains: ['yna.co.kr'], aliases: ['韓聯社', '韩国联合通讯社', '韓國聯合通訊社', 'Yonhap'] },
  { name: '联合早报', nameEn: 'Lianhe Zaobao', domains: ['zaobao.com', 'zaobao.com.sg', 'zaobao.sg'], aliases: ['聯合早報', '联合早报网', '聯合早報網', '新加坡联合早报', 'Lianhe Zaobao'] },
  { name: '新唐人', nameEn: 'New Tang Dynasty Television', domains: ['ntdtv.com', 'ntdtv.com.tw'], aliases: ['新唐人电视台', '新唐人電視台', 'NTDTV'] },
  { name: '希望之声', nameEn: 'Sound of Hope', domains: ['soundofhope.org'], aliases: ['希望之聲', '希望之声电台', '希望之聲電台', 'Sound of Hope'] },
  { name: '看中国网', nameEn: 'Vision Times (Secret China)', domains: ['secretchina.com', 'kanzhongguo.com'], aliases: ['看中国', '看中國', '看中國網', 'Secret China', 'Vision Times'] },
  { name: '中国数字时代', nameEn: 'China Digital Times', domains: ['chinadigitaltimes.net'], aliases: ['中國數字時代', 'China Digital Times'] },
  { name: 'Terminus2049', nameEn: 'Terminus2049', domains: ['terminus2049.github.io'], aliases: [] },
  { name: '多维新闻', nameEn: 'Duowei News', domains: ['dwnews.com'], aliases: ['多維新聞', '多维新闻网', '多維新聞網', '多维网', 'Duowei News'] },
  { name: '博讯', nameEn: 'Boxun', domains: ['boxun.com'], aliases: ['博訊', '博讯新闻网', '博訊新聞網', 'Boxun'] },
  { name: '阿波罗新闻网', nameEn: 'Aboluowang', domains: ['aboluowang.com'], aliases: ['阿波羅新聞網', '阿波罗网', '阿波羅網', 'Aboluowang'] },
  { name: '明镜新闻网', nameEn: 'Mirror Media Group (Mingjing News)', domains: ['mingjingnews.com'], aliases: ['明鏡新聞網', '明镜传媒', '明鏡傳媒'] },
  { name: '端传媒', nameEn: 'Initium Media', domains: ['theinitium.com'], aliases: ['端傳媒', 'Initium Media'] },

  // Hong Kong
  { name: '南华早报', nameEn: 'South China Morning Post', domains: ['scmp.com'], aliases: ['南華早報', '南华早报中文网', 'South China Morning Post', 'SCMP'] },
  { name: '众新闻', nameEn: 'Citizen News', domains: ['hkcnews.com'], aliases: ['眾新聞', 'Citizen News'] },
  { name: '立场新闻', nameEn: 'Stand News', domains: ['thestandnews.com'], aliases: ['立場新聞', 'Stand News'] },
  // Taiwan's Apple Daily first: its tw.appledaily.com is a sub-domain of Hong Kong's appledaily.com.
  { name: '台湾苹果日报', nameEn: 'Apple Daily (Taiwan)', domains: ['tw.appledaily.com', 'tw.apple.nextmedia.com'], aliases: ['台灣蘋果日報', '臺灣蘋果日報', '台湾苹果', '蘋果日報台灣'] },
  { name: '苹果日报', nameEn: 'Apple Daily', domains: ['hk.appledaily.com', 'hk.apple.nextmedia.com', 'appledaily.com'], aliases: ['蘋果日報', '香港苹果日报', '香港蘋果日報', 'Apple Daily', 'Apple Daily 蘋果日報'] },
  { name: '明报', nameEn: 'Ming Pao', domains: ['mingpao.com'], aliases: ['明報', '明报新闻网', '明報新聞網', '每日明报', '明报即时新闻', 'Ming Pao'] },
  { name: '星岛日报', nameEn: 'Sing Tao Daily', domains: ['stheadline.com', 'singtao.ca', 'singtaousa.com', 'singtao.com'], aliases: ['星島日報', '星岛', '星島', '星岛头条', '星島頭條', '星岛网', 'Sing Tao Daily'] },
  { name: '东方日报', nameEn: 'Oriental Daily News', domains: ['orientaldaily.on.cc', 'on.cc'], aliases: ['東方日報', 'on.cc东网', '东网', '東網'] },
  { name: '香港01', nameEn: 'HK01', domains: ['hk01.com'], aliases: ['HK01'] },
  { name: '信报', nameEn: 'Hong Kong Economic Journal', domains: ['hkej.com'], aliases: ['信報', '信报财经新闻', '信報財經新聞', '信报网站'] },
  { name: '香港经济日报', nameEn: 'Hong Kong Economic Times', domains: ['hket.com'], aliases: ['香港經濟日報', 'HKET', '经济日报 hket', 'hket'] },
  { name: '大公报', nameEn: 'Ta Kung Pao', domains: ['takungpao.com'], aliases: ['大公報', '大公网', '大公網', 'Ta Kung Pao'] },
  { name: '香港文汇报', nameEn: 'Wen Wei Po', domains: ['wenweipo.com'], aliases: ['香港文匯報', '文汇网', '文匯網', 'Wen Wei Po'] },
  { name: '香港商报', nameEn: 'Hong Kong Commercial Daily', domains: [], aliases: ['香港商報', '香港商报网', '香港商報網'] },
  { name: '经济通', nameEn: 'ET Net', domains: ['etnet.com.hk'], aliases: ['經濟通', 'etnet'] },
  { name: '852邮报', nameEn: 'Post 852', domains: ['post852.com'], aliases: ['852郵報', 'Post 852', 'Post852'] },
  { name: '香港独立媒体', nameEn: 'InMedia Hong Kong', domains: ['inmediahk.net'], aliases: ['香港獨立媒體', '独立媒体', '獨立媒體', '獨立媒體（香港）', 'inmediahk', 'inmediahk.net'] },
  { name: '凤凰卫视', nameEn: 'Phoenix Television', domains: [], aliases: ['鳳凰衛視'] },
  { name: '香港电台', nameEn: 'Radio Television Hong Kong', domains: ['rthk.hk'], aliases: ['香港電台', 'RTHK'] },
  { name: '有线新闻', nameEn: 'i-Cable News', domains: ['i-cable.com'], aliases: ['有線新聞', '香港有线电视', '香港有線電視', 'i-CABLE', 'i-Cable News'] },
  { name: 'Now新闻台', nameEn: 'Now News', domains: ['news.now.com'], aliases: ['Now新聞台', 'now新闻', 'now新聞', 'Now TV'] },
  { name: '香港无线电视', nameEn: 'TVB', domains: ['news.tvb.com', 'tvb.com'], aliases: ['無綫電視', '无线电视', '無綫新聞', '无线新闻', 'TVB', 'TVB News', 'TVB新闻', 'TVB新聞'] },
  { name: '香港商业电台', nameEn: 'Commercial Radio Hong Kong', domains: ['881903.com'], aliases: ['香港商業電台', '商業電台', '商业电台', '商台', 'Commercial Radio Hong Kong'] },

  // Taiwan
  { name: '中央社', nameEn: 'Central News Agency', domains: ['cna.com.tw', 'focustaiwan.tw'], aliases: ['中央通讯社', '中央通訊社', 'CNA', '中央社 CNA', 'Central News Agency', '中央社即时新闻'] },
  { name: '台湾经济日报', nameEn: 'Economic Daily News', domains: ['money.udn.com'], aliases: ['台灣經濟日報', '經濟日報網', 'Economic Daily News'] },
  { name: '联合报', nameEn: 'United Daily News', domains: ['udn.com'], aliases: ['聯合報', '联合新闻网', '聯合新聞網', 'udn', 'United Daily News'] },
  { name: '中国时报', nameEn: 'China Times', domains: ['chinatimes.com'], aliases: ['中國時報', '中时新闻网', '中時新聞網', '中时电子报', '中時電子報'] },
  { name: '工商时报', nameEn: 'Commercial Times', domains: ['ctee.com.tw'], aliases: ['工商時報'] },
  { name: '自由时报', nameEn: 'Liberty Times', domains: ['ltn.com.tw'], aliases: ['自由時報', '自由时报电子报', '自由時報電子報', 'Liberty Times'] },
  { name: 'ETtoday新闻云', nameEn: 'ETtoday', domains: ['ettoday.net'], aliases: ['ETtoday新聞雲', 'ETtoday', 'ETtoday新闻', 'ETtoday新聞', '东森新闻云', '東森新聞雲'] },
  { name: '三立新闻网', nameEn: 'SET News', domains: ['setn.com'], aliases: ['三立新聞網', '三立新闻', '三立新聞', 'SETN', 'SETN.COM', '三立新聞網 SETN.COM'] },
  { name: '东森新闻', nameEn: 'EBC News', domains: ['ebc.net.tw'], aliases: ['東森新聞', '东森电视', '東森電視', 'EBC东森新闻', 'EBC東森新聞'] },
  { name: '民视', nameEn: 'Formosa Television', domains: ['ftvnews.com.tw'], aliases: ['民視', '民视新闻', '民視新聞', '民视新闻网', '民視新聞網'] },
  { name: 'TVBS', nameEn: 'TVBS', domains: ['tvbs.com.tw'], aliases: ['TVBS新闻', 'TVBS新聞', 'TVBS新闻网', 'TVBS新聞網'] },
  { name: '中天新闻', nameEn: 'CTi News', domains: ['ctitv.com.tw'], aliases: ['中天新聞', '中天电视', '中天電視', '中天新闻台', '中天新聞台'] },
  { name: '台湾公共电视台', nameEn: 'Public Television Service (Taiwan)', domains: ['pts.org.tw'], aliases: ['臺灣公共電視台', '台灣公共電視台', '公视', '公視', '公视新闻网', '公視新聞網'] },
  { name: '新头壳', nameEn: 'Newtalk', domains: ['newtalk.tw'], aliases: ['新頭殼', '新头壳newtalk', '新頭殼newtalk', 'Newtalk'] },
  { name: '风传媒', nameEn: 'Storm Media', domains: ['storm.mg'], aliases: ['風傳媒', 'Storm Media'] },
  { name: '镜周刊', nameEn: 'Mirror Media', domains: ['mirrormedia.mg'], aliases: ['鏡週刊', '鏡周刊', '镜传媒', '鏡傳媒', 'Mirror Media'] },
  { name: '镜新闻', nameEn: 'Mirror News', domains: ['mnews.tw'], aliases: ['鏡新聞', '镜电视', '鏡電視'] },
  { name: '今周刊', nameEn: 'Business Today', domains: ['businesstoday.com.tw'], aliases: ['今週刊'] },
  { name: '天下杂志', nameEn: 'CommonWealth Magazine', domains: ['cw.com.tw'], aliases: ['天下雜誌', 'CommonWealth Magazine'] },
  { name: '台湾商业周刊', nameEn: 'Business Weekly (Taiwan)', domains: ['businessweekly.com.tw'], aliases: ['台灣商業周刊', '商業周刊', '商業週刊'] },

  // Mainland China: state media and newspapers
  { name: '新华社', nameEn: 'Xinhua News Agency', domains: ['xinhuanet.com', 'news.cn', 'xinhua.net', 'xinhuanet.cn'], aliases: ['新華社', '新华网', '新華網', '新华通讯社', 'Xinhua', '新华网客户端'] },
  { name: '人民日报', nameEn: "People's Daily", domains: ['people.com.cn', 'people.cn'], aliases: ['人民日報', '人民网', '人民網', '人民日报海外版'] },
  { name: '中新社', nameEn: 'China News Service', domains: ['chinanews.com', 'chinanews.com.cn', 'chinanews.cn', 'ecns.cn'], aliases: ['中新網', '中新网', '中国新闻社', '中國新聞社', '中国新闻网', '中國新聞網'] },
  { name: '中央电视台', nameEn: 'China Central Television', domains: ['cctv.com', 'cctv.cn'], aliases: ['央视', '央視', '央视新闻', '央视网', '央視網', '中国中央电视台', 'CCTV'] },
  { name: '中央人民广播电台', nameEn: 'China National Radio', domains: ['cnr.cn'], aliases: ['中央人民廣播電台', '央广网', '央廣網', '中国之声', '中國之聲', '央广'] },
  { name: '环球时报', nameEn: 'Global Times', domains: ['huanqiu.com', 'globaltimes.cn'], aliases: ['環球時報', '环球网', '環球網', 'Global Times'] },
  { name: '中国日报', nameEn: 'China Daily', domains: ['chinadaily.com.cn'], aliases: ['中國日報', '中国日报网', 'China Daily'] },
  { name: '光明日报', nameEn: 'Guangming Daily', domains: ['gmw.cn'], aliases: ['光明日報', '光明網', '光明网'] },
  { name: '求是杂志', nameEn: 'Qiushi', domains: ['qstheory.cn'], aliases: ['求是雜誌', '求是', '求是网', '求是網', 'Qiushi'] },
  { name: '学习时报', nameEn: 'Study Times', domains: [], aliases: ['學習時報'] },
  { name: '中国纪检监察报', nameEn: 'China Discipline Inspection and Supervision News', domains: [], aliases: ['中國紀檢監察報'] },
  { name: '法治日报', nameEn: 'Legal Daily', domains: ['legaldaily.com.cn'], aliases: ['法治日報', '法制日报', '法制日報', '法制网', '法治网'] },
  { name: '检察日报', nameEn: 'Procuratorial Daily', domains: ['jcrb.com'], aliases: ['檢察日報', '正义网', '正義網'] },
  { name: '人民法院报', nameEn: "People's Court Daily", domains: [], aliases: ['人民法院報'] },
  { name: '中国青年报', nameEn: 'China Youth Daily', domains: ['cyol.com'], aliases: ['中國青年報', '中青网', '中青在线'] },
  { name: '中国青年网', nameEn: 'China Youth Network', domains: ['youth.cn'], aliases: ['中國青年網'] },
  { name: '经济日报', nameEn: 'Economic Daily', domains: [], aliases: ['經濟日報', '经济日报网'] },
  { name: '中国经济网', nameEn: 'China Economic Net', domains: ['ce.cn'], aliases: ['中國經濟網'] },
  { name: '经济参考报', nameEn: 'Economic Information Daily', domains: ['jjckb.cn'], aliases: ['經濟參考報', '经济参考网', '經濟參考網'] },
  { name: '北京日报', nameEn: 'Beijing Daily', domains: ['bjd.com.cn'], aliases: ['北京日報', '京报网', '京報網'] },
  { name: '北京青年报', nameEn: 'Beijing Youth Daily', domains: ['ynet.com'], aliases: ['北京青年報', '北青报', '北青報', '北青网', '北青網'] },
  { name: '新京报', nameEn: 'The Beijing News', domains: ['bjnews.com.cn'], aliases: ['新京報', '新京报网'] },
  { name: '解放日报', nameEn: 'Jiefang Daily', domains: ['jfdaily.com'], aliases: ['解放日報', '上观新闻', '上觀新聞'] },
  { name: '上海文汇报', nameEn: 'Wenhui Daily', domains: ['whb.cn', 'wenhui.news'], aliases: ['上海文匯報'] },
  { name: '新民晚报', nameEn: 'Xinmin Evening News', domains: ['xinmin.cn'], aliases: ['新民晚報', '新民网', '新民網'] },
  { name: '南方日报', nameEn: 'Nanfang Daily', domains: [], aliases: ['南方日報'] },
  { name: '南方周末', nameEn: 'Southern Weekly', domains: ['infzm.com'], aliases: ['南方週末', '南方周末網', '南方周末网'] },
  { name: '南方都市报', nameEn: 'Southern Metropolis Daily', domains: ['oeeee.com'], aliases: ['南方都市報', '南都'] },
  { name: '羊城晚报', nameEn: 'Yangcheng Evening News', domains: ['ycwb.com'], aliases: ['羊城晚報', '金羊网', '金羊網'] },
  { name: '长江日报', nameEn: 'Changjiang Daily', domains: ['cjn.cn'], aliases: ['長江日報', '长江网', '長江網', 'cjn.cn'] },
  { name: '中山网', nameEn: 'Zhongshan News Net', domains: ['zsnews.cn'], aliases: ['中山網'] },
  { name: '当代商报', nameEn: 'Contemporary Business News (Changde)', domains: ['cjddsb.com'], aliases: ['當代商報'] },
  { name: '山西省人民政府门户网站', nameEn: 'Shanxi Provincial Government portal', domains: ['shanxi.gov.cn'], aliases: ['山西省人民政府網', '山西省人民政府网', '山西省人民政府門戶網站'] },
  { name: '中国新闻周刊', nameEn: 'China Newsweek', domains: ['inewsweek.cn'], aliases: ['中國新聞週刊', '中國新聞周刊'] },
  { name: '三联生活周刊', nameEn: 'Sanlian Life Week', domains: ['lifeweek.com.cn'], aliases: ['三聯生活周刊', '三聯生活週刊'] },
  { name: '红星新闻', nameEn: 'Red Star News', domains: [], aliases: ['紅星新聞'] },
  { name: '封面新闻', nameEn: 'The Cover', domains: ['thecover.cn'], aliases: ['封面新聞'] },

  // Mainland China: business and financial press
  { name: '财新', nameEn: 'Caixin', domains: ['caixin.com', 'caixinglobal.com'], aliases: ['財新', '财新网', '財新網', '财新传媒', '财新周刊'] },
  { name: '财经杂志', nameEn: 'Caijing Magazine', domains: ['caijing.com.cn'], aliases: ['財經雜誌', '财经网', '財經網'] },
  { name: '第一财经', nameEn: 'Yicai', domains: ['yicai.com'], aliases: ['第一財經', '第一财经日报', '一财'] },
  { name: '21世纪经济报道', nameEn: '21st Century Business Herald', domains: ['21jingji.com', '21cbh.com'], aliases: ['21世紀經濟報道', '21财经'] },
  { name: '经济观察报', nameEn: 'The Economic Observer', domains: ['eeo.com.cn'], aliases: ['經濟觀察報', '经济观察网'] },
  { name: '证券时报', nameEn: 'Securities Times', domains: ['stcn.com'], aliases: ['證券時報', '证券时报网', '证券时报·e公司'] },
  { name: '中国证券报', nameEn: 'China Securities Journal', domains: ['cs.com.cn'], aliases: ['中國證券報', '中证报', '中證報', '中证网', '中證網'] },
  { name: '上海证券报', nameEn: 'Shanghai Securities News', domains: ['cnstock.com'], aliases: ['上海證券報', '上证报', '上證報', '中国证券网', '中國證券網'] },
  { name: '证券日报', nameEn: 'Securities Daily', domains: ['zqrb.cn'], aliases: ['證券日報', '证券日报网', '證券日報網'] },
  { name: '每日经济新闻', nameEn: 'National Business Daily', domains: ['nbd.com.cn'], aliases: ['每日經濟新聞', '每经', '每經', '每经网'] },
  { name: '华夏时报', nameEn: 'Huaxia Times', domains: ['chinatimes.net.cn'], aliases: ['華夏時報', '华夏时报网'] },
  { name: '和讯网', nameEn: 'Hexun', domains: ['hexun.com'], aliases: ['和訊網', 'Hexun'] },
  { name: '东方财富网', nameEn: 'East Money', domains: ['eastmoney.com'], aliases: ['東方財富網', 'Eastmoney'] },
  { name: '雪球网', nameEn: 'Xueqiu (Snowball)', domains: ['xueqiu.com'], aliases: ['雪球', '雪球網'] },
  { name: '明日大盘网', nameEn: 'Mingri Dapan', domains: ['mingridapan.com'], aliases: ['明日大盘', '明日大盤'] },

  // Mainland China: portals, news apps, platforms and tech media
  { name: '澎湃新闻', nameEn: 'The Paper', domains: ['thepaper.cn'], aliases: ['澎湃新聞', '澎湃', 'The Paper', '澎湃新闻-The Paper'] },
  { name: '界面新闻', nameEn: 'Jiemian', domains: ['jiemian.com'], aliases: ['界面新聞', '界面'] },
  { name: '凤凰网', nameEn: 'ifeng.com (Phoenix New Media)', domains: ['ifeng.com'], aliases: ['鳳凰網', '凤凰新闻', '鳳凰新聞', '凤凰网资讯', '鳳凰網資訊'] },
  { name: '观察者网', nameEn: 'Guancha', domains: ['guancha.cn'], aliases: ['觀察者網', 'Guancha'] },
  { name: '新浪财经', nameEn: 'Sina Finance', domains: ['finance.sina.com.cn'], aliases: ['新浪財經'] },
  { name: '新浪科技', nameEn: 'Sina Tech', domains: ['tech.sina.com.cn'], aliases: [] },
  { name: '新浪新闻', nameEn: 'Sina News', domains: ['sina.com.cn', 'sina.cn'], aliases: ['新浪新聞', '新浪网', '新浪網'] },
  { name: '网易财经', nameEn: 'NetEase Finance', domains: ['money.163.com'], aliases: ['網易財經'] },
  { name: '网易新闻', nameEn: 'NetEase News', domains: ['163.com'], aliases: ['網易新聞', '网易订阅', '網易訂閱', 'NetEase News'] },
  { name: '搜狐新闻', nameEn: 'Sohu News', domains: ['sohu.com'], aliases: ['搜狐新聞', '搜狐网', '搜狐網'] },
  { name: '微信公众平台', nameEn: 'WeChat Official Accounts', domains: ['mp.weixin.qq.com'], aliases: ['微信公眾平台', '微信公众号', '微信公眾號'] },
  { name: '腾讯科技', nameEn: 'Tencent Tech', domains: ['tech.qq.com'], aliases: ['騰訊科技'] },
  { name: '腾讯新闻', nameEn: 'Tencent News', domains: ['news.qq.com', 'new.qq.com'], aliases: ['騰訊新聞'] },
  { name: '腾讯网', nameEn: 'Tencent QQ.com', domains: ['qq.com'], aliases: ['騰訊網', 'QQ.com'] },
  { name: '百家号', nameEn: 'Baijiahao (Baidu)', domains: ['baijiahao.baidu.com'], aliases: ['百家號', 'Baijiahao'] },
  { name: '头条号', nameEn: 'Toutiao', domains: ['toutiao.com'], aliases: ['頭條號', 'Toutiao'] },
  { name: 'Readhub', nameEn: 'Readhub', domains: ['readhub.cn'], aliases: [] },
  { name: '36氪', nameEn: '36Kr', domains: ['36kr.com'], aliases: ['36Kr'] },
  { name: '虎嗅网', nameEn: 'Huxiu', domains: ['huxiu.com'], aliases: ['虎嗅', '虎嗅網'] },
  { name: '钛媒体', nameEn: 'TMTPost', domains: ['tmtpost.com'], aliases: ['鈦媒體', 'TMTPost'] },
  { name: '好奇心日报', nameEn: 'Qdaily', domains: ['qdaily.com'], aliases: ['好奇心日報', 'Qdaily'] },
];
