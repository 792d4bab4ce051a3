import { normalizeText } from '../normalize/normalize-text.ts';

/** Short lines of web-page furniture, read in simplified script. */
const WEB_FURNITURE = [
  /^[（(【\[]?\s*(?:责任编辑|责编|编辑|版面编辑|校对|审核|监制|主编)\s*[：:][^。！？]{0,30}$/,
  /^(?:【纠错】|【打印】|【关闭】|纠错|打印|关闭窗口|返回顶部|\[?打印本页\]?|\[?关闭窗口\]?)$/,
  /^(?:分享到|分享|转发到)(?:[：:]|\s|$)/,
  /^(?:来源|来源于|稿源|出处)\s*[：:]\s*\S{0,20}$/,
  // A portal's footer of source and editor: `本文来源：新京报 责任编辑：王五_NBJ1234`.
  /^(?:本文|文章)?来源\s*[：:]\s*[^。！？\s]{1,20}\s*(?:责任编辑|责编|编辑)\s*[：:]\s*[^。！？]{1,30}$/,
  /(?:©|copyright|版权所有|版权声明|著作权所有|版权归)/i,
  /(?:不得|禁止|严禁|请勿|谢绝|务经书面授权|授权方可)[^。]{0,8}转载|转载[^。]{0,8}(?:须|请)注明/,
  /^本文来自|^[（(]本文来自[^（）()]*[）)]$|下载.{0,8}app|用app看新闻/i,
  /^[（(]?完[）)]?$/,
  // Promotion boxes: follow the account, scan its QR code, download the app for a gift; keyword lists.
  /扫描?(?:下方|上方|左侧|右侧|文末|图中|下面)?的?二维码.{0,6}关注|长按(?:识别)?(?:图中|下方)?二维码|扫码关注/,
  /下载.{0,8}客户端.{0,12}(?:福利|红包|奖励)/,
  /^(?:文章|本文)?关键[词字]\s*[：:]/,
  // Dates and times on their own: `2023年6月23日`, `2023/06/23 10:05`, `2023-06-23 14:05 来源：澎湃新闻`.
  /^(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s*(?:\d{1,2}:\d{2}(?::\d{2})?|星期.|周.))*(?:\s*来源\s*[：:]\s*\S{0,20})?$/,
  // A line that only credits reporters: `澎湃新闻记者 周洋`, `记者陈大文／台北即时报导`, `文|财新记者 赵一鸣`.
  /^(?:文\s*[|/／]\s*)?[^\s。，,！？]{0,8}?记者\s*[^。，,！？]{2,30}$/,
];
/** Trailers after the last sentence: `（完）`, `（编辑：黄美玲）1120623`, `【编辑:刘洋】`. */
const TRAILER = /\s*(?:[（(]\s*完\s*[）)]|[（(【\[]\s*(?:责任编辑|责编|编辑)\s*[：:][^（）()【】\[\]]{1,30}[）)】\]]\s*\d{0,8})\s*$/;

/**
 * Drops the furniture that web pages keep around the article text (date and source lines, share bars, copyright
 * lines, credit-only lines, `（完）`) and strips end marks from the last sentence. Lines longer than 120
 * characters are never dropped as furniture.
 */
export function cleanWebParagraphs(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    let text = p;
    for (let n = normalizeText(text); TRAILER.test(n); n = normalizeText(text)) {
      text = text.slice(0, TRAILER.exec(n)!.index).trimEnd();
    }
    const n = normalizeText(text);
    if (!text || (n.length <= 120 && WEB_FURNITURE.some((re) => re.test(n)))) continue;
    out.push(text);
  }
  return out;
}
