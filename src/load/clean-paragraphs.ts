/** Lines that are page furniture, not article text. */
const FURNITURE = [
  /^(?:[^。！？]{0,20}[，,\s])?(?:责任编辑|責任編輯)[：:\s][^。！？]{0,30}$/,
  /^原文链接/,
  /^#+$/,
  /^\[?首页\]?\s*[|｜]/,
  /^(?:更多内容|显示更少内容|加载更多|分享|打印|返回顶部)$/,
  /^https?:\/\/\S+$/,
  /^[（(][^（）()]{0,40}(?:记者|記者)[^（）()]{0,40}(?:报道|报导|報道|報導)[）)]$/,
  /^(?:点击看完整影片|观看完整影片|點擊看完整影片|觀看完整影片)[：:»>]*$/,
  /^(?:相关链接|相关文章|相关新闻|相关阅读|延伸阅读|推荐阅读)[：:]?$/,
];
/** Headings that start a list of links to other articles; everything after them is dropped. */
const RELATED = /^(?:相关链接|相关文章|相关新闻|相关阅读|延伸阅读|推荐阅读|相關鏈接|相關文章|相關新聞)[：:]?$/;

const SPACE = /\s/;

/** `p` without a final `#` (or `＃`) and the whitespace around it: `p.replace(/\s*[#＃]\s*$/, '')`, without the regex scan. */
function withoutEndMark(p: string): string {
  let end = p.length;
  while (end > 0 && SPACE.test(p[end - 1]!)) end--;
  if (end === 0 || (p[end - 1] !== '#' && p[end - 1] !== '＃')) return p;
  end--;
  while (end > 0 && SPACE.test(p[end - 1]!)) end--;
  return p.slice(0, end);
}

/**
 * Drops page furniture (editor line, footer, `#` trailers, related-article lists) and the `#` end mark that
 * Epoch Times puts after the last sentence.
 */
export function cleanParagraphs(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    if (RELATED.test(p)) break;
    const text = withoutEndMark(p).trim();
    if (!text || FURNITURE.some((re) => re.test(text))) continue;
    out.push(text);
  }
  return out;
}
