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
const RELATED = /^(?:相关|相關|延伸|推荐|推薦)\s*[·・]?\s*(?:链接|文章|新闻|阅读|推荐|鏈接|新聞|閱讀|推薦)[：:]?$/;

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

/** A line of a link list: short, and no full sentence in it. */
const LINK_LINE_MAX = 40;
const isLinkLine = (p: string): boolean => p.length <= LINK_LINE_MAX && !p.includes('。');
/** Characters of prose: paragraphs that hold a sentence (`。`) and are longer than a link title. */
const proseChars = (ps: readonly string[]): number => ps.reduce((n, p) => (p.length > LINK_LINE_MAX && p.includes('。') ? n + p.length : n), 0);

/**
 * Where a related-articles heading at `at` ends the article: the index after the heading and its list of links when
 * more prose follows the list than stands before the heading (a portal's box of links above the story), else
 * undefined (the list closes the article).
 */
function leadingLinkBoxEnd(paragraphs: readonly string[], at: number): number | undefined {
  let end = at + 1;
  while (end < paragraphs.length && isLinkLine(paragraphs[end]!)) end++;
  const after = proseChars(paragraphs.slice(end));
  return after > 0 && after > proseChars(paragraphs.slice(0, at)) ? end : undefined;
}

/**
 * Drops page furniture (editor line, footer, `#` trailers, related-article lists) and the `#` end mark that
 * Epoch Times puts after the last sentence. A related-articles list ends the article unless the story follows it.
 */
export function cleanParagraphs(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (RELATED.test(p)) {
      const resume = leadingLinkBoxEnd(paragraphs, i);
      if (resume === undefined) break;
      i = resume - 1;
      continue;
    }
    const text = withoutEndMark(p).trim();
    if (!text || FURNITURE.some((re) => re.test(text))) continue;
    out.push(text);
  }
  return out;
}
